package org.policycommons.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policycommons.audit.AuditEntry;
import org.policycommons.audit.AuditLog;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.rubric.ActionStep;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Drafts on the real database: versions, publication rules, tags, redline, and who may do what. */
class DraftServiceTest extends PortalIntegrationTest {

    private static final LocalDate START = LocalDate.of(2033, 1, 9);
    private static final String V1 = """
            # Purpose
            School resource officers keep campuses safe.

            # Discipline
            SROs take no part in school discipline.

            # Data
            The district keeps arrest data.
            """;
    private static final String V2 = """
            # Purpose
            School resource officers keep campuses safe.

            # Data
            The district publishes arrest data every year, by race and disability.

            # Complaints
            Anyone may complain about an officer.
            """;

    @Autowired
    DraftService drafts;
    @Autowired
    CycleService cycles;
    @Autowired
    AuditLog audit;
    @Autowired
    DistrictDirectory districts;

    private District springfield;
    private long cycleId;

    @BeforeEach
    void aCycleWhoseCommentOpensTenDaysIn() {
        springfield = districts.bySlug("springfield").orElseThrow();
        standAt(START.minusDays(1));
        asAdmin();
        cycleId = cycles.createCycle(CyclePlans.sample(START));
    }

    @Test
    void anAdminPreparesAndPublishesVersionOneWhichEveryoneThenReads() {
        long id = drafts.createDraft(cycleId, "SRO policy", V1);
        DraftVersion working = drafts.version(id, 1).orElseThrow();
        assertThat(working.published()).isFalse();
        assertThat(working.sections()).extracting(Section::number, Section::heading)
                .containsExactly(tuple(1, "Purpose"), tuple(2, "Discipline"), tuple(3, "Data"));

        asFamily();
        assertThat(drafts.version(id, 1)).as("not published yet").isEmpty();
        assertThat(drafts.draftsOf(cycleId)).singleElement().satisfies(d -> assertThat(d.versions()).isEmpty());

        asAdmin();
        assertThat(drafts.publish(id, version(id))).isEqualTo(1);

        asFamily();
        DraftVersion published = drafts.version(id, 1).orElseThrow();
        assertThat(published.published()).isTrue();
        assertThat(published.sections()).hasSize(3);
        asAdmin();
        assertThat(audit.entries(cycleId, null, PageRequest.of(0, 20)).getContent())
                .extracting(AuditEntry::action).contains("draft.created", "draft.published");
    }

    @Test
    void aPublishedVersionNeverChangesAndTheNextIsPublishedOnlyAfterComment() {
        long id = drafts.createDraft(cycleId, "SRO policy", V1);
        drafts.tagSection(id, version(id), sectionId(id, 1, "Data"), EnumSet.of(ActionStep.EVALUATION));
        drafts.publish(id, version(id));

        assertRefused(() -> drafts.saveWorkingText(id, version(id), V2), "draft.error.no-working-version");
        assertRefused(() -> drafts.tagSection(id, version(id), sectionId(id, 1, "Purpose"), Set.of()),
                "draft.error.no-working-version");

        assertThat(drafts.startNextVersion(id, version(id))).isEqualTo(2);
        assertRefused(() -> drafts.startNextVersion(id, version(id)), "draft.error.working-version-exists");
        drafts.saveWorkingText(id, version(id), V2);
        DraftVersion two = drafts.version(id, 2).orElseThrow();
        Section data = two.sections().stream().filter(s -> s.heading().equals("Data")).findFirst().orElseThrow();
        assertThat(data.actionSteps()).as("tags follow the section").containsExactly(ActionStep.EVALUATION);

        standAt(START.plusDays(15)); // public comment is open
        assertRefused(() -> drafts.publish(id, version(id)), "draft.error.revise-after-comment");
        standAt(START.plusDays(31)); // and now closed
        assertThat(drafts.publish(id, version(id))).isEqualTo(2);

        assertThat(drafts.version(id, 1).orElseThrow().sections()).extracting(Section::heading)
                .as("version 1 as it was published").containsExactly("Purpose", "Discipline", "Data");

        Redline redline = drafts.redline(id, 1, 2);
        assertThat(redline.count(Redline.Change.UNCHANGED)).isEqualTo(1);
        assertThat(redline.count(Redline.Change.CHANGED)).isEqualTo(1);
        assertThat(redline.count(Redline.Change.REMOVED)).isEqualTo(1);
        assertThat(redline.count(Redline.Change.ADDED)).isEqualTo(1);
        assertThat(redline.sections()).filteredOn(s -> s.change() == Redline.Change.CHANGED).singleElement()
                .satisfies(s -> assertThat(s.text()).contains(new Redline.Segment(Redline.Kind.REMOVED, "keeps"),
                        new Redline.Segment(Redline.Kind.ADDED, "publishes")));
    }

