package org.policycommons.cycle;

import java.time.LocalDate;
import java.util.List;

/** Valid plans for tests. */
public final class CyclePlans {

    private CyclePlans() {
    }

    /** Drafting, then comment and vote overlapping, revision, board review and adoption, within 90 days. */
    public static CyclePlan sample(LocalDate start) {
        return new CyclePlan("2030–31 SRO policy review", "2030–31", "The annual review of the SRO agreement.",
                start, start.plusDays(90), List.of(
                new PhaseWindow(PhaseKind.DRAFTING, start, start.plusDays(9)),
                new PhaseWindow(PhaseKind.PUBLIC_COMMENT, start.plusDays(10), start.plusDays(30)),
                new PhaseWindow(PhaseKind.PRIORITY_VOTE, start.plusDays(20), start.plusDays(35)),
                new PhaseWindow(PhaseKind.REVISION, start.plusDays(36), start.plusDays(45)),
                new PhaseWindow(PhaseKind.BOARD_REVIEW, start.plusDays(46), start.plusDays(55)),
                new PhaseWindow(PhaseKind.ADOPTED, start.plusDays(60), null)));
    }
}
