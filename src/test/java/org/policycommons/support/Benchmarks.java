package org.policycommons.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftVersion;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the benchmarks share: their seeding of people and drafts, and where they write what they measured. */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** Writes a benchmark's report to {@code target/benchmarks/<file>} and to the console. */
    public static void report(String file, String report) throws IOException {
        Path out = Path.of("target", "benchmarks", file);
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** A draft of {@code sections} numbered sections, published as version 1 (as a district admin, signed in). */
    public static DraftVersion publishedDraft(DraftService drafts, long cycleId, String title, int sections) {
        StringBuilder markdown = new StringBuilder();
        for (int i = 1; i <= sections; i++) {
            markdown.append("# Section ").append(i).append("\nWhat the policy says, part ").append(i).append(".\n\n");
        }
        long draftId = drafts.createDraft(cycleId, title, markdown.toString());
        drafts.publish(draftId, drafts.draft(draftId).orElseThrow().version());
        return drafts.version(draftId, 1).orElseThrow();
    }

    /**
     * {@code count} participants of the district, written by the database, with subjects {@code <prefix>1…} (and
     * pseudonyms with the prefix, so that two sets can live in one district): 60%
     * families, 20% educators, 10% students, 5% civil-rights groups, 5% partners.
     */
    public static void people(JdbcTemplate jdbc, long districtId, String prefix, int count) {
        jdbc.update("""
                insert into participant (district_id, subject, pseudonym, first_seen, last_seen, roles)
                select ?, concat(?, seq), concat('Bench reader ', ?, seq), now(6), now(6),
                       case when seq %% 20 < 12 then 'family' when seq %% 20 < 16 then 'educator'
                            when seq %% 20 < 18 then 'student' when seq %% 20 = 18 then 'civil_rights' else 'partner' end
                from seq_1_to_%d""".formatted(count), districtId, prefix, prefix);
    }
}
