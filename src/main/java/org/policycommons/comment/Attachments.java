package org.policycommons.comment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.policycommons.audit.AuditLog;
import org.policycommons.comment.repository.AttachmentRecord;
import org.policycommons.comment.repository.AttachmentRepository;
import org.policycommons.comment.repository.CommentRecord;
import org.policycommons.comment.repository.CommentRepository;
import org.policycommons.comment.repository.IntakeRecord;
import org.policycommons.comment.repository.IntakeRepository;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;
import org.policycommons.identity.Roles;
import org.policycommons.participant.ParticipantService;

import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to input (docs/decisions/026): a civil-rights group or a partner attaches a position paper (PDF) to
 * its own comment while comment is open; district staff attach a scan (PDF, PNG or JPEG) to an item received outside
 * the portal. At most {@link AttachmentProperties} files and bytes each. The type is read from the file's first
 * bytes, never its name; a PDF is opened with PDFBox and refused if it is not a document, is encrypted, or carries
 * JavaScript; an image must decode. Files live in the database and are served only as downloads, to whoever may read
 * the comment they belong to. Adding and removing are audited.
 */
@Service
@Transactional(readOnly = true)
public class Attachments {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    static final int NAME_MAX = 200;

    private final AttachmentRepository attachments;
    private final CommentRepository comments;
    private final IntakeRepository items;
    private final ParticipantService participants;
    private final CycleService cycles;
    private final AttachmentProperties limits;
    private final AuditLog audit;
    private final Clock clock;

    Attachments(AttachmentRepository attachments, CommentRepository comments, IntakeRepository items,
                ParticipantService participants, CycleService cycles, AttachmentProperties limits, AuditLog audit,
                Clock clock) {
        this.attachments = attachments;
        this.comments = comments;
        this.items = items;
        this.participants = participants;
        this.cycles = cycles;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
    }

    /** A file as a list shows it, without its bytes. */
    public record Attached(long id, String fileName, String contentType, long sizeBytes) {
    }

    /** A file to download. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    /** The most bytes one file may have, for the upload fields. */
    public long maxBytes() {
        return limits.maxBytesOrDefault();
    }

    public int maxFiles() {
        return limits.maxFilesOrDefault();
    }

    /** Whether the signed-in person may attach one more position paper to this comment of theirs now. */
    public boolean canAttachTo(Comment comment) {
        return comment.attachable() && comment.attachments().size() < maxFiles();
    }

    /** A civil-rights group or partner attaches a position paper (PDF) to its own comment while comment is open. */
    @PreAuthorize("hasAnyRole('" + Roles.CIVIL_RIGHTS + "', '" + Roles.PARTNER + "')")
    @Transactional
    public long attachToComment(long commentId, String fileName, byte[] content) {
        CommentRecord comment = comments.findById(commentId)
                .orElseThrow(() -> new CycleRuleViolation("comment.error.not-found"));
        if (participants.current().map(p -> p.id() != comment.authorId()).orElse(true)) {
            throw new CycleRuleViolation("comment.error.not-yours");
        }
        if (comment.depth() != 0 || comment.withdrawnAt() != null || comment.hiddenAt() != null
                || comment.standsById() != null
                || !(PortalRole.CIVIL_RIGHTS.realmRole().equals(comment.authorRole())
                || PortalRole.PARTNER.realmRole().equals(comment.authorRole()))) {
            throw new CycleRuleViolation("attachment.error.not-here");
        }
        if (!cycles.isOpen(comment.cycleId(), PhaseKind.PUBLIC_COMMENT)) {
            throw new CycleRuleViolation("attachment.error.comment-closed");
        }
        return store(commentId, null, comment.cycleId(), fileName, content, Set.of(PDF));
    }

    /** District staff attach a scan (PDF, PNG or JPEG) to an item received outside the portal, until adoption. */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    @Transactional
    public long attachToIntake(long itemId, String fileName, byte[] content) {
        IntakeRecord item = items.findById(itemId).orElseThrow(() -> new CycleRuleViolation("intake.error.not-found"));
        if (item.withdrawnAt() != null) {
            throw new CycleRuleViolation("intake.error.withdrawn");
        }
        if (cycles.cycle(item.cycleId()).map(Cycle::adopted).orElse(true)) {
            throw new CycleRuleViolation(CycleService.ADOPTED_CLOSED);
        }
        return store(null, itemId, item.cycleId(), fileName, content, Set.of(PDF, PNG, JPEG));
    }

