package org.policycommons.notification;

import java.time.Instant;

/**
 * An in-app notice, e.g. "Public comment is open in the 2026–27 review".
 *
 * @param messageKey translation key of the text; the cycle title and phase fill it in
 * @param phase      the phase's name as in {@code PhaseKind}, or null
 * @param detailKey  translation key of another detail, e.g. a response's disposition, or null
 */
public record Notice(long id, Instant createdAt, String messageKey, Long cycleId, String cycleTitle, String phase,
                     String detailKey, boolean read) {
}
