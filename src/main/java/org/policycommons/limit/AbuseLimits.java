package org.policycommons.limit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import org.policycommons.common.RuleViolation;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;
import org.policycommons.identity.Roles;
import org.policycommons.participant.ParticipantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Abuse limits, enforced by the services that take part in a review: each limited action is counted per person (or
 * per district, for sign-ups) in this clock minute and this UTC day, in the database, so every portal instance sees
 * the same count. Counting joins the action's transaction: an action that is refused or fails is not counted. Over a
 * limit, the action is refused with when the person may try again, and the moderators' queue lists who reached it.
 */
@Service
public class AbuseLimits {

    private static final Logger log = LoggerFactory.getLogger(AbuseLimits.class);
    /** Keeps the window's counts apart from a person's: no Keycloak subject looks like this. */
    static final String WHOLE_DISTRICT = "*district*";

    private final JdbcTemplate jdbc;
    private final LimitProperties limits;
    private final ParticipantService participants;
    private final TransactionTemplate separately;
    private final Clock clock;
    private final ExecutorService hits =
            Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("limit-hits")
                    .factory());

    AbuseLimits(JdbcTemplate jdbc, LimitProperties limits, ParticipantService participants,
                org.springframework.transaction.PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.participants = participants;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Counts one more of this action by the signed-in person, or refuses it ({@code limit.error.per-minute} or
     * {@code limit.error.per-day}, with the limit and how long until they may try again).
     */
    @Transactional
    public void count(LimitedAction action) {
        PortalUser user = CurrentUser.get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
        count(action, user.districtId(), user.subject(), () -> labelOf(user));
    }

    /**
     * Counts one more new account taking part in this district (during its first sign-in, before any session); false
     * when the district's sign-ups are over their limit, so that this one waits (it is counted at a later sign-in).
     */
    @Transactional
    public boolean countSignUp(long districtId, String subject) {
        try {
            count(LimitedAction.SIGN_UP, districtId, WHOLE_DISTRICT, () -> "New account " + subject);
            return true;
        } catch (RuleViolation overLimit) {
            log.warn("Sign-ups of district {} are over their limit; account {} waits", districtId, subject);
            return false;
        }
    }

    /** Who reached a limit lately, most recent first: for moderators and district admins. */
    @PreAuthorize("hasAnyRole('" + Roles.MODERATOR + "', '" + Roles.DISTRICT_ADMIN + "')")
    @Transactional(readOnly = true)
    public List<LimitHit> recentHits(int max) {
        return jdbc.query("""
                select actor_label, action, hits, first_hit_at, last_hit_at from limit_hit
                where district_id = ? order by last_hit_at desc limit ?""",
                (rs, row) -> new LimitHit(rs.getString(1), LimitedAction.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()),
                CurrentDistrict.require(), max);
    }

    private void count(LimitedAction action, long district, String actor, Supplier<String> label) {
        LimitProperties.Limit limit = limits.of(action);
        Instant now = clock.instant();
        refuseOver(district, actor, action, "MINUTE", now.truncatedTo(ChronoUnit.MINUTES), Duration.ofMinutes(1),
                limit.perMinute(), now, label);
        refuseOver(district, actor, action, "DAY", now.truncatedTo(ChronoUnit.DAYS), Duration.ofDays(1),
                limit.perDay(), now, label);
    }

    private void refuseOver(long district, String actor, LimitedAction action, String window, Instant start,
                            Duration length, int max, Instant now, Supplier<String> label) {
        if (max <= 0) {
            return;
        }
        java.sql.Timestamp windowStart = java.sql.Timestamp.from(start);
        // Counted in the action's transaction, which holds the window's row until it commits: requests at the same
        // moment, from any instance, take turns and never pass the limit together. The row is made by the same
        // statement when it is the window's first: an upsert takes an exclusive lock on a duplicate key, so first
        // requests at once queue behind each other instead of deadlocking, and nothing here needs a second
        // connection while the action holds one (a pool of n would otherwise stall under n requests at once).
        jdbc.update("""
                insert into usage_count (district_id, actor, action, window_kind, window_start, count)
                values (?, ?, ?, ?, ?, 1)
                on duplicate key update count = count + 1""", district, actor, action.name(), window, windowStart);
        Integer done = jdbc.queryForObject("""
                select count from usage_count
                where district_id = ? and actor = ? and action = ? and window_kind = ? and window_start = ?""",
                Integer.class, district, actor, action.name(), window, windowStart);
        if (done != null && done > max) {
            String who = label.get();
            recordLater(district, actor, who, action, now);
            long seconds = Math.max(1, Duration.between(now, start.plus(length)).toSeconds());
            if (window.equals("MINUTE")) {
                throw new RuleViolation("limit.error.per-minute", max, seconds);
            }
            throw new RuleViolation("limit.error.per-day", max, (seconds + 3599) / 3600);
        }
    }

    /**
     * The hit must outlive the refused action's transaction, which rolls back; it is written by a thread of its own,
     * which holds no other connection, so the refused request never waits for a second one.
     */
    private void recordLater(long district, String actor, String label, LimitedAction action, Instant now) {
        try {
            hits.execute(() -> {
                try {
                    separately.executeWithoutResult(status -> recordHit(district, actor, label, action, now));
                } catch (RuntimeException failed) {
                    log.warn("Could not record that {} reached the {} limit in district {}", label, action, district,
                            failed);
                }
            });
        } catch (RejectedExecutionException stopping) {
            log.info("Portal stopping: the {} limit reached by {} is not recorded", action, label);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        hits.shutdown();
        hits.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void recordHit(long district, String actor, String label, LimitedAction action, Instant now) {
        jdbc.update("""
                insert into limit_hit (district_id, actor, actor_label, action, hits, first_hit_at, last_hit_at)
                values (?, ?, ?, ?, 1, ?, ?)
                on duplicate key update hits = hits + 1, last_hit_at = ?, actor_label = ?""",
                district, actor, label, action.name(), java.sql.Timestamp.from(now), java.sql.Timestamp.from(now),
                java.sql.Timestamp.from(now), label);
        log.info("Limit reached in district {}: {} by {}", district, action, label);
    }

    /** How the comment pages show this person: a student by pseudonym, anyone else by name. */
    private String labelOf(PortalUser user) {
        if (user.hasRole(PortalRole.STUDENT)) {
            return participants.ensureCurrent().pseudonym();
        }
        return user.displayName();
    }

    /** Yesterday's windows are of no use to any limit: forget them, once a day. */
    @org.springframework.scheduling.annotation.Scheduled(cron = "0 17 3 * * *", zone = "UTC")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void forgetOldWindows() {
        int deleted = jdbc.update("delete from usage_count where window_start < ?",
                java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(2))));
        log.debug("Forgot {} old usage counts", deleted);
    }
}
