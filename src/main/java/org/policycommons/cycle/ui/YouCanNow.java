package org.policycommons.cycle.ui;

import java.util.ArrayList;
import java.util.List;

import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.Phase;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;

/** "Comment on the draft until 14 March": what this reader's role can do in the phases open right now. */
final class YouCanNow {

    /** The roles that comment and vote (DOMAIN.md); board and staff do not. */
    private static final List<PortalRole> PARTICIPANTS = List.of(PortalRole.FAMILY, PortalRole.STUDENT,
            PortalRole.EDUCATOR, PortalRole.CIVIL_RIGHTS, PortalRole.PARTNER);

    private YouCanNow() {
    }

    static List<String> forReader(PortalUser user, Cycle cycle, CycleTexts texts) {
        List<String> actions = new ArrayList<>();
        if (cycle.adopted()) {
            return actions;
        }
        for (Phase phase : cycle.openPhases()) {
            String until = texts.date(phase.closesOn());
            if (phase.kind() == PhaseKind.PUBLIC_COMMENT && PARTICIPANTS.stream().anyMatch(user::hasRole)) {
                actions.add(texts.t("cycle.can.comment", until));
            }
            if (phase.kind() == PhaseKind.PRIORITY_VOTE && PARTICIPANTS.stream().anyMatch(user::hasRole)) {
                actions.add(texts.t("cycle.can.vote", until));
            }
            if (phase.kind() == PhaseKind.BOARD_REVIEW && user.hasRole(PortalRole.BOARD)) {
                actions.add(texts.t("cycle.can.board-review", until));
            }
        }
        if (user.hasRole(PortalRole.DISTRICT_ADMIN)) {
            actions.add(texts.t("cycle.can.admin"));
        }
        return actions;
    }
}
