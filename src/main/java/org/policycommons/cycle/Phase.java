package org.policycommons.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A phase as it stands.
 *
 * @param opensAt     when it opened or will open (early opening included)
 * @param closesAt    when it closed or will close; null for the adopted phase
 * @param openedEarlyReason why an admin opened it early, if they did
 * @param closedEarlyReason why an admin closed it early, if they did
 * @param asOf              the district's date at the instant the state was computed (for "days left")
 */
public record Phase(PhaseKind kind, LocalDate opensOn, LocalDate closesOn, PhaseState state, Instant opensAt,
                    Instant closesAt, Optional<String> openedEarlyReason, Optional<String> closedEarlyReason,
                    LocalDate asOf) {

    /** The last day on which it is open, in the district's calendar; null for the adopted phase, which never closes. */
    public LocalDate lastDay(java.time.ZoneId zone) {
        if (closesAt == null) {
            return null;
        }
        java.time.ZonedDateTime closing = closesAt.atZone(zone);
        return closing.toLocalDate().minusDays(closing.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? 1 : 0);
    }
}
