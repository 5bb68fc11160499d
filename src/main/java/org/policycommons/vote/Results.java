package org.policycommons.vote;

import java.util.List;
import java.util.Map;

/**
 * A cycle's vote results, only ever in aggregate. Every group of fewer than {@link VoterGroup#SMALLEST_SHOWN} voters
 * is suppressed, and so are the next smallest groups until the hidden voters number at least that many, so that no
 * group's figures can be worked out by subtracting the others from the total.
 *
 * @param overall     each priority's figures across all voters, in rank order
 * @param groups      per group: its figures, or suppressed
 * @param topThree    each shown group's three highest-ranked priorities
 * @param divergence  the priorities whose rank differs most between shown groups, largest gap first
 */
public record Results(int voters, List<Line> overall, Map<VoterGroup, Group> groups,
                      Map<VoterGroup, List<Long>> topThree, List<Divergence> divergence) {

    /** The groups whose figures may be set side by side: shown, and with at least one voter, in group order. */
    public List<VoterGroup> comparableGroups() {
        return VoterGroup.VOTING.stream()
                .filter(g -> !groups.get(g).suppressed() && groups.get(g).voters() > 0).toList();
    }

    /** Fewer than five voters in all: the totals are not shown either. */
    public boolean overallSuppressed() {
        return voters > 0 && voters < VoterGroup.SMALLEST_SHOWN;
    }

    /** One priority's figures: points, share of all points (0–1), rank (1 = most points) and voters who gave it any. */
    public record Line(long priorityId, long points, double share, int rank, long voters) {
    }

    /**
     * A group's figures, or none if it is suppressed.
     *
     * @param small suppressed for having fewer than 5 voters itself (else to protect a smaller group)
     */
    public record Group(VoterGroup group, boolean suppressed, boolean small, long voters, List<Line> lines) {

        /** This group's figures for one priority, if it has them. */
        public java.util.Optional<Line> line(long priorityId) {
            return lines.stream().filter(l -> l.priorityId() == priorityId).findFirst();
        }
    }

    /** A priority ranked differently by the groups: its best and worst rank among them. */
    public record Divergence(long priorityId, int bestRank, VoterGroup bestGroup, int worstRank, VoterGroup worstGroup) {

        public int gap() {
            return worstRank - bestRank;
        }
    }
}
