package org.policycommons.support;

import java.time.LocalDate;

import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.draft.DraftService;
import org.policycommons.identity.PortalRole;

/** A review of a test's own in a demo district, open for comment, with a published draft. */
public final class OpenReviews {

    private OpenReviews() {
    }

    /**
     * Creates, as a district admin, a review that began 16 days before today (so comment is open, and the demo's own
     * review, begun later, stays the current one) and publishes this draft as version 1. Leaves the admin signed in.
     *
     * @return the review's and the draft's ids
     */
    public static Published publishedDraft(CycleService cycles, DraftService drafts, District district, LocalDate today,
                                      String title, String markdown) {
        SignedIn.as(district, "admin-" + title.hashCode(), "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
        long cycle = cycles.createCycle(CyclePlans.sample(today.minusDays(16)));
        long draft = drafts.createDraft(cycle, title, markdown);
        drafts.publish(draft, drafts.draft(draft).orElseThrow().version());
        return new Published(cycle, draft);
    }

    public record Published(long cycle, long draft) {
    }
}
