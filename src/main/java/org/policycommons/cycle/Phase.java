package org.policycommons.cycle;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A phase as it stands.
 *
 * @param opensAt     when it opened or will open (early opening included)
 * @param closesAt    when it closed or will close; null for the adopted phase
 * @param earlyReason why an admin opened or closed it early, if they did
 */
public record Phase(PhaseKind kind, LocalDate opensOn, LocalDate closesOn, PhaseState state, Instant opensAt,
                    Instant closesAt, String earlyReason) {
}
