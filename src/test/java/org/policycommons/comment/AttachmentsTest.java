package org.policycommons.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.policycommons.common.RuleViolation;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.Section;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;
import org.policycommons.support.TestFiles;
import org.policycommons.vote.VoterGroup;

import javax.imageio.ImageIO;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Files attached to input on the real database: a civil-rights group's position paper and a scan of a paper form are
 * accepted, listed with their comment and served to whoever reads it; a file of the wrong type (whatever its name), too
 * big, one too many, an encrypted PDF and a PDF with JavaScript are refused with their reason.
 */
class AttachmentsTest extends PortalIntegrationTest {

    private static final LocalDate START = LocalDate.of(2035, 6, 8);

    @Autowired
    Attachments attachments;
    @Autowired
    CommentService comments;
    @Autowired
    IntakeService intake;
    @Autowired
    ModerationService moderation;
    @Autowired
    DraftService drafts;
    @Autowired
    CycleService cycles;
    @Autowired
    DistrictDirectory districts;

    private District springfield;
    private Section section;
    private long draftId;
    private String run;

    @BeforeEach
    void aPublishedDraftWithCommentOpen() {
        springfield = districts.bySlug("springfield").orElseThrow();
        run = UUID.randomUUID().toString().substring(0, 8);
        standAt(START.minusDays(1));
        asAdmin();
        long cycleId = cycles.createCycle(CyclePlans.sample(START));
        draftId = drafts.createDraft(cycleId, "Attachments " + run, "# Data\nThe district publishes arrest data.\n");
        drafts.publish(draftId, drafts.draft(draftId).orElseThrow().version());
        section = drafts.version(draftId, 1).orElseThrow().sections().getFirst();
        standAt(START.plusDays(12));
    }

    @Test
    void aCivilRightsGroupAttachesAPositionPaperThatReadersDownload() throws IOException {
        asCivilRights();
        long commentId = comments.post(section.id(), Stance.SUGGESTION, "See our paper " + run, null, Locale.ENGLISH);
        byte[] paper = TestFiles.pdf(false, false);
        long id = attachments.attachToComment(commentId, "../../papers/Position paper.PDF", paper);

        Comment shown = comments.comments(section.id(), PageRequest.of(0, 5)).getContent().getFirst();
        assertThat(shown.attachments()).singleElement().satisfies(file -> {
            assertThat(file.id()).isEqualTo(id);
            assertThat(file.fileName()).as("no folder, the type's extension").isEqualTo("Position paper.pdf");
            assertThat(file.contentType()).isEqualTo(Attachments.PDF);
            assertThat(file.sizeBytes()).isEqualTo(paper.length);
        });
        assertThat(shown.attachable()).isTrue();
        assertThat(attachments.download(id).content()).isEqualTo(paper);
        assertThat(attachments.forPublic(id, false)).get().extracting(Attachments.Download::contentType)
                .isEqualTo(Attachments.PDF);

        // Whatever its name, a file that is not a PDF is refused; so is an empty or an oversized one.
        byte[] image = png();
        assertRefused(() -> attachments.attachToComment(commentId, "paper.pdf", image), "attachment.error.pdf-only");
        assertRefused(() -> attachments.attachToComment(commentId, "notes.pdf",
                "Just some text".getBytes(StandardCharsets.UTF_8)), "attachment.error.pdf-only");
        assertRefused(() -> attachments.attachToComment(commentId, "empty.pdf", new byte[0]), "attachment.error.empty");
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 8);
        assertRefused(() -> attachments.attachToComment(commentId, "huge.pdf", huge), "attachment.error.too-big");
        assertRefused(() -> attachments.attachToComment(commentId, "locked.pdf", TestFiles.pdf(true, false)),
                "attachment.error.encrypted");
        assertRefused(() -> attachments.attachToComment(commentId, "scripted.pdf", TestFiles.pdf(false, true)),
                "attachment.error.script");
        byte[] broken = Arrays.copyOf(paper, 40);
        assertRefused(() -> attachments.attachToComment(commentId, "broken.pdf", broken),
                "attachment.error.not-a-document");

        attachments.attachToComment(commentId, "two.pdf", paper);
        attachments.attachToComment(commentId, "three.pdf", paper);
        assertRefused(() -> attachments.attachToComment(commentId, "four.pdf", paper), "attachment.error.too-many");

        // Once removed, or once its comment is hidden, a file is no longer served to the public.
        attachments.remove(id);
        assertThat(attachments.forPublic(id, true)).isEmpty();
        assertThat(comments.comments(section.id(), PageRequest.of(0, 5)).getContent().getFirst().attachments())
                .extracting(Attachments.Attached::fileName).containsExactly("two.pdf", "three.pdf");
        long two = comments.comments(section.id(), PageRequest.of(0, 5)).getContent().getFirst().attachments()
                .getFirst().id();
        SignedIn.as(springfield, "moderator-" + run, "Grace Kim", PortalRole.MODERATOR);
        moderation.hide(commentId, "default.personal-attack", null);
        assertThat(attachments.forPublic(two, true)).isEmpty();
        assertThat(attachments.download(two).fileName()).as("moderators still read it").isEqualTo("two.pdf");
        SignedIn.as(springfield, "family-" + run, "Maria Lopez", PortalRole.FAMILY);
        assertRefused(() -> attachments.download(two), "attachment.error.not-found");

