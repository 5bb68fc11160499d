package org.policycommons.cycle;

/**
 * A phase of a cycle opened, at its date or early. Published once per phase, whatever the number of portal
 * instances, inside the district's scope, and delivered after the transaction that recorded it commits.
 */
public record PhaseOpened(long districtId, long cycleId, String cycleTitle, PhaseKind kind) {
}
