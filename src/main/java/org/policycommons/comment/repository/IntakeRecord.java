package org.policycommons.comment.repository;

import java.time.Instant;
import java.time.LocalDate;

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

/**
 * One item of input received outside the portal, as district staff entered it. It speaks through comment rows (one
 * per section it concerns, or one on the draft as a whole) written with it; the name it may carry is never shown.
 */
@Entity
@Table(name = "intake_item")
public class IntakeRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "voice_id", nullable = false, updatable = false)
    private long voiceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "declared_role", nullable = false, updatable = false, length = 32)
    private String declaredRole;

    @Column(name = "given_name", length = 200)
    private String givenName;

    @Column(name = "whole_draft", nullable = false, updatable = false)
    private boolean wholeDraft;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Stance stance;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "text_kind", nullable = false, length = 16)
    private TextKind textKind;

    @Column(nullable = false, updatable = false, length = 16)
    private String language;

    @Column(name = "entered_by", nullable = false, updatable = false, length = 64)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false, updatable = false)
    private Instant enteredAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected IntakeRecord() {
    }

    /** Where an item sits and whose voice it is. */
    public record Placement(long cycleId, long draftId, long versionId, long voiceId, boolean wholeDraft) {
    }

    /** What staff entered, and may correct while comment is open. */
    public record Entry(Channel channel, LocalDate receivedOn, Stance stance, String body, TextKind textKind) {
    }

    public IntakeRecord(Placement placement, String declaredRole, String givenName, Entry entry, String language,
                        String enteredBy, Instant now) {
        this.cycleId = placement.cycleId();
        this.draftId = placement.draftId();
        this.versionId = placement.versionId();
        this.voiceId = placement.voiceId();
        this.wholeDraft = placement.wholeDraft();
        this.declaredRole = declaredRole;
        this.givenName = givenName;
        this.language = language;
        this.enteredBy = enteredBy;
        this.enteredAt = now;
        apply(entry);
    }

    public void correct(Entry entry, Instant now) {
        apply(entry);
        this.editedAt = now;
    }

    private void apply(Entry entry) {
        this.channel = entry.channel();
        this.receivedOn = entry.receivedOn();
        this.stance = entry.stance();
        this.body = entry.body();
        this.textKind = entry.textKind();
    }

    public void withdraw(Instant now) {
        this.withdrawnAt = now;
    }

    public Entry entry() {
        return new Entry(channel, receivedOn, stance, body, textKind);
    }

    public Long id() {
        return id;
    }

    public long cycleId() {
        return cycleId;
    }

    public long draftId() {
        return draftId;
    }

    public long versionId() {
        return versionId;
    }

    public long voiceId() {
        return voiceId;
    }

    public String declaredRole() {
        return declaredRole;
    }

    public String givenName() {
        return givenName;
    }

    public boolean wholeDraft() {
        return wholeDraft;
    }

    public String language() {
        return language;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public Instant enteredAt() {
        return enteredAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public long version() {
        return version;
    }
}
