package org.policycommons.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.policycommons.common.RuleViolation;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.participant.Participant;
import org.policycommons.participant.ParticipantService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one-click unsubscribe link of every email: it names the person and when it expires, and is signed with the
 * district's own key (HMAC-SHA256, kept in the database, made at first use), so nobody can make one for someone else
 * or change its date. Used without signing in, it turns that person's emails off; in-app notices still arrive.
 */
@Service
public class Unsubscribes {

    /** How long an email's link works. */
    static final Duration VALID_FOR = Duration.ofDays(90);
    public static final String FORGED = "unsubscribe.error.forged";
    public static final String EXPIRED = "unsubscribe.error.expired";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final JdbcTemplate jdbc;
    private final ParticipantService participants;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final TransactionTemplate ownTransaction;

    Unsubscribes(JdbcTemplate jdbc, ParticipantService participants, Clock clock,
                 PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.participants = participants;
        this.clock = clock;
    }

    /** A signed token for this person of the district in scope, valid for {@link #VALID_FOR}. */
    public String token(long participantId) {
        long expires = clock.instant().plus(VALID_FOR).getEpochSecond();
        String payload = participantId + "." + expires;
        return payload + "." + sign(payload);
    }

    /** The person a token names, if its signature is the district's and it has not expired; else the refusal. */
    public Participant check(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,18}")) {
            throw new RuleViolation(FORGED);
        }
        String payload = parts[0] + "." + parts[1];
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
            throw new RuleViolation(FORGED);
        }
        if (Instant.ofEpochSecond(Long.parseLong(parts[1])).isBefore(clock.instant())) {
            throw new RuleViolation(EXPIRED);
        }
        long participantId = Long.parseLong(parts[0]);
        return participants.byIds(List.of(participantId)).values().stream().findFirst()
                .orElseThrow(() -> new RuleViolation(FORGED));
    }

    /** Turns the named person's emails off, once the token is checked. */
    @Transactional
    public Participant unsubscribe(String token) {
        Participant person = check(token);
        participants.stopEmails(person.id());
        return person;
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            mac.update(("district " + CurrentDistrict.require() + ": " + payload).getBytes(StandardCharsets.UTF_8));
            return BASE64.encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /**
     * The district's key; the first instance to need it makes it, any other reads the one made. Made in a transaction
     * of its own, so that links already sent stay valid whatever becomes of the caller's.
     */
    private byte[] key() {
        long district = CurrentDistrict.require();
        Optional<byte[]> existing = read(district);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return ownTransaction.execute(status -> {
            jdbc.update("insert ignore into signing_key (district_id, secret, created_at) values (?, ?, ?)", district,
                    secret, java.sql.Timestamp.from(clock.instant()));
            return read(district).orElseThrow();
        });
    }

    private Optional<byte[]> read(long district) {
        return jdbc.query("select secret from signing_key where district_id = ?",
                (row, n) -> row.getBytes(1), district).stream().findFirst();
    }
}
