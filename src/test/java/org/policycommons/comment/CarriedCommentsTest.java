package org.policycommons.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.policycommons.board.BoardPacket;
import org.policycommons.board.ConsolidatedInput;
import org.policycommons.board.ConsolidatedInputService;
import org.policycommons.board.CsvExports;
import org.policycommons.common.RuleViolation;
import org.policycommons.cycle.BoardMilestones;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftVersion;
import org.policycommons.draft.Section;
import org.policycommons.identity.PortalRole;
import org.policycommons.notification.Notice;
import org.policycommons.notification.NoticeService;
import org.policycommons.support.PdfUa;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Comments that follow the text, on the real database: version 1 has three sections with comments; version 2 keeps
 * the first unchanged, rewrites the second and drops the third. The marks, the counts (students left out for the
 * public), the notice to each author once, standing by a comment on version 2 and what is refused.
 */
class CarriedCommentsTest extends PortalIntegrationTest {

    private static final LocalDate START = LocalDate.of(2036, 3, 2);

    @Autowired
    CarriedComments carried;
    @Autowired
    CommentService comments;
    @Autowired
    NoticeService notices;
    @Autowired
    DraftService drafts;
    @Autowired
    CycleService cycles;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    ConsolidatedInputService board;
    @Autowired
    BoardPacket packet;
    @Autowired
    CsvExports exports;

    private District springfield;
    private String run;
    private long cycleId;
    private long draftId;
    private long onPurpose;
    private long onArrests;
    private long onData;
    private long studentOnArrests;

    @BeforeEach
    void twoVersionsWithCommentsOnTheFirst() {
        springfield = districts.bySlug("springfield").orElseThrow();
        run = UUID.randomUUID().toString().substring(0, 8);
        standAt(START.minusDays(1));
        asAdmin();
        cycleId = cycles.createCycle(CyclePlans.sample(START));
        draftId = drafts.createDraft(cycleId, "Carried " + run, """
                # Purpose
                Officers keep schools safe.

                # Arrests
                Officers arrest students.

                # Data
                The district publishes data.
                """);
        drafts.publish(draftId, drafts.draft(draftId).orElseThrow().version());
        List<Section> v1 = drafts.version(draftId, 1).orElseThrow().sections();
        standAt(START.plusDays(12));
        asFamily();
        onPurpose = comments.post(v1.get(0).id(), Stance.SUPPORT, "Keep this " + run, null, Locale.ENGLISH);
        onArrests = comments.post(v1.get(1).id(), Stance.CONCERN, "Arrests worry me " + run, null, Locale.ENGLISH);
        onData = comments.post(v1.get(2).id(), Stance.SUGGESTION, "Publish by school " + run, null, Locale.ENGLISH);
        long withdrawn = comments.post(v1.get(0).id(), Stance.QUESTION, "Never mind " + run, null, Locale.ENGLISH);
        comments.withdraw(withdrawn);
        // Four more families on Arrests: five families are a group the board sees.
        for (int i = 1; i <= 4; i++) {
            SignedIn.as(springfield, "family" + i + "-" + run, "Family " + i, PortalRole.FAMILY);
            comments.post(v1.get(1).id(), Stance.CONCERN, "Me too " + i + " " + run, null, Locale.ENGLISH);
        }
        // Four students on Purpose: with the one below, five students, so no group is too small for the board.
        for (int i = 1; i <= 4; i++) {
            SignedIn.as(springfield, "student" + i + "-" + run, "Student " + i, PortalRole.STUDENT);
            comments.post(v1.get(0).id(), Stance.SUPPORT, "Agreed " + i + " " + run, null, Locale.ENGLISH);
        }
        SignedIn.as(springfield, "student-" + run, "Sam Lee", PortalRole.STUDENT);
        studentOnArrests = comments.post(v1.get(1).id(), Stance.CONCERN, "Students fear it " + run, null,
                Locale.ENGLISH);

        // Comment closes; the revision rewrites Arrests and drops Data.
        standAt(START.plusDays(37));
        asAdmin();
        drafts.startNextVersion(draftId, drafts.draft(draftId).orElseThrow().version());
        drafts.saveWorkingText(draftId, drafts.draft(draftId).orElseThrow().version(), """
                # Purpose
                Officers keep schools safe.

                # Arrests
                Officers arrest students only when someone's safety is at risk.
                """);
        drafts.publish(draftId, drafts.draft(draftId).orElseThrow().version());
    }

