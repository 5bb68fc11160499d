package org.policycommons.comment;

import java.util.Set;

/**
 * The district answered comments: their authors, and those who co-signed them, are to be told. Published in the
 * district's scope, in the answer's transaction.
 */
public record ResponseGiven(long districtId, long cycleId, String cycleTitle, long responseId, Disposition disposition,
                            Set<Long> authorParticipantIds, Set<Long> cosignerParticipantIds) {
}
