package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.policycommons.comment.CommentService;
import org.policycommons.comment.Stance;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.Phase;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.RealmUsers;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new parent's home page says in one line what she can still do and by when, with a link that takes her there: the
 * window closing first of those she has not taken part in, then the vote once she has commented.
 */
class StillToDoE2ETest extends BrowserTest {

    @Autowired
    CycleService cycles;
    @Autowired
    CommentService comments;
    @Autowired
    DraftService drafts;
    @Autowired
    DistrictDirectory districts;

    @Test
    void theHomePageSaysWhatANewParentCanStillDoAndTakesHerThere() {
        District springfield = districts.bySlug("springfield").orElseThrow();
        String username = "new-parent-" + UUID.randomUUID().toString().substring(0, 6);
        try (RealmUsers realm = new RealmUsers()) {
            String subject = realm.create("springfield", username, username + "@springfield.example.org",
                    PortalRole.FAMILY, null);
            realm.setPassword("springfield", subject, DEMO_PASSWORD);
            SignedIn.as(springfield, subject, "New Parent", PortalRole.FAMILY);
            Cycle review = cycles.current().orElseThrow();
            Phase comment = review.phase(PhaseKind.PUBLIC_COMMENT).orElseThrow();
            Phase vote = review.phase(PhaseKind.PRIORITY_VOTE).orElseThrow();
            assertThat(review.openPhases()).as("the demo review is open for comment and the vote")
                    .contains(comment, vote);
            Phase first = java.util.stream.Stream.of(comment, vote)
                    .min(Comparator.comparing(p -> p.lastDay(springfield.timeZone()))).orElseThrow();
            SignedIn.out();

            signInAt("/d/springfield", username);
            WebElement line = browser.find(By.id("still-to-do"));
            if (first == vote) {
                assertThat(line.getText()).startsWith("You have not voted yet: the vote closes " + when(vote, springfield));
            } else {
                assertThat(line.getText()).startsWith("You have not commented yet: public comment closes "
                        + when(comment, springfield));
            }
            browser.assertAccessible("the home page with what is left to do");

            // Once she has commented, the vote is what is left.
            SignedIn.as(springfield, subject, "New Parent", PortalRole.FAMILY);
            long section = drafts.draftsOf(review.id()).stream()
                    .flatMap(d -> drafts.latestPublished(d.id()).stream()).findFirst().orElseThrow()
                    .sections().getFirst().id();
            comments.post(section, Stance.SUPPORT, "A first comment from a new parent", null, Locale.ENGLISH);
            SignedIn.out();
            browser.open(portalUrl() + "/d/springfield");
            browser.waitForText(By.id("still-to-do"), "You have not voted yet: the vote closes " + when(vote, springfield));
            WebElement go = browser.find(By.id("still-to-do-go"));
            assertThat(go.getText()).isEqualTo("Vote now");
            browser.script("arguments[0].focus();", go);
            browser.press(Keys.ENTER);
            browser.waitForUrlContaining("/d/springfield/vote/" + review.id());
        }
    }

    /** "today", "tomorrow" or "in n days", as the line says it. */
    private static String when(Phase phase, District district) {
        long days = ChronoUnit.DAYS.between(phase.asOf(), phase.lastDay(district.timeZone()));
        return days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
    }
}