    @Test
    void eachCommentIsMarkedUnderTheMatchingSectionOfTheNextVersion() {
        asFamily();
        DraftVersion v2 = drafts.version(draftId, 2).orElseThrow();
        Section purpose = v2.sections().get(0);
        Section arrests = v2.sections().get(1);

        CarriedComments.Summary all = carried.summary(v2, true);
        assertThat(all.of(purpose).orElseThrow().byMark()).containsOnlyKeys(CarriedComments.Mark.UNCHANGED)
                .containsEntry(CarriedComments.Mark.UNCHANGED, 5L);
        assertThat(all.of(arrests).orElseThrow().count(CarriedComments.Mark.CHANGED)).isEqualTo(6);
        assertThat(all.removed()).singleElement().satisfies(part -> {
            assertThat(part.heading()).isEqualTo("Data");
            assertThat(part.count(CarriedComments.Mark.REMOVED)).isEqualTo(1);
        });
        // The public, where students' comments stay with the district's members.
        assertThat(carried.summary(v2, false).of(arrests).orElseThrow().total()).isEqualTo(5);
        // Version 1 carries nothing.
        assertThat(carried.summary(drafts.version(draftId, 1).orElseThrow(), true).bySection()).isEmpty();

        List<CarriedComments.Carried> intoArrests = carried.into(v2, arrests.key(), true, PageRequest.of(0, 20))
                .getContent();
        assertThat(intoArrests).hasSize(6);
        assertThat(intoArrests.getFirst().comment().id()).isEqualTo(onArrests);
        assertThat(intoArrests.getLast().comment().id()).isEqualTo(studentOnArrests);
        assertThat(intoArrests).allSatisfy(c -> {
            assertThat(c.mark()).isEqualTo(CarriedComments.Mark.CHANGED);
            assertThat(c.fromVersion()).isEqualTo(1);
        });
        assertThat(intoArrests).extracting(CarriedComments.Carried::canStandBy).containsOnlyOnce(true)
                .first().isEqualTo(true);
        assertThat(carried.into(v2, arrests.key(), true, PageRequest.of(1, 4)).getContent()).as("the second page")
                .hasSize(2);
        assertThat(carried.into(v2, purpose.key(), true, PageRequest.of(0, 20)).getContent())
                .extracting(c -> c.comment().id(), CarriedComments.Carried::mark).hasSize(5)
                .first().isEqualTo(Tuple.tuple(onPurpose, CarriedComments.Mark.UNCHANGED));
        assertThat(carried.into(v2, purpose.key(), false, PageRequest.of(0, 20)).getContent())
                .as("students' comments stay with the district's members").hasSize(1);
        CarriedComments.Carried onRemoved = carried.into(v2, all.removed().getFirst().sectionKey(), true,
                PageRequest.of(0, 20)).getContent().getFirst();
        assertThat(onRemoved.comment().id()).isEqualTo(onData);
        assertThat(onRemoved.canStandBy()).as("nowhere to stand on").isFalse();
    }

    @Test
    void eachAuthorIsToldOnceWithTheRedline() {
        asFamily();
        List<Notice> mine = notices.mine(PageRequest.of(0, 20)).getContent().stream()
                .filter(n -> n.messageKey().equals("notice.sections-changed") && n.cycleId() == cycleId).toList();
        assertThat(mine).singleElement().satisfies(notice -> {
            assertThat(notice.detailText()).isEqualTo("2");
            assertThat(notice.link()).isEqualTo("/drafts/" + draftId + "/compare/1/2");
        });
        SignedIn.as(springfield, "student-" + run, "Sam Lee", PortalRole.STUDENT);
        assertThat(notices.mine(PageRequest.of(0, 20)).getContent())
                .filteredOn(n -> n.messageKey().equals("notice.sections-changed") && n.cycleId() == cycleId)
                .hasSize(1);
    }

