package org.policycommons.comment.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.policycommons.comment.Channel;
import org.policycommons.comment.Stance;
import org.policycommons.comment.TextKind;
import org.policycommons.district.DistrictOwned;

/** A comment or a reply. Never deleted: withdrawing and hiding are marks, and edits keep the old wording elsewhere. */
@Entity
@Table(name = "comment")
public class CommentRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    /** Null for input on the draft as a whole, which only input received outside the portal can be. */
    @Column(name = "section_id", updatable = false)
    private Long sectionId;

    @Column(name = "section_key", updatable = false, length = 36)
    private String sectionKey;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Column(name = "root_id", updatable = false)
    private Long rootId;

    @Column(nullable = false, updatable = false)
    private int depth;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "author_role", nullable = false, updatable = false, length = 32)
    private String authorRole;

    @Column(name = "author_name", updatable = false, length = 200)
    private String authorName;

    @Column(name = "author_organisation", updatable = false, length = 200)
    private String authorOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Stance stance;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(length = 1000)
    private String quote;

    /** The language of the text the quote came from: the section's translation, or the original. */
    @Column(name = "quote_language", length = 12)
    private String quoteLanguage;

    @Column(nullable = false, updatable = false, length = 16)
    private String language;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_reason", length = 500)
    private String hiddenReason;

    @Column(name = "hidden_reason_key", length = 60)
    private String hiddenReasonKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel = Channel.ONLINE;

    /** For input received outside the portal: the day it was received, how staff entered it, and its item. */
    @Column(name = "received_on")
    private java.time.LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "text_kind", length = 16)
    private TextKind textKind;

    @Column(name = "intake_id", updatable = false)
    private Long intakeId;

    /** For an author's "I still stand by it" on a later version: the comment stood by, and its version's number. */
    @Column(name = "stands_by_id", updatable = false)
    private Long standsById;

    @Column(name = "stands_by_version", updatable = false)
    private Integer standsByVersion;

    @Version
    private long version;

    protected CommentRecord() {
    }

    /** A comment on a section ({@code parent} null) or a reply to a comment or reply. */
    public CommentRecord(Placement placement, Author author, Stance stance, String body, String quote, String language,
                         Instant now) {
        this.cycleId = placement.cycleId();
        this.draftId = placement.draftId();
        this.versionId = placement.versionId();
        this.sectionId = placement.sectionId();
        this.sectionKey = placement.sectionKey();
        this.parentId = placement.parentId();
        this.rootId = placement.rootId();
        this.depth = placement.depth();
        this.authorId = author.participantId();
        this.authorRole = author.role();
        this.authorName = author.name();
        this.authorOrganisation = author.organisation();
        this.stance = stance;
        this.body = body;
        this.quote = quote;
        this.language = language;
        this.createdAt = now;
    }

    /**
     * Input received outside the portal, as staff entered it: a comment of its item's voice on one section, or on the
     * draft as a whole ({@code placement.sectionId()} null).
     */
    public static CommentRecord received(Placement placement, Author voice, long intakeId, Channel channel,
                                         java.time.LocalDate receivedOn, Stance stance, String body, TextKind kind,
                                         String language, Instant now) {
        CommentRecord record = new CommentRecord(placement, voice, stance, body, null, language, now);
        record.intakeId = intakeId;
        record.channel = channel;
        record.receivedOn = receivedOn;
        record.textKind = kind;
        return record;
    }

    /**
     * An author's comment of an earlier version, stood by on the matching section of a later one: the same words and
     * stance, by the same author in the same role, counted as input on that version too. Its quote stays behind, as
     * the text it quoted may have changed.
     */
    public static CommentRecord standingBy(Placement placement, CommentRecord original, int originalVersion,
                                           Instant now) {
        CommentRecord record = new CommentRecord(placement, new Author(original.authorId, original.authorRole,
                original.authorName, original.authorOrganisation), original.stance, original.body, null,
                original.language, now);
        record.standsById = original.id;
        record.standsByVersion = originalVersion;
        return record;
    }

    /**
     * Where a comment sits: its section (and that section's version, draft and cycle) and, for a reply, its thread.
     * The section is null only for input received outside the portal on the draft as a whole.
     */
    public record Placement(long cycleId, long draftId, long versionId, Long sectionId, String sectionKey,
                            Long parentId, Long rootId, int depth) {
    }

    /** Who wrote it, as shown: the name is null for a student, who is shown by pseudonym only. */
    public record Author(long participantId, String role, String name, String organisation) {
    }

    public Long id() {
        return id;
    }

    public long cycleId() {
        return cycleId;
    }

    /** Its section, or 0 for input on the draft as a whole. */
    public long sectionId() {
        return sectionId == null ? 0 : sectionId;
    }

    public boolean onWholeDraft() {
        return sectionId == null;
    }

    public Channel channel() {
        return channel;
    }

    public java.time.LocalDate receivedOn() {
        return receivedOn;
    }

    public TextKind textKind() {
        return textKind;
    }

    public Long standsById() {
        return standsById;
    }

    public Integer standsByVersion() {
        return standsByVersion;
    }

    public Long intakeId() {
        return intakeId;
    }

    /** Staff correct input received outside the portal; the earlier wording is kept by the caller. */
    public void reenter(Channel newChannel, java.time.LocalDate newReceivedOn, Stance newStance, String newBody,
                        TextKind newKind, Instant now) {
        this.channel = newChannel;
        this.receivedOn = newReceivedOn;
        this.textKind = newKind;
        edit(newStance, newBody, null, now);
    }

    public long draftId() {
        return draftId;
    }

    public long versionId() {
        return versionId;
    }

    public String sectionKey() {
        return sectionKey;
    }

    public Long parentId() {
        return parentId;
    }

    public Long rootId() {
        return rootId;
    }

    public int depth() {
        return depth;
    }

    public long authorId() {
        return authorId;
    }

    public String authorRole() {
        return authorRole;
    }

    public String authorName() {
        return authorName;
    }

    public String authorOrganisation() {
        return authorOrganisation;
    }

    public Stance stance() {
        return stance;
    }

    public String body() {
        return body;
    }

    public String quote() {
        return quote;
    }

    public String quoteLanguage() {
        return quoteLanguage;
    }

    /** Records which text the quote came from. */
    public void quotedIn(String language) {
        this.quoteLanguage = language;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public Instant hiddenAt() {
        return hiddenAt;
    }

    public String hiddenReason() {
        return hiddenReason;
    }

    /** The reusable reason it was hidden with ({@code default.<code>} or {@code district.<id>}), or null. */
    public String hiddenReasonKey() {
        return hiddenReasonKey;
    }

    /** The language it was written in (a language tag), for {@code lang} on the pages that show it. */
    public String language() {
        return language;
    }

    public long version() {
        return version;
    }

    public void edit(Stance newStance, String newBody, String newQuote, Instant now) {
        this.stance = newStance;
        this.body = newBody;
        this.quote = newQuote;
        this.editedAt = now;
    }

    public void withdraw(Instant now) {
        this.withdrawnAt = now;
    }

    /** Hides it with a reason's words in the district's first language and, for a reusable reason, its key. */
    public void hide(String publicReason, String reasonKey, Instant now) {
        this.hiddenAt = now;
        this.hiddenReason = publicReason;
        this.hiddenReasonKey = reasonKey;
    }

    public void restore() {
        this.hiddenAt = null;
        this.hiddenReason = null;
        this.hiddenReasonKey = null;
    }
}
