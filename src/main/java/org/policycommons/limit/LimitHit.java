package org.policycommons.limit;

import java.time.Instant;

/** Someone who reached a limit, as the moderators' queue lists them: shown as on the comment pages. */
public record LimitHit(String actorLabel, LimitedAction action, int hits, Instant firstHitAt, Instant lastHitAt) {
}
