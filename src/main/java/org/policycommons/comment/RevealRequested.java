package org.policycommons.comment;

/**
 * A district admin asked to learn who wrote a student's comment: every other admin of the district is to be told, so
 * that one of them approves or declines. Published in the district's scope, in the request's transaction.
 */
public record RevealRequested(long districtId, long cycleId, String cycleTitle, long requestId,
                              String requestedBySubject) {
}
