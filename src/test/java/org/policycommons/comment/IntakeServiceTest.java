package org.policycommons.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policycommons.audit.AuditEntry;
import org.policycommons.audit.AuditLog;
import org.policycommons.board.ConsolidatedInput;
import org.policycommons.board.ConsolidatedInputService;
import org.policycommons.board.BoardPacket;
import org.policycommons.board.CsvExports;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.Section;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;
import org.policycommons.vote.VoterGroup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Input received outside the portal on the real database: entered by a district admin, shown on the draft with its
 * channel, counted like online input in the board's figures and the CSV (suppression included), corrected with its
 * earlier wording kept, withdrawn, and refused with a reason for every kind of bad input.
 */
class IntakeServiceTest extends PortalIntegrationTest {

    private static final LocalDate START = LocalDate.of(2037, 1, 8);
    private static final Locale EN = Locale.ENGLISH;

    @Autowired
    IntakeService intake;
    @Autowired
    CommentService comments;
    @Autowired
    DraftService drafts;
    @Autowired
    CycleService cycles;
    @Autowired
    AuditLog audit;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    ConsolidatedInputService board;
    @Autowired
    CsvExports exports;
    @Autowired
    BoardPacket packet;
    @Autowired
    IntakeImport importer;

    private District springfield;
    private long cycleId;
    private long draftId;
    private Section purpose;
    private Section discipline;
    private String run;

    @BeforeEach
    void aPublishedDraftWithCommentOpen() {
        springfield = districts.bySlug("springfield").orElseThrow();
        run = UUID.randomUUID().toString().substring(0, 8);
        standAt(START.minusDays(1));
        asAdmin();
        cycleId = cycles.createCycle(CyclePlans.sample(START));
        draftId = drafts.createDraft(cycleId, "Intake policy " + run, """
                # Purpose
                Officers keep schools safe.

                # Discipline
                SROs take no part in school discipline.
                """);
        drafts.publish(draftId, drafts.draft(draftId).orElseThrow().version());
        purpose = drafts.version(draftId, 1).orElseThrow().sections().get(0);
        discipline = drafts.version(draftId, 1).orElseThrow().sections().get(1);
        standAt(START.plusDays(12)); // public comment runs from day 10 to day 30
    }