    /** Takes a file away: its comment's author while comment is open, or a district admin from an item. Kept. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void remove(long attachmentId) {
        AttachmentRecord file = attachments.findById(attachmentId).filter(a -> a.removedAt() == null)
                .orElseThrow(() -> new CycleRuleViolation("attachment.error.not-found"));
        PortalUser user = CurrentUser.get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
        long cycleId;
        if (file.commentId() != null) {
            CommentRecord comment = comments.findById(file.commentId()).orElseThrow();
            if (participants.current().map(p -> p.id() != comment.authorId()).orElse(true)) {
                throw new CycleRuleViolation("comment.error.not-yours");
            }
            if (!cycles.isOpen(comment.cycleId(), PhaseKind.PUBLIC_COMMENT)) {
                throw new CycleRuleViolation("attachment.error.comment-closed");
            }
            cycleId = comment.cycleId();
        } else {
            if (!user.hasRole(PortalRole.DISTRICT_ADMIN)) {
                throw new CycleRuleViolation("comment.error.not-yours");
            }
            cycleId = items.findById(file.intakeId()).orElseThrow().cycleId();
        }
        file.remove(clock.instant());
        audit.record("attachment.removed", cycleId, Map.of("attachment", attachmentId, "file", file.fileName()), null);
    }

    /**
     * The files of these comment rows, by comment id: a comment's own, and for input received outside the portal
     * its item's (shown on each of the item's rows) to those who read scans. One query.
     */
    public Map<Long, List<Attached>> of(Collection<CommentRecord> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<Long> commentIds = rows.stream().map(CommentRecord::id).toList();
        List<Long> itemIds = readsScans() ? rows.stream().map(CommentRecord::intakeId).filter(Objects::nonNull)
                .distinct().toList() : List.of();
        List<AttachmentRepository.Listed> found = attachments.listed(commentIds,
                itemIds.isEmpty() ? List.of(-1L) : itemIds);
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Attached>> byComment = new HashMap<>();
        for (CommentRecord row : rows) {
            List<Attached> own = found.stream().filter(a -> row.id().equals(a.getCommentId())
                    || (row.intakeId() != null && row.intakeId().equals(a.getIntakeId())))
                    .map(a -> new Attached(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes())).toList();
            if (!own.isEmpty()) {
                byComment.put(row.id(), own);
            }
        }
        return byComment;
    }

    /**
     * A file for a signed-in member of the district: shown with its comment, so refused when the comment is
     * withdrawn or hidden (moderators and admins still may, as they read hidden comments).
     */
    @PreAuthorize("isAuthenticated()")
    public Download download(long attachmentId) {
        boolean staff = CurrentUser.get().map(u -> u.hasRole(PortalRole.MODERATOR)
                || u.hasRole(PortalRole.DISTRICT_ADMIN)).orElse(false);
        return readable(attachmentId, true, staff, staff || readsScans())
                .orElseThrow(() -> new CycleRuleViolation("attachment.error.not-found"));
    }

    /**
     * Whether the signed-in person reads the scans of input received outside the portal: the board and district
     * staff. A scanned form or letter carries its writer's name and hand, which the portal never shows to the public
     * or to other participants (a student's least of all), so scans stay with those who weigh the input.
     */
    private static boolean readsScans() {
        return CurrentUser.get().map(u -> u.hasRole(PortalRole.BOARD) || u.hasRole(PortalRole.DISTRICT_ADMIN)
                || u.hasRole(PortalRole.MODERATOR)).orElse(false);
    }

    /** A file for anyone, signed in or not: only a position paper whose comment is on the public pages. */
    public Optional<Download> forPublic(long attachmentId, boolean withStudents) {
        return readable(attachmentId, withStudents, false, false);
    }

