package org.policycommons.vote;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A cycle's suppression decision: which stakeholder groups every view, export, drill-down and count hides, and why
 * (docs/decisions/009, 032). Made only by {@link #decide}, which {@link CycleSuppression#of} calls for a cycle.
 *
 * @param cycleId  the cycle decided on
 * @param districtId the district of that cycle: a decision is used only for the cycle and district it was made for
 * @param comments the groups whose comment figures and words are hidden: fewer than 5 people commented or voted, or
 *                 hidden with such a group so that it cannot be worked out from the totals
 * @param votes    the groups whose vote figures are hidden: fewer than 5 voters, or hidden to protect such a group
 * @param people   the people per group who commented or voted, every group listed
 * @param voters   the voters per group, every group listed
 */
public record HiddenGroups(long cycleId, long districtId, Map<VoterGroup, Why> comments, Map<VoterGroup, Why> votes, Map<VoterGroup, Long> people,
                           Map<VoterGroup, Long> voters) {

    /** Why a group is hidden. */
    public enum Why {
        /** Fewer than {@link VoterGroup#SMALLEST_SHOWN} people (or voters) in the group itself. */
        FEWER_THAN_FIVE,
        /** Enough people, but hidden with a smaller group, which the totals less this group's figures would show. */
        PROTECTS_A_SMALLER_GROUP
    }

    /**
     * The one rule: each side (people who commented or voted; voters) hides its groups under the threshold, then, the
     * smallest first, as many other groups as it takes for the hidden to add up to the threshold (Suppression).
     */
    public static HiddenGroups decide(long cycleId, long districtId, Map<VoterGroup, Long> people,
                                      Map<VoterGroup, Long> voters) {
        return new HiddenGroups(cycleId, districtId, why(people), why(voters), everyGroup(people), everyGroup(voters));
    }

    /** Whether this is the decision for that cycle of that district, the only one it may be used for. */
    public boolean isFor(long cycle, long district) {
        return cycleId == cycle && districtId == district;
    }

    private static Map<VoterGroup, Long> everyGroup(Map<VoterGroup, Long> counts) {
        Map<VoterGroup, Long> all = new EnumMap<>(VoterGroup.class);
        for (VoterGroup group : VoterGroup.values()) {
            all.put(group, counts.getOrDefault(group, 0L));
        }
        return Collections.unmodifiableMap(all);
    }

    private static Map<VoterGroup, Why> why(Map<VoterGroup, Long> counts) {
        Map<VoterGroup, Why> hidden = new EnumMap<>(VoterGroup.class);
        for (VoterGroup group : Suppression.hidden(counts)) {
            hidden.put(group, counts.getOrDefault(group, 0L) < VoterGroup.SMALLEST_SHOWN ? Why.FEWER_THAN_FIVE
                    : Why.PROTECTS_A_SMALLER_GROUP);
        }
        return Collections.unmodifiableMap(hidden);
    }

    /** The groups whose comments are neither counted nor listed nor quoted. */
    public Set<VoterGroup> commentsHidden() {
        return comments.isEmpty() ? EnumSet.noneOf(VoterGroup.class) : EnumSet.copyOf(comments.keySet());
    }

    /**
     * Whether a group's participation row (people, comments and ballots side by side) is hidden: when either side
     * hides it, or its ballots, or its people less its commenters, would tell the hidden voters apart.
     */
    public boolean rowHidden(VoterGroup group) {
        return comments.containsKey(group) || votes.containsKey(group);
    }

    /** Fewer than five voters in all: the vote's totals are one small group's figures, hidden as well. */
    public boolean allVotesHidden() {
        long total = voters.values().stream().mapToLong(Long::longValue).sum();
        return total > 0 && total < VoterGroup.SMALLEST_SHOWN;
    }
}
