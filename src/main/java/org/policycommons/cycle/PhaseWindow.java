package org.policycommons.cycle;

import java.time.LocalDate;

/**
 * When a phase is scheduled: whole days in the district's time zone, {@code opensOn} and {@code closesOn} included.
 * The adopted phase has no end ({@code closesOn} is null).
 */
public record PhaseWindow(PhaseKind kind, LocalDate opensOn, LocalDate closesOn) {
}
