package org.policycommons.notification.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.policycommons.district.DistrictOwned;
import org.policycommons.notification.Notice;

/** An in-app notice. Its words are not stored: they are rendered in the reader's language when shown. */
@Entity
@Table(name = "notice")
public class NoticeRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private long participantId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "message_key", nullable = false, updatable = false, length = 100)
    private String messageKey;

    @Column(name = "cycle_id", updatable = false)
    private Long cycleId;

    @Column(name = "cycle_title", updatable = false, length = 200)
    private String cycleTitle;

    @Column(updatable = false, length = 32)
    private String phase;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "detail_key", updatable = false, length = 100)
    private String detailKey;

    /** A detail that needs no translation, e.g. a version's number. */
    @Column(name = "detail_text", updatable = false, length = 100)
    private String detailText;

    /** Where the notice leads, within the district's pages (e.g. {@code /drafts/4/compare/1/2}). */
    @Column(updatable = false, length = 300)
    private String link;

    @Column(name = "announcement_id", updatable = false)
    private Long announcementId;

    @Embedded
    private Mailing mail = new Mailing();

    @Column(name = "digest_id")
    private Long digestId;

    protected NoticeRecord() {
    }

    /** A notice from an announcement, its email queued to go out at once (PENDING), in a digest (DIGEST) or not at all. */
    public NoticeRecord(long participantId, AnnouncementRecord announcement, Instant createdAt, MailState mail) {
        this.participantId = participantId;
        this.announcementId = announcement.id();
        this.createdAt = createdAt;
        this.messageKey = announcement.messageKey();
        this.cycleId = announcement.cycleId();
        this.cycleTitle = announcement.cycleTitle();
        this.phase = announcement.phase();
        this.mail = new Mailing(mail, createdAt);
    }

    public Long id() {
        return id;
    }

    /** A notice to one person about something that concerns them, e.g. a response to their comment. */
    public NoticeRecord(long participantId, Instant createdAt, String messageKey, long cycleId, String cycleTitle,
                        String detailKey, MailState mail) {
        this.participantId = participantId;
        this.createdAt = createdAt;
        this.messageKey = messageKey;
        this.cycleId = cycleId;
        this.cycleTitle = cycleTitle;
        this.detailKey = detailKey;
        this.mail = new Mailing(mail, createdAt);
    }

    /** A notice with a phase of its own (e.g. the vote closing soon) and no announcement. */
    public NoticeRecord withPhase(String phaseName) {
        this.phase = phaseName;
        return this;
    }

    /** The same notice with a detail of its own and a link within the district's pages. */
    public NoticeRecord withDetail(String text, String districtPath) {
        this.detailText = text;
        this.link = districtPath;
        return this;
    }

    public String detailText() {
        return detailText;
    }

    public String link() {
        return link;
    }

    public String messageKey() {
        return messageKey;
    }

    public String detailKey() {
        return detailKey;
    }

    public long participantId() {
        return participantId;
    }

    public Long cycleId() {
        return cycleId;
    }

    public String cycleTitle() {
        return cycleTitle;
    }

    public String phase() {
        return phase;
    }

    /** Where its email stands. */
    public Mailing mail() {
        return mail;
    }

    public Notice toNotice() {
        return new Notice(id, createdAt, messageKey, cycleId, cycleTitle, phase, detailKey, detailText, link,
                readAt != null);
    }
}