    @Test
    void badTextIsRefusedWithItsReasonAndStaleSavesAreRefused() {
        assertRefused(() -> drafts.createDraft(cycleId, " ", V1), "draft.error.title-required");
        assertRefused(() -> drafts.createDraft(cycleId, "Policy", "Preamble\n\n# One\nText"),
                "draft.error.text-before-heading");
        long id = drafts.createDraft(cycleId, "Policy", V1);
        long seen = version(id);
        drafts.saveWorkingText(id, seen, V2);
        assertThatThrownBy(() -> drafts.saveWorkingText(id, seen, V1))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void onlyDistrictAdminsWriteAndNoDistrictSeesAnothersDrafts() {
        long id = drafts.createDraft(cycleId, "SRO policy", V1);
        drafts.publish(id, version(id));

        asFamily();
        assertThatThrownBy(() -> drafts.createDraft(cycleId, "Mine", V1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafts.startNextVersion(id, 0)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(springfield, "board-subject", "Linda", PortalRole.BOARD);
        assertThatThrownBy(() -> drafts.publish(id, 0)).isInstanceOf(AccessDeniedException.class);

        SignedIn.as(districts.bySlug("riverside").orElseThrow(), "rs-admin", "Ana", PortalRole.DISTRICT_ADMIN);
        assertThat(drafts.draft(id)).isEmpty();
        assertThat(drafts.version(id, 1)).isEmpty();
        assertRefused(() -> drafts.startNextVersion(id, 0), "draft.error.not-found");
        assertRefused(() -> drafts.createDraft(cycleId, "Theirs", V1), "cycle.error.not-found");
    }

    @Test
    void anAdoptedCyclesDraftsNoLongerChange() {
        long id = drafts.createDraft(cycleId, "SRO policy", V1);
        drafts.publish(id, version(id));
        var cycle = cycles.cycle(cycleId).orElseThrow();
        cycles.recordMilestones(cycleId, cycle.version(), new org.policycommons.cycle.BoardMilestones(null, null,
                null, null, START.plusDays(60), "Adopted 5–2", START.plusDays(90), null));
        cycles.markAdopted(cycleId, cycles.cycle(cycleId).orElseThrow().version(), "Adopted for the test");

        assertRefused(() -> drafts.startNextVersion(id, version(id)), "cycle.error.adopted-read-only");
        assertRefused(() -> drafts.createDraft(cycleId, "Late", V1), "cycle.error.adopted-read-only");
        assertThat(drafts.version(id, 1)).isPresent();
    }

    private long version(long draftId) {
        return drafts.draft(draftId).orElseThrow().version();
    }

    private long sectionId(long draftId, int version, String heading) {
        return drafts.version(draftId, version).orElseThrow().sections().stream()
                .filter(s -> s.heading().equals(heading)).findFirst().orElseThrow().id();
    }

    private void asAdmin() {
        SignedIn.as(springfield, "admin-subject", "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
    }

    private void asFamily() {
        SignedIn.as(springfield, "family-subject", "Maria", PortalRole.FAMILY);
    }

    private void standAt(LocalDate day) {
        clock.standAt(day.atTime(LocalTime.NOON).atZone(springfield.timeZone()).toInstant());
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static void assertRefused(ThrowingCallable action, String messageKey) {
        assertThatThrownBy(action).isInstanceOf(CycleRuleViolation.class)
                .extracting(e -> ((CycleRuleViolation) e).messageKey()).isEqualTo(messageKey);
    }
}
