package org.policycommons.vote;

/**
 * How a cycle's ballot is filled: points to spread, and the most one priority may take.
 */
public record VoteSetup(int budget, int cap) {

    public static final VoteSetup DEFAULT = new VoteSetup(10, 5);
}
