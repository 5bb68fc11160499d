package org.policycommons.e2e;

import static org.policycommons.support.Timings.median;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftVersion;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.Benchmarks;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reading a large discussion (issue 17), timed in headless Chromium from navigation to a quiet page (the public pages
 * run no script, so the load event is the quiet page): 100,000 comments on a 12-section version, 10,000 of them on
 * its first section, each naming one of 20 topics. A search of the version's comments for one topic (5,000 matches,
 * the first page of 20 drawn) and for two (10,000), and the first section's page filtered to families' concerns the
 * district has not answered, newest first. Each address is asked with a new parameter every time, so no cache answers
 * it. A benchmark, not a test: it reports and never fails on a slow machine. Figures go to target/benchmarks/search.md.
 */
@Tag("benchmark")
class SearchBenchmark extends BrowserTest {

    private static final int COMMENTS = 100_000;
    private static final int ON_FIRST_SECTION = 10_000;
    private static final int SECTIONS = 12;
    private static final int RUNS = 7;

    @Autowired
    CycleService cycles;
    @Autowired
    DraftService drafts;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void searchAndFilterOverALargeDiscussion() throws Exception {
        District district = districts.bySlug("springfield").orElseThrow();
        LocalDate start = LocalDate.of(2033, 9, 5);
        clock.standAt(start.minusDays(1).atTime(LocalTime.NOON).atZone(district.timeZone()).toInstant());
        SignedIn.as(district, "bench-admin", "Benchmark", PortalRole.DISTRICT_ADMIN);
        long cycleId = cycles.createCycle(CyclePlans.sample(start));
        DraftVersion version = Benchmarks.publishedDraft(drafts, cycleId, "Search benchmark policy", SECTIONS);
        SignedIn.out();
        long seedStart = System.nanoTime();
        seed(district.id(), cycleId, version);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        jdbc.execute("analyze table comment");
        long first = version.sections().getFirst().id();
        long onFirst = jdbc.queryForObject("select count(*) from comment where section_id = ?", Long.class, first);
        long total = jdbc.queryForObject("select count(*) from comment where version_id = ?", Long.class,
                version.id());

        String base = portalUrl() + "/public/springfield";
        List<Double> oneTopic = navigate(base + "/drafts/" + version.draftId() + "/v/1/search?q=handcuffs", "handcuffs");
        List<Double> twoTopics = navigate(base + "/drafts/" + version.draftId() + "/v/1/search?q=handcuffs+cameras",
                "cameras");
        List<Double> filtered = navigate(base + "/sections/" + first
                + "?stance=concern&group=family&answered=no&sort=newest", "Comment");
        List<Double> unfiltered = navigate(base + "/sections/" + first, "Comment");

        Benchmarks.report("search.md", String.format(Locale.ROOT, """
                # Search and filters over a large discussion (%s)

                %,d comments on the version (%,d on its first section), seeded in %.1f s. Median of %d page loads in
                headless Chromium after one warm-up, from navigation to the load event (min / max), in ms.

                | page | median | min / max |
                |---|---|---|
                | search, one word (5,000 matches, first 20 drawn) | %.0f | %.0f / %.0f |
                | search, two words (10,000 matches) | %.0f | %.0f / %.0f |
                | first section, families' unanswered concerns, newest first | %.0f | %.0f / %.0f |
                | first section, no filter, oldest first | %.0f | %.0f / %.0f |
                """, LocalDate.now(), total, onFirst, seedSeconds, RUNS,
                median(oneTopic), oneTopic.getFirst(), oneTopic.getLast(),
                median(twoTopics), twoTopics.getFirst(), twoTopics.getLast(),
                median(filtered), filtered.getFirst(), filtered.getLast(),
                median(unfiltered), unfiltered.getFirst(), unfiltered.getLast()));
    }

    /** Opens the address RUNS + 1 times, each with a parameter of its own, and reads how long each load took. */
    private static List<Double> navigate(String url, String expected) {
        List<Double> millis = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            browser.open(url + (url.contains("?") ? "&" : "?") + "run=" + System.nanoTime());
            if (!browser.pageText().contains(expected)) {
                throw new IllegalStateException("The page at " + url + " does not show " + expected);
            }
            double loaded = ((Number) browser.script("""
                    const n = performance.getEntriesByType('navigation')[0];
                    return n.loadEventEnd - n.startTime;""")).doubleValue();
            if (run > 0) {
                millis.add(loaded);
            }
        }
        Collections.sort(millis);
        return millis;
    }

    /** The readers and their comments, written by the database: one topic of twenty in each, a stance of four. */
    private void seed(long districtId, long cycleId, DraftVersion version) {
        Benchmarks.people(jdbc, districtId, "search-bench-", COMMENTS);
        long firstPerson = jdbc.queryForObject(
                "select min(id) from participant where district_id = ? and subject like 'search-bench-%'", Long.class,
                districtId);
        jdbc.update("""
                insert into comment (district_id, cycle_id, draft_id, version_id, section_id, section_key, depth,
                    author_id, author_role, author_name, author_organisation, stance, body, language, created_at, version)
                select p.district_id, ?, ?, s.version_id, s.id, s.section_key, 0, p.id, p.roles,
                       if(p.roles = 'student', null, p.pseudonym),
                       if(p.roles in ('civil_rights', 'partner'), concat('Organisation ', p.id %% 40), null),
                       elt(1 + p.id %% 4, 'SUPPORT', 'CONCERN', 'QUESTION', 'SUGGESTION'),
                       concat('Comment ', p.id, ' on ', elt(1 + p.id %% 20, 'arrests', 'searches', 'cameras',
                              'handcuffs', 'uniforms', 'training', 'complaints', 'referrals', 'discipline',
                              'counselors', 'weapons', 'drills', 'lockers', 'vaping', 'truancy', 'fights', 'threats',
                              'warrants', 'interviews', 'parents'),
                              ': officers should publish their figures every term, by school and by group. ',
                              repeat('More words to read, as a real comment has. ', 1 + p.id %% 6)),
                       'en', timestamp '2033-09-16 12:00:00' + interval (p.id %% 1500000) second, 0
                from participant p join draft_section s on s.version_id = ?
                    and s.position = if(p.id - ? < %d, 1, 2 + p.id %% %d)
                where p.district_id = ? and p.subject like 'search-bench-%%'""".formatted(ON_FIRST_SECTION,
                SECTIONS - 1), cycleId, version.draftId(), version.id(), firstPerson, districtId);
    }
}
