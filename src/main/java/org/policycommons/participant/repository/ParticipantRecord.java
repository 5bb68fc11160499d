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
import org.policycommons.participant.EmailDigest;
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

    @Column(length = 254)
    private String email;

    /** Realm roles at the last sign-in, comma-separated, e.g. {@code family,educator}. */
    @Column(nullable = false, length = 200)
    private String roles = "";

    @Column(name = "email_notices", nullable = false)
    private boolean emailNotices = true;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "email_digest", nullable = false, length = 16)
    private EmailDigest emailDigest = EmailDigest.EACH;

    @Column(name = "last_sign_in")
    private Instant lastSignIn;

    /** Raised only by {@code ParticipantRepository.raiseAccessVersion}, never written back from here. */
    @Column(name = "access_version", nullable = false, insertable = false, updatable = false)
    private int accessVersion;

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

    /** A sign-in, as opposed to being listed by the realm: both count as seen, only this as a sign-in. */
    public void signedInAt(Instant now) {
        this.lastSeen = now;
        this.lastSignIn = now;
    }


    /** As the realm says at this sign-in: roles change in Keycloak, and so may the address. */
    public void contact(String newEmail, java.util.Collection<String> realmRoles) {
        this.email = newEmail;
        this.roles = String.join(",", new java.util.TreeSet<>(realmRoles));
    }

    /** As the realm lists them now: its address wins, the role is added, and its language fills a gap only. */
    public void listedInRealm(Optional<String> realmEmail, String realmRole, Optional<Locale> realmLocale) {
        realmEmail.ifPresent(address -> this.email = address);
        java.util.Set<String> all = new java.util.TreeSet<>(roles.isEmpty() ? java.util.Set.of()
                : java.util.Set.of(roles.split(",")));
        all.add(realmRole);
        this.roles = String.join(",", all);
        if (locale == null) {
            realmLocale.ifPresent(this::preferLocale);
        }
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public void wantEmailNotices(boolean wanted) {
        this.emailNotices = wanted;
    }

    public void chooseEmailDigest(EmailDigest digest) {
        this.emailDigest = digest;
    }

    public void preferLocale(Locale preferred) {
        this.locale = preferred.toLanguageTag();
    }

    public Participant toParticipant() {
        return new Participant(id, subject, pseudonym, Optional.ofNullable(locale).map(Locale::forLanguageTag),
                Optional.ofNullable(email), roles.isEmpty() ? java.util.Set.of() : java.util.Set.of(roles.split(",")),
                emailNotices, emailDigest, Optional.ofNullable(lastSignIn));
    }
}
