package org.policycommons.publicsite;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftVersion;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public pages under load, as a news story would bring it: 100,000 comments in a cycle (10,000 on the section
 * measured), then {@code wrk} (Debian's package) on loopback for 30 s at 50 connections against a section's public
 * page and against the district's public home, with no caching proxy in front; and the heap in use after a
 * collection before and after 100,000 more requests. It measures; it never fails on a slow machine.
 * {@link PublicPagesBenchmark} measures as in production, {@link PublicPagesWithoutKeepingBenchmark} without keeping
 * any page.
 */
abstract class PublicPagesLoad extends PortalIntegrationTest {

    /** What the report is called. */
    abstract String reportName();

    /** Whether it also measures the heap before and after 100,000 requests. */
    abstract boolean measuresHeap();

    /** How long a drawn page is kept (PublicPageCache): 5 s in production, none in the other tests. */
    abstract java.time.Duration keptFor();

    @Autowired
    PublicPageCache pageCache;

    @org.junit.jupiter.api.AfterEach
    void keepNoPageAgain() {
        pageCache.keepFor(java.time.Duration.ZERO);
    }

    static final int COMMENTS = 100_000;
    static final int SECTIONS = 10;
    static final int HEAP_REQUESTS = 100_000;

    @Autowired
    CycleService cycles;
    @Autowired
    DraftService drafts;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    JdbcTemplate jdbc;

    /** What wrk reported. */
    record Load(double requestsPerSecond, String p50, String p99, long requests, String errors) {
    }

    @Test
    void aSectionWith10000CommentsAndTheHomeUnderFiftyConnections() throws Exception {
        assumeThat(Path.of("/usr/bin/wrk")).as("wrk is installed (apt-get install wrk)").exists();
        District district = districts.bySlug("springfield").orElseThrow();
        LocalDate start = LocalDate.of(keptFor().isZero() ? 2034 : 2033, 9, 5); // one cycle each
        clock.standAt(start.minusDays(1).atTime(LocalTime.NOON).atZone(district.timeZone()).toInstant());
        SignedIn.as(district, "bench-admin", "Benchmark", PortalRole.DISTRICT_ADMIN);
        long cycleId = cycles.createCycle(CyclePlans.sample(start));
        DraftVersion v1 = org.policycommons.support.Benchmarks.publishedDraft(drafts, cycleId, "Public benchmark policy",
                SECTIONS);
        SignedIn.out();
        long seedStart = System.nanoTime();
        seed(district.id(), cycleId, v1);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        long sectionId = v1.sections().getFirst().id();
        long onSection = jdbc.queryForObject("select count(*) from comment where section_id = ? and depth = 0",
                Long.class, sectionId);
        // The reading clock inside the comment window: the section page shows "sign in to comment".
        clock.standAt(start.plusDays(12).atTime(LocalTime.NOON).atZone(district.timeZone()).toInstant());

        pageCache.keepFor(keptFor());
        String section = portalUrl() + PublicPaths.section("springfield", sectionId);
        String home = portalUrl() + PublicPaths.district("springfield");
        int sectionBytes = fetch(section).length;
        int homeBytes = fetch(home).length;
        wrk(section, 5); // warm-up: the JIT, the connection pool, MariaDB's buffer pool
        Load sectionLoad = wrk(section, 30);
        System.out.println("BENCH section " + sectionLoad);
        Load homeLoad = wrk(home, 30);
        System.out.println("BENCH home " + homeLoad);

        double heapBefore = heapAfterCollection();
        long sent = 0;
        while (measuresHeap() && sent < HEAP_REQUESTS) {
            int seconds = (int) Math.max(5, Math.ceil((HEAP_REQUESTS - sent) / Math.max(50, sectionLoad.requestsPerSecond())));
            sent += wrk(section, seconds).requests();
        }
        double heapAfter = heapAfterCollection();

        String report = String.format(Locale.ROOT, """
                Public pages benchmark (%s), pages kept: %s
                comments in the cycle: %,d top-level over %d sections; on the section measured: %,d; seeding %.1f s
                wrk -t2 -c50 -d30s on loopback, no caching proxy, after a 5 s warm-up
                section page (first page of 20 threads, %,d bytes): %.0f requests/s, p50 %s, p99 %s, %s
                district home (%,d bytes): %.0f requests/s, p50 %s, p99 %s, %s
                heap in use after a full collection: %.1f MB before, %.1f MB after %,d more section requests
                """, LocalDate.now(), keptFor().isZero() ? "none" : keptFor().toSeconds() + " s", COMMENTS, SECTIONS, onSection, seedSeconds,
                sectionBytes, sectionLoad.requestsPerSecond(), sectionLoad.p50(), sectionLoad.p99(), sectionLoad.errors(),
                homeBytes, homeLoad.requestsPerSecond(), homeLoad.p50(), homeLoad.p99(), homeLoad.errors(),
                heapBefore, heapAfter, sent);
        org.policycommons.support.Benchmarks.report(reportName(), report);
    }

    private void seed(long districtId, long cycleId, DraftVersion v1) {
        // Each benchmark its own people: both may run on one database.
        String people = keptFor().isZero() ? "public-bench-unkept-" : "public-bench-kept-";
        org.policycommons.support.Benchmarks.people(jdbc, districtId, people, COMMENTS);
        jdbc.update("""
                insert into comment (district_id, cycle_id, draft_id, version_id, section_id, section_key, depth,
                    author_id, author_role, author_name, author_organisation, stance, body, language, created_at, version)
                select p.district_id, ?, ?, s.version_id, s.id, s.section_key, 0, p.id, p.roles,
                       if(p.roles = 'student', null, p.pseudonym),
                       if(p.roles in ('civil_rights', 'partner'), concat('Organization ', p.id %% 40), null),
                       elt(1 + p.id %% 4, 'SUPPORT', 'CONCERN', 'QUESTION', 'SUGGESTION'),
                       concat('Comment ', p.id, ': arrests and referrals should be published every semester, ',
                              'by school and by group. ', repeat('Sample text, "with quotes", and more. ', 1 + p.id %% 8)),
                       'en', timestamp '2033-09-16 12:00:00' + interval (p.id %% 1700000) second, 0
                from participant p join draft_section s on s.version_id = ? and s.position = 1 + p.id %% %d
                where p.district_id = ? and p.subject like '%s%%'""".formatted(SECTIONS, people),
                cycleId, v1.draftId(), v1.id(), districtId);
        jdbc.execute("analyze table comment, participant");
    }

    private static byte[] fetch(String url) throws IOException, InterruptedException {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private static Load wrk(String url, int seconds) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("/usr/bin/wrk", "-t2", "-c50", "-d" + seconds + "s", "--latency", url)
                .redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        double rps = Double.parseDouble(find(output, "Requests/sec:\\s+([0-9.]+)"));
        long requests = Long.parseLong(find(output, "([0-9]+) requests in"));
        String errors = output.contains("Non-2xx") ? find(output, "(Non-2xx or 3xx responses: [0-9]+)")
                : output.contains("Socket errors") ? find(output, "(Socket errors: [^\\n]+)") : "no errors";
        return new Load(rps, find(output, "\\s50%\\s+(\\S+)"), find(output, "\\s99%\\s+(\\S+)"), requests, errors);
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("wrk said: " + text);
        }
        return m.group(1);
    }

    private static double heapAfterCollection() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
    }
}
