package org.policycommons.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policycommons.cycle.CyclePlan;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The SECURe self-assessment: admins rate and keep checklists, everyone reads, and the trend spans the cycles. */
class RubricServiceTest extends PortalIntegrationTest {

    @Autowired
    RubricService rubric;
    @Autowired
    CycleService cycles;
    @Autowired
    DistrictDirectory districts;

    private District riverside;

    @BeforeEach
    void signInAsAdmin() {
        riverside = districts.bySlug("riverside").orElseThrow();
        SignedIn.as(riverside, "rv-admin", "Priya Shah", PortalRole.DISTRICT_ADMIN);
    }

    @Test
    void anAdminRatesEachStepAndKeepsChecklistsThatANewCycleCanStartFrom() {
        long earlier = cycles.createCycle(titled(CyclePlans.sample(LocalDate.of(2040, 1, 5)), "Rubric 2040"));
        rubric.rate(earlier, Rubric.LOCAL_IMPLEMENTATION, ActionStep.TRAINING, Rating.DEVELOPING,
                "Crisis-intervention training for all SROs");
        rubric.addItem(earlier, Rubric.LOCAL_IMPLEMENTATION, ActionStep.TRAINING, Checklist.TO_IMPROVE,
                "Add de-escalation refreshers");
        long itemId = rubric.assessment(earlier, Rubric.LOCAL_IMPLEMENTATION).steps().get(3).items().get(0).id();
        rubric.tickItem(itemId, true);

        Assessment.StepAssessment training = rubric.assessment(earlier, Rubric.LOCAL_IMPLEMENTATION).steps().get(3);
        assertThat(training.step()).isEqualTo(ActionStep.TRAINING);
        assertThat(training.rating()).isEqualTo(Rating.DEVELOPING);
        assertThat(training.items()).extracting(Assessment.Item::text, Assessment.Item::done)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Add de-escalation refreshers", true));

        long later = cycles.createCycle(titled(CyclePlans.sample(LocalDate.of(2041, 1, 5)), "Rubric 2041"));
        assertThat(rubric.copyChecklistFromPreviousCycle(later)).isEqualTo(1);
        assertThat(rubric.assessment(later, Rubric.LOCAL_IMPLEMENTATION).steps().get(3).items())
                .extracting(Assessment.Item::done).containsExactly(false);
        rubric.rate(later, Rubric.LOCAL_IMPLEMENTATION, ActionStep.TRAINING, Rating.MEETING, null);

        SignedIn.as(riverside, "rv-family", "Rosa Martinez", PortalRole.FAMILY);
        assertThat(rubric.trend(Rubric.LOCAL_IMPLEMENTATION))
                .filteredOn(row -> java.util.List.of("Rubric 2040", "Rubric 2041").contains(row.cycleTitle()))
                .extracting(row -> row.ratings().get(ActionStep.TRAINING))
                .containsExactly(Rating.DEVELOPING, Rating.MEETING);
    }

    @Test
    void eachRubricHasItsOwnRatingsChecklistsAndTrend() {
        long id = cycles.createCycle(titled(CyclePlans.sample(LocalDate.of(2043, 1, 5)), "Rubric 2043"));
        rubric.rate(id, Rubric.STATE_AND_LOCAL_POLICY, ActionStep.CIVIL_RIGHTS, Rating.MEETING,
                "The state model MOU bars arrests for school discipline");
        rubric.rate(id, Rubric.LOCAL_IMPLEMENTATION, ActionStep.CIVIL_RIGHTS, Rating.EMERGING, "Training started");
        rubric.addItem(id, Rubric.STATE_AND_LOCAL_POLICY, ActionStep.CIVIL_RIGHTS, Checklist.TO_START,
                "Compare the MOU with the state model");

        List<Assessment> both = rubric.assessments(id);
        assertThat(both).extracting(Assessment::rubric)
                .containsExactly(Rubric.STATE_AND_LOCAL_POLICY, Rubric.LOCAL_IMPLEMENTATION);
        Assessment.StepAssessment policy = both.get(0).steps().get(1);
        Assessment.StepAssessment practice = both.get(1).steps().get(1);
        assertThat(policy.rating()).isEqualTo(Rating.MEETING);
        assertThat(policy.evidence()).contains("state model MOU");
        assertThat(policy.items()).extracting(Assessment.Item::text).containsExactly("Compare the MOU with the state model");
        assertThat(practice.rating()).isEqualTo(Rating.EMERGING);
        assertThat(practice.items()).as("a checklist belongs to its rubric").isEmpty();
        assertThat(rubric.trend(Rubric.STATE_AND_LOCAL_POLICY)).filteredOn(r -> r.cycleTitle().equals("Rubric 2043"))
                .extracting(r -> r.ratings().get(ActionStep.CIVIL_RIGHTS)).containsExactly(Rating.MEETING);
        assertThat(rubric.trend(Rubric.LOCAL_IMPLEMENTATION)).filteredOn(r -> r.cycleTitle().equals("Rubric 2043"))
                .extracting(r -> r.ratings().get(ActionStep.CIVIL_RIGHTS)).containsExactly(Rating.EMERGING);
        // Rated again on one rubric: the other stays as it was.
        rubric.rate(id, Rubric.STATE_AND_LOCAL_POLICY, ActionStep.CIVIL_RIGHTS, Rating.DEVELOPING, null);
        assertThat(rubric.assessment(id, Rubric.LOCAL_IMPLEMENTATION).steps().get(1).rating()).isEqualTo(Rating.EMERGING);
    }

    @Test
    void onlyAdminsEditAndBadInputIsRefusedWithAReason() {
        long id = cycles.createCycle(titled(CyclePlans.sample(LocalDate.of(2042, 1, 5)), "Rubric 2042"));
        assertThatThrownBy(() -> rubric.addItem(id, Rubric.LOCAL_IMPLEMENTATION, ActionStep.HIRING, Checklist.TO_START, "  "))
                .isInstanceOf(CycleRuleViolation.class).hasMessageStartingWith("rubric.error.item-text-required");
        rubric.addItem(id, Rubric.STATE_AND_LOCAL_POLICY, ActionStep.HIRING, Checklist.TO_START, "Involve students in SRO interviews");
        assertThatThrownBy(() -> rubric.copyChecklistFromPreviousCycle(id))
                .isInstanceOf(CycleRuleViolation.class).hasMessageStartingWith("rubric.error.checklist-not-empty");

        SignedIn.as(riverside, "rv-board", "Robert Chen", PortalRole.BOARD);
        assertThat(rubric.assessment(id, Rubric.STATE_AND_LOCAL_POLICY).steps()).hasSize(5).allSatisfy(s -> assertThat(s.rating()).isEqualTo(Rating.NOT_STARTED));
        assertThatThrownBy(() -> rubric.rate(id, Rubric.STATE_AND_LOCAL_POLICY, ActionStep.HIRING, Rating.EMERGING, "x")).isInstanceOf(AccessDeniedException.class);
    }

    private static CyclePlan titled(CyclePlan plan, String title) {
        return new CyclePlan(title, plan.schoolYear(), plan.description(), plan.startsOn(), plan.endsOn(), plan.phases());
    }
}
