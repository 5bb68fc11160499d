package org.policycommons.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policycommons.text.Translated;

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
        Translated before = english("Officers take no part in discipline");
        assertThat(PriorityService.typoFix(before, english("Officers take no part in dicsipline"))).isTrue();
        assertThat(PriorityService.typoFix(before, english("Officers take part in discipline"))).isFalse();
        assertThat(PriorityService.typoFix(before, english("Officers make all part in discipline"))).isFalse();
        // A language added is no new meaning; a language taken out is.
        Translated both = new Translated(Map.of("en", "Officers take no part in discipline",
                "es", "Los agentes no intervienen en la disciplina"));
        assertThat(PriorityService.typoFix(before, both)).isTrue();
        assertThat(PriorityService.typoFix(both, before)).isFalse();
        assertThat(PriorityService.typoFix(both, new Translated(Map.of("en", "Officers take no part in discipline",
                "es", "Los agentes intervienen en la disciplina")))).isFalse();
    }

    private static Translated english(String text) {
        return new Translated(Map.of("en", text));
    }
}
