package org.policycommons.participant.repository;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.policycommons.district.DistrictOwned;
import org.policycommons.participant.Participant;

@Entity
@Table(name = "participant")
public class ParticipantRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String subject;

    @Column(nullable = false, updatable = false, length = 64)
    private String pseudonym;

    @Column(length = 16)
    private String locale;

    @Column(name = "first_seen", nullable = false, updatable = false)
    private Instant firstSeen;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    protected ParticipantRecord() {
    }

    public ParticipantRecord(String subject, String pseudonym, Instant now) {
        this.subject = subject;
        this.pseudonym = pseudonym;
        this.firstSeen = now;
        this.lastSeen = now;
    }

    public void seenAt(Instant now) {
        this.lastSeen = now;
    }

    public void preferLocale(Locale preferred) {
        this.locale = preferred.toLanguageTag();
    }

    public Participant toParticipant() {
        return new Participant(id, subject, pseudonym, Optional.ofNullable(locale).map(Locale::forLanguageTag));
    }
}
