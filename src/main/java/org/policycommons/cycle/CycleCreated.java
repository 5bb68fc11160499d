package org.policycommons.cycle;

/** A district admin created a cycle; published in the creating transaction, in the district's scope. */
public record CycleCreated(long districtId, long cycleId) {
}