    private Optional<Download> readable(long attachmentId, boolean withStudents, boolean staff, boolean scans) {
        Optional<AttachmentRecord> found = attachments.findById(attachmentId).filter(a -> a.removedAt() == null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AttachmentRecord file = found.get();
        if (file.intakeId() != null && !scans) {
            return Optional.empty();
        }
        List<CommentRecord> rows = file.commentId() != null
                ? comments.findById(file.commentId()).map(List::of).orElse(List.of())
                : comments.findByIntakeIdOrderByIdAsc(file.intakeId());
        boolean shown = rows.stream().anyMatch(c -> (staff || (c.withdrawnAt() == null && c.hiddenAt() == null))
                && (withStudents || !PortalRole.STUDENT.realmRole().equals(c.authorRole())));
        return shown ? Optional.of(new Download(file.fileName(), file.contentType(), file.content())) : Optional.empty();
    }

    private long store(Long commentId, Long itemId, long cycleId, String fileName, byte[] content,
                       Set<String> allowed) {
        if (content == null || content.length == 0) {
            throw new CycleRuleViolation("attachment.error.empty");
        }
        if (content.length > maxBytes()) {
            throw new CycleRuleViolation("attachment.error.too-big", maxBytes() / (1024 * 1024));
        }
        if (attachments.countAttached(commentId, itemId) >= maxFiles()) {
            throw new CycleRuleViolation("attachment.error.too-many", maxFiles());
        }
        String type = typeOf(content).filter(allowed::contains).orElseThrow(() -> new CycleRuleViolation(
                allowed.size() == 1 ? "attachment.error.pdf-only" : "attachment.error.type"));
        if (type.equals(PDF)) {
            checkPdf(content);
        } else {
            checkImage(content);
        }
        String name = safeName(fileName, type);
        PortalUser user = CurrentUser.get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
        AttachmentRecord saved = attachments.save(new AttachmentRecord(commentId, itemId, name, type, content,
                sha256(content), user.subject(), clock.instant()));
        audit.record("attachment.added", cycleId, null, Map.of("attachment", saved.id(), "file", name, "type", type,
                "bytes", content.length, commentId != null ? "comment" : "item", commentId != null ? commentId : itemId));
        return saved.id();
    }

    /** The type a file's first bytes show: PDF, PNG or JPEG; empty for anything else. */
    static Optional<String> typeOf(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(PNG);
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    /** A real PDF document: it opens, it has pages, it is not encrypted, and nothing in it is JavaScript. */
    static void checkPdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                throw new CycleRuleViolation("attachment.error.encrypted");
            }
            if (document.getNumberOfPages() == 0) {
                throw new CycleRuleViolation("attachment.error.not-a-document");
            }
            if (scripted(document.getDocument())) {
                throw new CycleRuleViolation("attachment.error.script");
            }
        } catch (InvalidPasswordException locked) {
            throw new CycleRuleViolation("attachment.error.encrypted");
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof CycleRuleViolation refused) {
                throw refused;
            }
            throw new CycleRuleViolation("attachment.error.not-a-document");
        }
    }

    /**
     * Whether any object of the file is a JavaScript action or holds one (a {@code /JS} entry, an action of subtype
     * {@code /JavaScript}, or a document-level {@code /JavaScript} name tree): wherever it hides, it is found.
     */
    private static boolean scripted(COSDocument document) {
        List<COSObjectKey> keys = new ArrayList<>(document.getXrefTable().keySet());
        for (COSObjectKey key : keys) {
            COSObject object = document.getObjectFromPool(key);
            COSBase base = object == null ? null : object.getObject();
            if (base instanceof COSDictionary dictionary && holdsScript(dictionary)) {
                return true;
            }
        }
        return holdsScript(document.getTrailer());
    }

    private static boolean holdsScript(COSDictionary dictionary) {
        if (dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.JAVA_SCRIPT)
                || COSName.JAVA_SCRIPT.equals(dictionary.getCOSName(COSName.S))) {
            return true;
        }
        // Direct (not numbered) dictionaries inside this one, e.g. an annotation's /A or a catalog's /Names.
        for (COSBase value : dictionary.getValues()) {
            if (value instanceof COSDictionary inner && !(value instanceof COSStream)
                    && holdsScript(inner)) {
                return true;
            }
        }
        return false;
    }

    private static void checkImage(byte[] content) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
            if (image == null || image.getWidth() == 0) {
                throw new CycleRuleViolation("attachment.error.not-an-image");
            }
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof CycleRuleViolation refused) {
                throw refused;
            }
            throw new CycleRuleViolation("attachment.error.not-an-image");
        }
    }

    /** The file's own name without any folder, printable, with the extension its type has. */
    static String safeName(String given, String type) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        String extension = switch (type) {
            case PDF -> ".pdf";
            case PNG -> ".png";
            default -> ".jpg";
        };
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (base.isBlank()) {
            base = "attachment";
        }
        if (base.length() > NAME_MAX - extension.length()) {
            base = base.substring(0, NAME_MAX - extension.length());
        }
        return base + extension;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
