package org.policycommons.notification;

import java.time.Instant;

/**
 * An in-app notice, e.g. "Public comment is open in the 2026–27 review".
 *
 * @param messageKey translation key of the text; the cycle title and phase fill it in
 * @param phase      the phase's name as in {@code PhaseKind}, or null
 * @param detailKey  translation key of another detail, e.g. a response's disposition, or null
 * @param detailText a detail that needs no translation, e.g. a version's number, or null
 * @param link       where the notice leads within the district's pages, e.g. a redline, or null
 */
public record Notice(long id, Instant createdAt, String messageKey, Long cycleId, String cycleTitle, String phase,
                     String detailKey, String detailText, String link, boolean read) {
}