    @Test
    void testimonyOnTwoSectionsIsShownWithItsChannelAndCountsAsOneVoice() {
        long item = intake.enter(draftId, 1, new IntakeService.NewItem(Channel.BOARD_MEETING, START.plusDays(11),
                Optional.of(VoterGroup.FAMILY), "Ana Ruiz", List.of(discipline.id(), purpose.id()), false,
                Stance.CONCERN, "  Officers should not question students without a parent. " + run + " ",
                TextKind.SUMMARY, EN));

        Comment shown = comments.comments(discipline.id(), PageRequest.of(0, 10)).getContent().getFirst();
        assertThat(shown.body()).isEqualTo("Officers should not question students without a parent. " + run);
        assertThat(shown.received()).isEqualTo(new Comment.Received(Channel.BOARD_MEETING, START.plusDays(11),
                TextKind.SUMMARY));
        assertThat(shown.author().role()).isEqualTo(PortalRole.FAMILY);
        assertThat(shown.author().shownAs()).as("a pseudonym, never the name given").isNotBlank()
                .isNotEqualTo("Ana Ruiz");
        assertThat(shown.mine()).isFalse();
        assertThat(comments.comments(purpose.id(), PageRequest.of(0, 10)).getContent()).hasSize(1);

        ConsolidatedInput input = board.consolidated(cycleId, Optional.empty(), Optional.empty());
        // One voice of the families: under five, so the group is hidden, as for input typed online, and its testimony
        // is in no comment total either (docs/decisions/034).
        assertThat(input.hidden()).contains(VoterGroup.FAMILY);
        assertThat(input.sections()).isEmpty();
        assertThat(input.commentsByChannel()).containsEntry(Channel.ONLINE, 0L);

        List<IntakeService.Item> items = intake.items(draftId, PageRequest.of(0, 10)).getContent();
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo(item);
            assertThat(i.sections()).containsExactly(1, 2);
            assertThat(i.group()).contains(VoterGroup.FAMILY);
            assertThat(i.correctable()).isTrue();
        });
        AuditEntry entered = audit.entries(cycleId, null, PageRequest.of(0, 5)).getContent().getFirst();
        assertThat(entered.action()).isEqualTo("intake.entered");
        assertThat(entered.after()).contains("BOARD_MEETING", "1, 2").doesNotContain("Ana Ruiz");
    }

    @Test
    void paperFormsCountByChannelAndGroupInTheBoardsFiguresAndTheCsvWithoutTheirNames() throws Exception {
        for (int i = 0; i < 5; i++) {
            intake.enter(draftId, 1, new IntakeService.NewItem(Channel.PAPER_FORM, START.plusDays(12),
                    Optional.of(VoterGroup.FAMILY), "Parent " + i + " " + run, List.of(discipline.id()), false,
                    Stance.SUPPORT, "Form " + i + " " + run, TextKind.AS_WRITTEN, i == 0 ? Locale.forLanguageTag("es") : EN));
        }
        // A letter on the draft as a whole from someone who did not say their group.
        intake.enter(draftId, 1, new IntakeService.NewItem(Channel.LETTER, START.plusDays(12), Optional.empty(), null,
                List.of(), true, Stance.QUESTION, "Letter " + run, TextKind.AS_WRITTEN, EN));

        ConsolidatedInput input = board.consolidated(cycleId, Optional.empty(), Optional.empty());
        // The one letter of "not stated" is under five: hidden, and with it the smallest shown group, as the rule
        // hides any small group (docs/decisions/009); here that is the families.
        assertThat(input.hidden()).containsExactlyInAnyOrder(VoterGroup.NOT_STATED, VoterGroup.FAMILY);
        SignedIn.as(springfield, "family-x-" + run, "Maria Lopez", PortalRole.FAMILY);
        long online = comments.post(purpose.id(), Stance.SUPPORT, "Typed online " + run, null, EN);
        for (int i = 0; i < 4; i++) {
            SignedIn.as(springfield, "educator-" + i + "-" + run, "Teacher " + i, PortalRole.EDUCATOR);
            comments.post(purpose.id(), Stance.SUPPORT, "Teacher " + i + " " + run, null, EN);
        }
        SignedIn.as(springfield, "educator-4-" + run, "Teacher 4", PortalRole.EDUCATOR);
        comments.post(purpose.id(), Stance.SUPPORT, "Teacher 4 " + run, null, EN);
        asAdmin();
        input = board.consolidated(cycleId, Optional.empty(), Optional.empty());
        assertThat(input.hidden()).containsExactlyInAnyOrder(VoterGroup.NOT_STATED, VoterGroup.EDUCATOR);
        assertThat(input.participation()).filteredOn(p -> p.group() == VoterGroup.FAMILY).singleElement()
                .satisfies(p -> {
                    assertThat(p.suppressed()).isFalse();
                    assertThat(p.participants()).as("five voices on paper and one online").isEqualTo(6L);
                    assertThat(p.comments()).isEqualTo(6L);
                    assertThat(p.ballots()).isZero();
                });
        assertThat(input.commentsByChannel())
                .containsEntry(Channel.PAPER_FORM, 5L)
                .as("one family typed online: under five, said as such").containsEntry(Channel.ONLINE, null)
                .as("the letter is of a hidden group").containsEntry(Channel.LETTER, 0L);
        assertThat(input.sections()).extracting(ConsolidatedInput.SectionComments::sectionId)
                .as("the letter on the draft as a whole is of a hidden group: no row counts it")
                .containsExactly(purpose.id(), discipline.id());
        assertThat(board.drill(cycleId, 0, Optional.empty(), Optional.empty(), PageRequest.of(0, 10)).getContent())
                .as("a hidden group's letter is never listed").isEmpty();
        // The packet prints the same breakdown by channel.
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        packet.write(cycleId, Locale.ENGLISH, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Paper form 5", "Online Fewer than 5", "Letter 0");
        }

        StringWriter csv = new StringWriter();
        exports.comments(cycleId, csv);
        assertThat(csv.toString()).contains("Form 0 " + run, "paper_form", "as_written", "online", "Typed online " + run)
                .doesNotContain("Parent 0 " + run, "Letter " + run);
        assertThat(comments.wholeDraft(drafts.version(draftId, 1).orElseThrow().id(), true, PageRequest.of(0, 5))
                .getContent()).singleElement().satisfies(c -> {
                    assertThat(c.body()).isEqualTo("Letter " + run);
                    assertThat(c.author().role()).as("not stated").isNull();
                    assertThat(c.author().groupKey()).isEqualTo("role.not_stated");
                });
        assertThat(online).isPositive();
    }

    @Test
    void aStudentsInputIsShownUnderAPseudonymLikeAnyStudents() {
        intake.enter(draftId, 1, new IntakeService.NewItem(Channel.PAPER_FORM, START.plusDays(11),
                Optional.of(VoterGroup.STUDENT), "Jordan Reyes", List.of(discipline.id()), false, Stance.CONCERN,
                "Tell us our rights " + run, TextKind.AS_WRITTEN, EN));
        Comment shown = comments.comments(discipline.id(), PageRequest.of(0, 10)).getContent().getFirst();
        assertThat(shown.author().student()).isTrue();
        assertThat(shown.author().shownAs()).isNotEqualTo("Jordan Reyes").isNotBlank();
        assertThat(comments.forPublic(discipline.id(), false, PageRequest.of(0, 10)).threads().getContent())
                .as("left out where the public does not read students' comments").isEmpty();
    }

    @Test
    void aCorrectionKeepsTheEarlierWordingIsAuditedAndStopsWhenCommentCloses() {
        long item = intake.enter(draftId, 1, new IntakeService.NewItem(Channel.EMAIL, START.plusDays(11),
                Optional.of(VoterGroup.EDUCATOR), null, List.of(discipline.id()), false, Stance.SUPPORT,
                "First wording " + run, TextKind.AS_WRITTEN, EN));
        IntakeService.Item entered = intake.items(draftId, PageRequest.of(0, 5)).getContent().getFirst();
        assertRefused(() -> intake.correct(item, entered.version() + 1, Channel.EMAIL, START.plusDays(11),
                Stance.SUPPORT, "Too late", TextKind.AS_WRITTEN), "comment.error.changed-meanwhile");
        assertRefused(() -> intake.correct(item, entered.version(), Channel.EMAIL, START.plusDays(11),
                Stance.SUPPORT, " ", TextKind.AS_WRITTEN), "intake.error.text-required");
        intake.correct(item, entered.version(), Channel.LETTER, START.plusDays(10), Stance.CONCERN,
                "Second wording " + run, TextKind.SUMMARY);

        Comment shown = comments.comments(discipline.id(), PageRequest.of(0, 10)).getContent().getFirst();
        assertThat(shown.body()).isEqualTo("Second wording " + run);
        assertThat(shown.received()).isEqualTo(new Comment.Received(Channel.LETTER, START.plusDays(10),
                TextKind.SUMMARY));
        assertThat(shown.editedAt()).isNotNull();
        assertThat(comments.earlierWordings(shown.id())).containsExactly("First wording " + run);
        assertThat(audit.entries(cycleId, null, PageRequest.of(0, 5)).getContent().getFirst().action())
                .isEqualTo("intake.corrected");

        standAt(START.plusDays(31));
        assertRefused(() -> intake.correct(item, entered.version() + 1, Channel.LETTER, START.plusDays(10),
                Stance.CONCERN, "Third", TextKind.SUMMARY), "intake.error.comment-closed");
        assertRefused(() -> intake.withdraw(item), "intake.error.comment-closed");
        assertThat(intake.items(draftId, PageRequest.of(0, 5)).getContent().getFirst().correctable()).isFalse();
        // Entering input received during the cycle still works until adoption: paper arrives late.
        intake.enter(draftId, 1, new IntakeService.NewItem(Channel.PHONE, START.plusDays(29), Optional.empty(), null,
                List.of(purpose.id()), false, Stance.QUESTION, "Phoned in " + run, TextKind.SUMMARY, EN));
    }

    @Test
    void aWithdrawnItemIsKeptButNoLongerShownOrCounted() {
        long item = intake.enter(draftId, 1, new IntakeService.NewItem(Channel.OTHER, START.plusDays(11),
                Optional.empty(), null, List.of(discipline.id()), false, Stance.SUPPORT, "Mistake " + run,
                TextKind.AS_WRITTEN, EN));
        intake.withdraw(item);
        assertThat(comments.comments(discipline.id(), PageRequest.of(0, 10)).getContent().getFirst().status())
                .isEqualTo(Comment.Status.WITHDRAWN);
        assertThat(board.consolidated(cycleId, Optional.empty(), Optional.empty()).sections()).isEmpty();
        assertThat(intake.items(draftId, PageRequest.of(0, 5)).getContent().getFirst().withdrawn()).isTrue();
        assertRefused(() -> intake.withdraw(item), "intake.error.withdrawn");
        assertThat(audit.entries(cycleId, null, PageRequest.of(0, 5)).getContent().getFirst().action())
                .isEqualTo("intake.withdrawn");
    }

    @Test
    void badInputIsRefusedWithItsReasonAndOnlyStaffMayEnter() {
        long otherDraft = drafts.createDraft(cycleId, "Another " + run, "# Other\nText.\n");
        drafts.publish(otherDraft, drafts.draft(otherDraft).orElseThrow().version());
        long elsewhere = drafts.version(otherDraft, 1).orElseThrow().sections().getFirst().id();

        assertRefused(() -> intake.enter(draftId, 1, item(Channel.PAPER_FORM, START.plusDays(11), List.of(discipline.id()),
                false, "  ")), "intake.error.text-required");
        assertRefused(() -> intake.enter(draftId, 1, item(Channel.PAPER_FORM, START.plusDays(13), List.of(discipline.id()),
                false, "Tomorrow")), "intake.error.date-future");
        assertRefused(() -> intake.enter(draftId, 1, item(Channel.PAPER_FORM, START.minusDays(1), List.of(discipline.id()),
                false, "Before")), "intake.error.date-outside-cycle");
        assertRefused(() -> intake.enter(draftId, 1, item(Channel.PAPER_FORM, null, List.of(discipline.id()),
                false, "No day")), "intake.error.date-required");
        assertRefused(() -> intake.enter(draftId, 1, item(Channel.PAPER_FORM, START.plusDays(11), List.of(elsewhere),
                false, "Wrong draft")), "intake.error.section-elsewhere");
        assertRefused(() -> intake.enter(draftId, 1, item(Channel.PAPER_FORM, START.plusDays(11), List.of(),
                false, "Nowhere")), "intake.error.sections-required");
        assertRefused(() -> intake.enter(draftId, 1, item(Channel.PAPER_FORM, START.plusDays(11), List.of(purpose.id()),
                true, "Both")), "intake.error.whole-or-sections");
        assertRefused(() -> intake.enter(draftId, 1, item(Channel.ONLINE, START.plusDays(11), List.of(purpose.id()),
                false, "Online")), "intake.error.channel");
        assertRefused(() -> intake.enter(draftId, 2, item(Channel.PAPER_FORM, START.plusDays(11), List.of(purpose.id()),
                false, "No such version")), "intake.error.version");
        assertRefused(() -> intake.enter(draftId, 1, new IntakeService.NewItem(Channel.PAPER_FORM, START.plusDays(11),
                Optional.empty(), null, List.of(purpose.id()), false, Stance.SUPPORT, "German", TextKind.AS_WRITTEN,
                Locale.GERMAN)), "intake.error.language");
        assertRefused(() -> intake.enter(draftId, 1, new IntakeService.NewItem(Channel.PAPER_FORM, START.plusDays(11),
                Optional.empty(), "x".repeat(201), List.of(purpose.id()), false, Stance.SUPPORT, "Long name",
                TextKind.AS_WRITTEN, EN)), "intake.error.name-too-long");
        assertRefused(() -> intake.enter(draftId, 1, new IntakeService.NewItem(Channel.PAPER_FORM, START.plusDays(11),
                Optional.empty(), null, List.of(purpose.id()), false, null, "No stance", TextKind.AS_WRITTEN, EN)),
                "comment.error.stance-required");
        assertRefused(() -> intake.enter(draftId, 1, new IntakeService.NewItem(Channel.PAPER_FORM, START.plusDays(11),
                Optional.empty(), null, List.of(purpose.id()), false, Stance.SUPPORT, "No kind", null, EN)),
                "intake.error.kind-required");
        assertThat(intake.items(draftId, PageRequest.of(0, 5)).getTotalElements()).isZero();

        SignedIn.as(springfield, "family-" + run, "Maria Lopez", PortalRole.FAMILY);
        assertThatThrownBy(() -> intake.enter(draftId, 1, item(Channel.PAPER_FORM, START.plusDays(11),
                List.of(purpose.id()), false, "As a parent"))).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(springfield, "moderator-" + run, "Grace Kim", PortalRole.MODERATOR);
        assertThatThrownBy(() -> intake.items(draftId, PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);

        // Another district's admin finds neither the draft nor its items.
        asAdmin();
        long item = intake.enter(draftId, 1, item(Channel.PAPER_FORM, START.plusDays(11), List.of(purpose.id()), false,
                "Springfield's " + run));
        District riverside = districts.bySlug("riverside").orElseThrow();
        SignedIn.as(riverside, "admin-" + run, "River Admin", PortalRole.DISTRICT_ADMIN);
        assertRefused(() -> intake.enter(draftId, 1, item(Channel.PAPER_FORM, START.plusDays(11),
                List.of(purpose.id()), false, "Cross")), "intake.error.draft-not-found");
        assertRefused(() -> intake.withdraw(item), "intake.error.not-found");
        assertRefused(() -> intake.items(draftId, PageRequest.of(0, 5)), "intake.error.draft-not-found");
    }

    @Test
    void nothingIsEnteredOnceTheCycleIsAdopted() {
        LocalDate vote = START.plusDays(60);
        cycles.recordMilestones(cycleId, cycles.cycle(cycleId).orElseThrow().version(),
                new org.policycommons.cycle.BoardMilestones(null, null, null, null, vote, "Adopted 5–2",
                        vote.plusDays(30), null));
        standAt(START.plusDays(61));
        cycles.markAdopted(cycleId, cycles.cycle(cycleId).orElseThrow().version(), null);
        assertRefused(() -> intake.enter(draftId, 1, item(Channel.PAPER_FORM, START.plusDays(11), List.of(purpose.id()),
                false, "After adoption")), CycleService.ADOPTED_CLOSED);
    }

    @Test
    void aBatchIsCheckedRowByRowAndImportedWholeOrItsValidRowsOnly() {
        String csv = """
                channel,received_on,group,name,sections,stance,text,text_kind,language
                paper_form,%1$s,family,Ana Ruiz,2,concern,"Keep officers out of discipline, please.\nThank you.",as_written,es
                paper_form,%2$s,parent,,9,support,Second form,as_written,en
                Paper form,%3$s,Not stated,,whole,QUESTION,Third form %4$s,summary,en
                email,%1$s,student,,1;2,maybe,,as_written,en
                """.formatted(START.plusDays(11), "2037-02-30", "1/19/2037", run);
        byte[] file = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        IntakeImport.Report report = importer.check(draftId, 1, file);
        assertThat(report.rows()).isEqualTo(4);
        assertThat(report.problems()).extracting(IntakeImport.Problem::row, IntakeImport.Problem::column,
                IntakeImport.Problem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "received_on", "intake.import.error.bad-date"),
                org.assertj.core.groups.Tuple.tuple(3, "group", "intake.import.error.unknown-group"),
                org.assertj.core.groups.Tuple.tuple(3, "sections", "intake.import.error.unknown-section"),
                org.assertj.core.groups.Tuple.tuple(5, "stance", "intake.import.error.unknown-value"));
        assertThat(report.validRows()).isEqualTo(2);

        // All or nothing, unless the admin chooses the valid rows alone.
        assertRefused(() -> importer.importRows(draftId, 1, file, false), "intake.import.error.rows-refused");
        assertThat(intake.items(draftId, PageRequest.of(0, 10)).getTotalElements()).isZero();
        assertThat(importer.importRows(draftId, 1, file, true)).isEqualTo(2);
        List<IntakeService.Item> items = intake.items(draftId, PageRequest.of(0, 10)).getContent();
        assertThat(items).extracting(IntakeService.Item::text).containsExactlyInAnyOrder(
                "Keep officers out of discipline, please.\nThank you.", "Third form " + run);
        assertThat(items).filteredOn(i -> i.text().startsWith("Third")).singleElement().satisfies(i -> {
            assertThat(i.wholeDraft()).isTrue();
            assertThat(i.group()).isEmpty();
            assertThat(i.receivedOn()).isEqualTo(LocalDate.of(2037, 1, 19));
            assertThat(i.kind()).isEqualTo(TextKind.SUMMARY);
        });
        assertThat(audit.entries(cycleId, null, PageRequest.of(0, 1)).getContent().getFirst().action())
                .isEqualTo("intake.imported");
    }

    @Test
    void aFileWithAWrongColumnOrEncodingIsRefusedWhole() {
        String wrongColumn = "channel,received_on,group,colour,sections,stance,text,text_kind,language\n"
                + "paper_form," + START.plusDays(11) + ",family,red,2,concern,Text,as_written,en\n";
        IntakeImport.Report report = importer.check(draftId, 1, wrongColumn.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(report.fileRefused()).isTrue();
        assertThat(report.problems()).extracting(IntakeImport.Problem::row, IntakeImport.Problem::column,
                IntakeImport.Problem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "colour", "intake.import.error.unknown-column"));
        assertRefused(() -> importer.importRows(draftId, 1,
                wrongColumn.getBytes(java.nio.charset.StandardCharsets.UTF_8), true), "intake.import.error.unknown-column");

        String missing = "channel,received_on,group,sections,stance,text,language\n";
        assertThat(importer.check(draftId, 1, missing.getBytes(java.nio.charset.StandardCharsets.UTF_8)).problems())
                .extracting(IntakeImport.Problem::column).containsExactly("text_kind");

        String latin1 = "channel,received_on,group,name,sections,stance,text,text_kind,language\n"
                + "paper_form," + START.plusDays(11) + ",family,,2,concern,Niño arrestado,as_written,es\n";
        assertThat(importer.check(draftId, 1, latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .problems()).extracting(IntakeImport.Problem::messageKey).containsExactly("intake.import.error.encoding");
        assertThat(importer.check(draftId, 1, new byte[0]).problems()).extracting(IntakeImport.Problem::messageKey)
                .containsExactly("intake.import.error.empty");
        assertThat(importer.check(draftId, 1, "channel,received_on,group,name,sections,stance,text,text_kind,language\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).problems())
                .extracting(IntakeImport.Problem::messageKey).containsExactly("intake.import.error.no-rows");
        assertThat(intake.items(draftId, PageRequest.of(0, 10)).getTotalElements()).isZero();

        String template = importer.template(draftId, 1);
        assertThat(template.lines().findFirst().orElseThrow()).isEqualTo("\uFEFF" + String.join(",", IntakeImport.COLUMNS));
        SignedIn.as(springfield, "family-" + run, "Maria Lopez", PortalRole.FAMILY);
        assertThatThrownBy(() -> importer.check(draftId, 1, template.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static IntakeService.NewItem item(Channel channel, LocalDate day, List<Long> sections, boolean whole,
                                              String text) {
        return new IntakeService.NewItem(channel, day, Optional.empty(), null, sections, whole, Stance.SUPPORT, text,
                TextKind.AS_WRITTEN, EN);
    }

    private void asAdmin() {
        SignedIn.as(springfield, "admin-subject", "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
    }

    private void standAt(LocalDate day) {
        clock.standAt(day.atTime(LocalTime.NOON).atZone(springfield.timeZone()).toInstant());
    }

    private static void assertRefused(ThrowingCallable action, String messageKey) {
        assertThatThrownBy(action).isInstanceOf(org.policycommons.common.RuleViolation.class)
                .extracting(e -> ((org.policycommons.common.RuleViolation) e).messageKey()).isEqualTo(messageKey);
    }
}
