package org.policycommons.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policycommons.text.Translated;

/** Which groups the results hide, so that no small group can be read off or worked out by subtraction. */
class SuppressionTest {

    @Test
    void aSmallGroupIsHiddenWithEnoughOthersThatSubtractionRevealsNothing() {
        assertThat(votesHidden(Map.of(VoterGroup.STUDENT, 2L, VoterGroup.EDUCATOR, 5L, VoterGroup.FAMILY, 6L)))
                .containsExactlyInAnyOrder(VoterGroup.STUDENT, VoterGroup.EDUCATOR);
        // Two lone voters: hiding both is not enough, each could subtract their own ballot and read the other's.
        assertThat(votesHidden(Map.of(VoterGroup.STUDENT, 1L, VoterGroup.CIVIL_RIGHTS, 1L,
                VoterGroup.PARTNER, 7L, VoterGroup.FAMILY, 50L)))
                .containsExactlyInAnyOrder(VoterGroup.STUDENT, VoterGroup.CIVIL_RIGHTS, VoterGroup.PARTNER);
        assertThat(votesHidden(Map.of(VoterGroup.STUDENT, 3L, VoterGroup.CIVIL_RIGHTS, 4L,
                VoterGroup.FAMILY, 50L))).containsExactlyInAnyOrder(VoterGroup.STUDENT, VoterGroup.CIVIL_RIGHTS);
        assertThat(votesHidden(Map.of(VoterGroup.FAMILY, 6L, VoterGroup.EDUCATOR, 9L))).isEmpty();
    }

    @Test
    void theDecisionSaysWhyEachGroupIsHiddenAndHidesARowThatEitherSideHides() {
        // People who commented or voted: 1 student, 6 partners, 8 civil-rights members, 40 families. Voters: 1
        // student, 6 civil-rights members, 30 families.
        HiddenGroups hidden = HiddenGroups.decide(1, 1,
                Map.of(VoterGroup.STUDENT, 1L, VoterGroup.PARTNER, 6L, VoterGroup.CIVIL_RIGHTS, 8L, VoterGroup.FAMILY, 40L),
                Map.of(VoterGroup.STUDENT, 1L, VoterGroup.CIVIL_RIGHTS, 6L, VoterGroup.FAMILY, 30L));
        assertThat(hidden.comments()).containsExactlyInAnyOrderEntriesOf(Map.of(
                VoterGroup.STUDENT, HiddenGroups.Why.FEWER_THAN_FIVE,
                VoterGroup.PARTNER, HiddenGroups.Why.PROTECTS_A_SMALLER_GROUP));
        assertThat(hidden.votes()).containsExactlyInAnyOrderEntriesOf(Map.of(
                VoterGroup.STUDENT, HiddenGroups.Why.FEWER_THAN_FIVE,
                VoterGroup.CIVIL_RIGHTS, HiddenGroups.Why.PROTECTS_A_SMALLER_GROUP));
        assertThat(hidden.commentsHidden()).containsExactlyInAnyOrder(VoterGroup.STUDENT, VoterGroup.PARTNER);
        assertThat(VoterGroup.values()).filteredOn(hidden::rowHidden)
                .containsExactlyInAnyOrder(VoterGroup.STUDENT, VoterGroup.PARTNER, VoterGroup.CIVIL_RIGHTS);
        assertThat(hidden.voters()).containsEntry(VoterGroup.EDUCATOR, 0L).containsEntry(VoterGroup.FAMILY, 30L);
        assertThat(hidden.allVotesHidden()).isFalse();
        assertThat(HiddenGroups.decide(1, 1, Map.of(VoterGroup.FAMILY, 3L), Map.of(VoterGroup.FAMILY, 3L)).allVotesHidden())
                .as("three voters in all: the totals are theirs").isTrue();
    }

    private static java.util.Set<VoterGroup> votesHidden(Map<VoterGroup, Long> voters) {
        return HiddenGroups.decide(1, 1, Map.of(), voters).votes().keySet();
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