        // Another district finds nothing.
        SignedIn.as(districts.bySlug("riverside").orElseThrow(), "admin-" + run, "River Admin",
                PortalRole.DISTRICT_ADMIN);
        assertRefused(() -> attachments.download(two), "attachment.error.not-found");
    }

    @Test
    void onlyTheAuthorAsAGroupOrPartnerAttachesAndOnlyWhileCommentIsOpen() throws IOException {
        byte[] paper = TestFiles.pdf(false, false);
        SignedIn.as(springfield, "family-" + run, "Maria Lopez", PortalRole.FAMILY);
        long familyComment = comments.post(section.id(), Stance.SUPPORT, "Family " + run, null, Locale.ENGLISH);
        assertThatThrownBy(() -> attachments.attachToComment(familyComment, "p.pdf", paper))
                .isInstanceOf(AccessDeniedException.class);
        asCivilRights();
        assertRefused(() -> attachments.attachToComment(familyComment, "p.pdf", paper), "comment.error.not-yours");
        long own = comments.post(section.id(), Stance.SUPPORT, "Ours " + run, null, Locale.ENGLISH);
        standAt(START.plusDays(31));
        assertRefused(() -> attachments.attachToComment(own, "p.pdf", paper), "attachment.error.comment-closed");
        assertThat(comments.comments(section.id(), PageRequest.of(0, 5)).getContent())
                .filteredOn(c -> c.id() == own).singleElement().extracting(Comment::attachable).isEqualTo(false);
    }

    @Test
    void staffAttachAScanToInputReceivedOutsideThePortal() throws IOException {
        long item = intake.enter(draftId, 1, new IntakeService.NewItem(Channel.PAPER_FORM, START.plusDays(11),
                Optional.of(VoterGroup.STUDENT), null, List.of(section.id()), false, Stance.CONCERN, "Scanned " + run,
                TextKind.AS_WRITTEN, Locale.ENGLISH));
        byte[] scan = png();
        long id = attachments.attachToIntake(item, "form.png", scan);
        attachments.attachToIntake(item, "form", jpeg());
        assertRefused(() -> attachments.attachToIntake(item, "form.gif", gif()), "attachment.error.type");

        Comment shown = comments.comments(section.id(), PageRequest.of(0, 5)).getContent().getFirst();
        assertThat(shown.attachments()).extracting(Attachments.Attached::fileName, Attachments.Attached::contentType)
                .containsExactly(Tuple.tuple("form.png", Attachments.PNG),
                        Tuple.tuple("form.jpg", Attachments.JPEG));
        assertThat(intake.items(draftId, PageRequest.of(0, 5)).getContent().getFirst().files()).hasSize(2);
        // A scan carries its writer's name and hand: never public, never to other participants; the board reads it.
        assertThat(attachments.forPublic(id, false)).isEmpty();
        assertThat(attachments.forPublic(id, true)).isEmpty();
        SignedIn.as(springfield, "board-" + run, "Grace Kim", PortalRole.BOARD);
        assertThat(attachments.download(id).content()).isEqualTo(scan);
        assertThat(comments.comments(section.id(), PageRequest.of(0, 5)).getContent().getFirst().attachments())
                .hasSize(2);
        SignedIn.as(springfield, "family-" + run, "Maria Lopez", PortalRole.FAMILY);
        assertThat(comments.comments(section.id(), PageRequest.of(0, 5)).getContent().getFirst().attachments())
                .isEmpty();
        assertRefused(() -> attachments.download(id), "attachment.error.not-found");
        assertThatThrownBy(() -> attachments.attachToIntake(item, "form.png", scan))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static byte[] png() throws IOException {
        return image("png");
    }

    private static byte[] jpeg() throws IOException {
        return image("jpg");
    }

    private static byte[] gif() throws IOException {
        return image("gif");
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(20, 10,
                BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private void asAdmin() {
        SignedIn.as(springfield, "admin-subject", "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
    }

    private void asCivilRights() {
        SignedIn.as(springfield, "civil-" + run, "Aisha Johnson", PortalRole.CIVIL_RIGHTS);
    }

    private void standAt(LocalDate day) {
        clock.standAt(day.atTime(LocalTime.NOON).atZone(springfield.timeZone()).toInstant());
    }

    private static void assertRefused(ThrowingCallable action, String messageKey) {
        assertThatThrownBy(action).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo(messageKey);
    }
}
