package org.policycommons.e2e;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

import org.policycommons.cycle.CycleService;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.support.Benchmarks;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.DemoDraftPage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The heap a signed-in person's session holds on the draft page (issue 17): 20 sessions of a family member on
 * Springfield's demo draft, each a new HTTP session signed in again through Keycloak, in headless Chromium; the heap
 * after a full collection before and after, divided by 20. Then 20 more with every section's comment form opened, as
 * every session held before the forms were closed by default. The portal runs in this JVM, so its heap is measured
 * directly.
 */
@Tag("benchmark")
class SessionMemoryBenchmark extends BrowserTest {

    private static final int SESSIONS = 20;

    @Autowired
    CycleService cycles;
    @Autowired
    DraftService drafts;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    org.springframework.boot.web.server.context.WebServerApplicationContext server;

    @Test
    void heapPerSignedInSessionOnTheDraftPage() throws Exception {
        String page = DemoDraftPage.path(cycles, drafts, districts);
        signInAt(page, "family");
        browser.find(By.id("comment-open-1"));
        int sections = ((Number) browser.script("return document.querySelectorAll('[id^=comment-open-]').length;"))
                .intValue();

        Reading start = reading();
        openSessions("/d/springfield/notices", "email-notices", false);
        Reading baseline = reading();
        openSessions(page, "comment-open-1", false);
        Reading closed = reading();
        String dump = System.getProperty("benchmark.heap-dump");
        if (dump != null && !dump.isBlank()) {
            // What the draft page's sessions hold, for an HPROF reader to say who holds it; off unless asked for.
            ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class).dumpHeap(dump, true);
        }
        openSessions(page, "comment-open-1", true);
        Reading opened = reading();
        signOut();
        // Every session ends, as their time-out would: what is freed was held by the sessions, what stays was not.
        int ended = endAllSessions();
        Reading end = reading();
        long perBaseline = (baseline.heap() - start.heap()) / SESSIONS;
        long perClosed = (closed.heap() - baseline.heap()) / SESSIONS;
        long perOpened = (opened.heap() - closed.heap()) / SESSIONS;
        Benchmarks.report("session-memory.md", String.format(Locale.ROOT, """
                # Heap per signed-in session on the draft page (%d sections)

                | sessions | heap held per session |
                |---|---|
                | %d on the notices page (a signed-in session with a small page) | %d KB |
                | %d on the draft page, comment forms closed (as now) | %d KB |
                | %d on the draft page, every comment form opened (as before) | %d KB |

                When the %d sessions then ended (%d HTTP sessions, with the first sign-in's), %d KB was freed for
                each; what stayed held after they ended was %d KB for each sign-in (not the sessions' own).
                """, sections, SESSIONS, perBaseline / 1024, SESSIONS, perClosed / 1024, SESSIONS, perOpened / 1024,
                3 * SESSIONS, ended, (opened.heap() - end.heap()) / 3 / SESSIONS / 1024,
                (end.heap() - start.heap()) / 3 / SESSIONS / 1024)
                + grownClasses("the notices page's sessions", start.classes(), baseline.classes(), SESSIONS)
                + grownClasses("the draft page's sessions (forms closed)", baseline.classes(), closed.classes(),
                SESSIONS)
                + grownClasses("all sessions, freed when they ended", end.classes(), opened.classes(), 3 * SESSIONS));
    }

    /** The heap held, less what the benchmark's own readings hold, and the live objects by class. */
    private record Reading(long heap, java.util.Map<String, long[]> classes) {
    }

    /** What the class histograms of earlier readings hold: left out of every later reading of the heap. */
    private long readingsHeld;

    private Reading reading() throws Exception {
        long measured = heapAfterCollection();
        java.util.Map<String, long[]> classes = histogram();
        long corrected = measured - readingsHeld;
        readingsHeld += heapAfterCollection() - measured;
        return new Reading(corrected, classes);
    }

    /** Ends every HTTP session the portal holds, as their time-out would; returns how many there were. */
    private int endAllSessions() {
        org.apache.catalina.Context context = (org.apache.catalina.Context)
                ((org.springframework.boot.tomcat.TomcatWebServer) server.getWebServer()).getTomcat().getHost()
                        .findChildren()[0];
        org.apache.catalina.Session[] sessions = context.getManager().findSessions();
        for (org.apache.catalina.Session session : sessions) {
            session.expire();
        }
        return sessions.length;
    }

    /** Opens a page in new sessions, each signed in again silently, and waits until it is drawn. */
    private static void openSessions(String page, String drawnId, boolean openForms) {
        for (int i = 0; i < SESSIONS; i++) {
            browser.deleteCookies();
            browser.open(portalUrl() + page);
            browser.find(By.id(drawnId));
            if (openForms) {
                browser.script("document.querySelectorAll('[id^=comment-open-]').forEach(b => b.click());");
                browser.waitUntilTrue("return document.querySelectorAll('[id^=comment-open-]').length === 0;");
            }
            browser.waitForPage();
        }
    }

    /**
     * The live objects by class (the JVM's own {@code GC.class_histogram} diagnostic command, asked in-process, which
     * collects first): class → {instances, bytes}, for the 400 classes holding most, largest first as the command
     * lists them. Only those, so that what a reading keeps weighs little beside 20 sessions.
     */
    private static java.util.Map<String, long[]> histogram() throws Exception {
        String output = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        java.util.Map<String, long[]> classes = new java.util.HashMap<>();
        for (String line : output.split("\n")) {
            String[] cells = line.trim().split("\\s+");
            if (cells.length >= 4 && cells[0].endsWith(":") && classes.size() < 400) {
                classes.put(cells[3], new long[] {Long.parseLong(cells[1]), Long.parseLong(cells[2])});
            }
        }
        return classes;
    }

    /** The classes whose live bytes grew most while the sessions were opened, per session: what a session holds. */
    private static String grownClasses(String what, java.util.Map<String, long[]> before,
                                       java.util.Map<String, long[]> after, int sessions) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, """

                What grew most with %s, per session:

                | class | instances | KB |
                |---|---|---|
                """, what));
        after.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), new long[] {
                        e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(30)
                .forEach(e -> table.append(String.format(Locale.ROOT, "| `%s` | %d | %.1f |%n", e.getKey(),
                        e.getValue()[0] / sessions, e.getValue()[1] / 1024.0 / sessions)));
        return table.toString();
    }

    private static long heapAfterCollection() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        // Several collections, the least heap seen: what is still held, not what waits to be collected.
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(300);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
