package org.policycommons.operator;

import static org.policycommons.support.Timings.median;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.MadeDistricts;
import org.policycommons.support.RealmUsers;
import org.policycommons.support.SecondPortal;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 7's figures: the time to create a district end to end (realm and first admin, registration, the invitation
 * until it is in the mailbox), then, with 50 created district realms present besides the demo ones, the portal's
 * start-up time (a second portal process against the same database and Keycloak, from launch until it answers) and
 * the time a person takes to sign in through Keycloak in Chromium. A benchmark, not a test: it reports and never
 * fails on a slow machine. Run with {@code ./portal benchmark -Dtest=DistrictBenchmark}; figures go to
 * target/benchmarks/districts.txt. Everything it makes is removed at the end.
 */
@Tag("benchmark")
class DistrictBenchmark extends BrowserTest {

    private static final int REALMS = 50;
    private static final int STARTS = 3;
    private static final int SIGN_INS = 5;

    @Autowired
    DistrictCreation creation;
    @Autowired
    MadeDistricts madeDistricts;
    @Autowired
    DataSource dataSource;

    @Test
    void fiftyDistricts() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<String> slugs = new ArrayList<>();
        List<Double> creations = new ArrayList<>();
        List<Double> untilMailbox = new ArrayList<>();
        try (RealmUsers realmUsers = new RealmUsers()) {
            SignedIn.asOperator(true);
            for (int i = 0; i < REALMS; i++) {
                String slug = "bench-" + run + "-" + i;
                slugs.add(slug);
                String email = "admin@" + slug + ".example.org";
                long start = System.nanoTime();
                creation.create(new NewDistrict("Benchmark District " + i, slug, List.of(Locale.ENGLISH,
                        Locale.forLanguageTag("es")), "America/Chicago", 5000, email, "Bench", "Admin"));
                creations.add((System.nanoTime() - start) / 1e6);
                firstMailTo(email);
                untilMailbox.add((System.nanoTime() - start) / 1e6);
            }
            SignedIn.out();
            String firstFive = rounded(creations.subList(0, 5));
            String lastFive = rounded(creations.subList(REALMS - 5, REALMS));

            String middle = slugs.get(REALMS / 2);
            String person = realmUsers.create(middle, "pat", "pat@" + middle + ".example.org", PortalRole.FAMILY, null);
            realmUsers.setPassword(middle, person, DEMO_PASSWORD);
            List<Double> signIns = signIns("/d/" + middle, "pat", middle);
            List<Double> demoSignIns = signIns("/d/springfield", "family", "springfield");
            List<Double> starts = new ArrayList<>();
            for (int i = 0; i < STARTS; i++) {
                starts.add(secondPortalStart());
            }
            Collections.sort(creations);
            Collections.sort(untilMailbox);
            Collections.sort(starts);

            String report = String.format(Locale.ROOT, """
                    District benchmark (%s)
                    creating a district (DistrictCreation.create: realm and first admin in one import, registration,
                      invitation sent), %d districts one after another: median %.0f ms (%.0f / %.0f)
                      until the invitation is in the mailbox: median %.0f ms (%.0f / %.0f)
                      the first five: %s; the last five: %s
                    with %d created district realms besides the demo ones:
                      portal start-up, a second process on the same database and Keycloak, from launch until
                      /readyz answers UP: median of %d %.1f s (%.1f / %.1f)
                      sign-in in Chromium, from opening a district page to the district's page after Keycloak's form
                      (cookies cleared each time), median of %d after one warm-up:
                        in a created district: %.0f ms (%.0f / %.0f)
                        in springfield (demo):  %.0f ms (%.0f / %.0f)
                    """, LocalDate.now(), REALMS, median(creations), creations.getFirst(), creations.getLast(),
                    median(untilMailbox), untilMailbox.getFirst(), untilMailbox.getLast(),
                    firstFive, lastFive,
                    REALMS, STARTS, median(starts) / 1000, starts.getFirst() / 1000, starts.getLast() / 1000,
                    SIGN_INS, median(signIns), signIns.getFirst(), signIns.getLast(),
                    median(demoSignIns), demoSignIns.getFirst(), demoSignIns.getLast());
            org.policycommons.support.Benchmarks.report("districts.txt", report);
        } finally {
            SignedIn.out();
            slugs.forEach(madeDistricts::remove);
        }
    }

    /** Sign-ins with no Keycloak or portal session before, each timed from opening the page to the district's page. */
    private List<Double> signIns(String page, String username, String realm) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i <= SIGN_INS; i++) {
            browser.open(keycloakUrl() + "/realms/" + realm + "/");
            browser.deleteCookies();
            browser.open(portalUrl() + "/");
            browser.deleteCookies();
            long start = System.nanoTime();
            signInAt(page, username);
            browser.find(By.id("district-name"));
            if (i > 0) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        Collections.sort(millis);
        return millis;
    }

    /** A second portal process on this database and Keycloak, timed from launch until it answers. */
    private double secondPortalStart() throws Exception {
        try (SecondPortal portal = SecondPortal.start(dataSource)) {
            return portal.startMillis();
        }
    }

    private static String rounded(List<Double> millis) {
        return millis.stream().map(m -> String.format(Locale.ROOT, "%.0f", m)).toList().toString();
    }
}
