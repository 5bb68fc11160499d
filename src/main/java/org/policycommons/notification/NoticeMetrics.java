package org.policycommons.notification;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The outbox as operations see it, across every district: announcements and emails still waiting, and emails that
 * failed after their last retry. Counted in SQL when scraped, at most every 15 seconds.
 */
@Component
class NoticeMetrics {

    private static final Duration FRESH_FOR = Duration.ofSeconds(15);

    private final JdbcTemplate jdbc;
    private final AtomicLong countedAt = new AtomicLong();
    private volatile long backlog;
    private volatile long failed;

    NoticeMetrics(JdbcTemplate jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        Gauge.builder("portal.notices.outbox.backlog", this, NoticeMetrics::backlog)
                .description("Phase announcements not yet worked, plus emails waiting to be sent or retried")
                .register(registry);
        Gauge.builder("portal.notices.mail.failed", this, NoticeMetrics::failed)
                .description("Notice emails that failed after their last retry")
                .register(registry);
    }

    private double backlog() {
        refresh();
        return backlog;
    }

    private double failed() {
        refresh();
        return failed;
    }

    private void refresh() {
        long now = System.nanoTime();
        long last = countedAt.get();
        if (last != 0 && now - last < FRESH_FOR.toNanos() || !countedAt.compareAndSet(last, now)) {
            return;
        }
        Long announcements = jdbc.queryForObject("select count(*) from notice_announcement where done_at is null", Long.class);
        Long pending = jdbc.queryForObject("select count(*) from notice where mail_state = 'PENDING'", Long.class);
        backlog = (announcements == null ? 0 : announcements) + (pending == null ? 0 : pending);
        Long gaveUp = jdbc.queryForObject("select count(*) from notice where mail_state = 'FAILED'", Long.class);
        failed = gaveUp == null ? 0 : gaveUp;
    }
}
