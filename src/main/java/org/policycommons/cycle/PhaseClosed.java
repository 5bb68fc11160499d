package org.policycommons.cycle;

/** A phase of a cycle closed, at its date or early. Published once per phase, like {@link PhaseOpened}. */
public record PhaseClosed(long districtId, long cycleId, String cycleTitle, PhaseKind kind) {
}
