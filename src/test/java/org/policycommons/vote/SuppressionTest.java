package org.policycommons.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which groups the results hide, so that no small group can be read off or worked out by subtraction. */
class SuppressionTest {

    @Test
    void aSmallGroupIsHiddenWithEnoughOthersThatSubtractionRevealsNothing() {
        assertThat(BallotService.suppressed(Map.of(VoterGroup.STUDENT, 2L, VoterGroup.EDUCATOR, 5L, VoterGroup.FAMILY, 6L)))
                .containsExactlyInAnyOrder(VoterGroup.STUDENT, VoterGroup.EDUCATOR);
        // Two lone voters: hiding both is not enough, each could subtract their own ballot and read the other's.
        assertThat(BallotService.suppressed(Map.of(VoterGroup.STUDENT, 1L, VoterGroup.CIVIL_RIGHTS, 1L,
                VoterGroup.PARTNER, 7L, VoterGroup.FAMILY, 50L)))
                .containsExactlyInAnyOrder(VoterGroup.STUDENT, VoterGroup.CIVIL_RIGHTS, VoterGroup.PARTNER);
        assertThat(BallotService.suppressed(Map.of(VoterGroup.STUDENT, 3L, VoterGroup.CIVIL_RIGHTS, 4L,
                VoterGroup.FAMILY, 50L))).containsExactlyInAnyOrder(VoterGroup.STUDENT, VoterGroup.CIVIL_RIGHTS);
        assertThat(BallotService.suppressed(Map.of(VoterGroup.FAMILY, 6L, VoterGroup.EDUCATOR, 9L))).isEmpty();
    }

    @Test
    void aTypoFixKeepsTheWordsAndAddingOrDroppingAWordIsANewMeaning() {
        Priority.Wording before = new Priority.Wording("Officers take no part in discipline", "Staff handle it.");
        assertThat(PriorityService.typoFix(before, new Priority.Wording("Officers take no part in dicsipline", "Staff handle it.")))
                .isTrue();
        assertThat(PriorityService.typoFix(before, new Priority.Wording("Officers take part in discipline", "Staff handle it.")))
                .isFalse();
        assertThat(PriorityService.typoFix(before, new Priority.Wording("Officers take no part in discipline", "Staf handle it.")))
                .isTrue();
        assertThat(PriorityService.typoFix(before, new Priority.Wording("Officers make all part in discipline", "Staff handle it.")))
                .isFalse();
    }
}
