package org.policycommons.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The portal's clock in tests: the real time unless a test stands it at an instant (and puts it back after). */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    public void standAt(Instant instant) {
        fixed.set(instant);
    }

    /** Moves a clock that stands at an instant on by this much. */
    public void advance(java.time.Duration by) {
        fixed.updateAndGet(now -> {
            if (now == null) {
                throw new IllegalStateException("Stand the clock somewhere before advancing it");
            }
            return now.plus(by);
        });
    }

    public void reset() {
        fixed.set(null);
    }

    @Override
    public Instant instant() {
        Instant now = fixed.get();
        return now != null ? now : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return MutableClock.this.withZone(other);
            }

            @Override
            public Instant instant() {
                return MutableClock.this.instant();
            }
        };
    }
}
