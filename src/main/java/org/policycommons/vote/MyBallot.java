package org.policycommons.vote;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The signed-in voter's own ballot: the only ballot anyone ever sees. */
public record MyBallot(Map<Long, Integer> points, Optional<Instant> savedAt) {

    public int spent() {
        return points.values().stream().mapToInt(Integer::intValue).sum();
    }
}