    @Test
    void anAuthorStandsByTheirCommentOnTheNewVersionWhereItCountsToo() throws IOException {
        DraftVersion v2 = drafts.version(draftId, 2).orElseThrow();
        Section arrests = v2.sections().get(1);
        SignedIn.as(springfield, "student-" + run, "Sam Lee", PortalRole.STUDENT);
        assertRefused(() -> carried.standBy(onArrests), "comment.error.not-yours");

        asBoard();
        List<ConsolidatedInput.SectionAcross> before = board.consolidated(cycleId, Optional.empty(), Optional.empty())
                .acrossVersions();
        // Per clause and version; the withdrawn comment is not counted, the unchanged clause carries none on changed
        // text, the removed one comes last.
        assertThat(before).extracting(ConsolidatedInput.SectionAcross::named, r -> r.byVersion().get(1),
                r -> r.byVersion().get(2), ConsolidatedInput.SectionAcross::carriedOnChanged).containsExactly(
                Tuple.tuple("1. Purpose", 5L, 0L, 0L), Tuple.tuple("2. Arrests", 6L, 0L, 6L),
                Tuple.tuple("Data", 1L, 0L, 1L));
        assertThat(before.getLast().number()).as("removed").isNull();
        // The packet prints the same table, with the count of comments on text changed since per section.
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        packet.write(cycleId, Locale.ENGLISH, pdf);
        PdfUa.assertConforms(pdf.toByteArray(), "the packet of a revised draft");
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Comments on each section of \"Carried " + run + "\", version by version",
                    "From earlier versions, on text changed since", "2. Arrests 6 0 6", "Data (removed) 1 0 1");
        }

        asFamily();
        long standing = carried.standBy(onArrests);
        Comment onV2 = comments.comments(arrests.id(), PageRequest.of(0, 20)).getContent().getFirst();
        assertThat(onV2.id()).isEqualTo(standing);
        assertThat(onV2.standsByVersion()).isEqualTo(1);
        assertThat(onV2.body()).isEqualTo("Arrests worry me " + run);
        assertThat(onV2.stance()).isEqualTo(Stance.CONCERN);
        assertThat(onV2.editable()).as("its words are the original's").isFalse();
        assertThat(comments.countsBySection(v2.id())).containsEntry(arrests.id(), 1L);
        // Now counted on version 2, it is no longer carried from version 1.
        assertThat(carried.summary(v2, true).of(arrests).orElseThrow().total()).isEqualTo(5);

        asBoard();
        assertThat(board.consolidated(cycleId, Optional.empty(), Optional.empty()).acrossVersions().get(1))
                .extracting(r -> r.byVersion().get(2), ConsolidatedInput.SectionAcross::carriedOnChanged)
                .containsExactly(1L, 5L);
        // The comments CSV says which comment a stand-by stands by, and from which version.
        StringWriter csv = new StringWriter();
        exports.comments(cycleId, csv);
        assertThat(csv.toString()).contains(",stands_by,stands_by_version")
                .containsPattern("(?m)^" + standing + ",.*Arrests worry me " + run + ".*," + onArrests + ",1\\r?$");

        asFamily();
        assertRefused(() -> carried.standBy(onArrests), "comment.carried.error.already");
        assertRefused(() -> carried.standBy(onData), "comment.carried.error.removed");

        asAdmin();
        LocalDate vote = START.plusDays(60);
        cycles.recordMilestones(cycleId, cycles.cycle(cycleId).orElseThrow().version(), new BoardMilestones(null, null,
                null, null, vote, "Adopted 4–3", vote.plusDays(30), null));
        cycles.markAdopted(cycleId, cycles.cycle(cycleId).orElseThrow().version(), null);
        asFamily();
        assertRefused(() -> carried.standBy(onPurpose), "comment.carried.error.adopted");
        assertThat(carried.into(v2, v2.sections().getFirst().key(), true, PageRequest.of(0, 20)).getContent())
                .extracting(CarriedComments.Carried::canStandBy).containsOnly(false);
    }

    private void asAdmin() {
        SignedIn.as(springfield, "admin-subject", "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
    }

    private void asBoard() {
        SignedIn.as(springfield, "board-" + run, "Grace Kim", PortalRole.BOARD);
    }

    private void asFamily() {
        SignedIn.as(springfield, "family-" + run, "Maria Lopez", PortalRole.FAMILY);
    }

    private void standAt(LocalDate day) {
        clock.standAt(day.atTime(LocalTime.NOON).atZone(springfield.timeZone()).toInstant());
    }

    private static void assertRefused(ThrowingCallable action, String messageKey) {
        assertThatThrownBy(action).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo(messageKey);
    }
}
