package org.policycommons.vote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policycommons.vote.repository.BallotPointsRepository;

/**
 * How a ballot is counted: the priority vote's tally, from the points the database summed per group and priority.
 * Each voter spreads points over the priorities; a priority's rank is by its points, equal points sharing a rank.
 */
public final class Tally {

    private Tally() {
    }

    /**
     * Counts a cycle's ballots: each priority's points, share of all points, rank and voters, over all voters and per
     * group, under the cycle's suppression decision (a hidden group has no figures here, and with fewer than five voters
     * in all the totals are hidden too); then each shown group's top three and the priorities the shown groups rank
     * most differently.
     *
     * @param rows points and voters per group and priority, summed by the database
     */
    public static Results count(List<Priority> list, HiddenGroups hidden, List<BallotPointsRepository.Tally> rows) {
        Map<VoterGroup, Long> voters = hidden.voters();
        Map<VoterGroup, Map<Long, long[]>> byGroup = new EnumMap<>(VoterGroup.class);
        Map<Long, long[]> overall = new HashMap<>();
        for (BallotPointsRepository.Tally row : rows) {
            VoterGroup group = VoterGroup.valueOf(row.getVoterGroup());
            add(byGroup.computeIfAbsent(group, g -> new HashMap<>()), row.getPriorityId(), row.getPoints(), row.getVoters());
            add(overall, row.getPriorityId(), row.getPoints(), row.getVoters());
        }
        Map<VoterGroup, Results.Group> groups = new EnumMap<>(VoterGroup.class);
        Map<VoterGroup, List<Long>> topThree = new EnumMap<>(VoterGroup.class);
        for (VoterGroup group : VoterGroup.VOTING) {
            long count = voters.getOrDefault(group, 0L);
            HiddenGroups.Why why = hidden.votes().get(group);
            if (why != null) {
                groups.put(group, new Results.Group(group, true, why == HiddenGroups.Why.FEWER_THAN_FIVE, 0, List.of()));
                continue;
            }
            List<Results.Line> lines = lines(list, byGroup.getOrDefault(group, Map.of()));
            groups.put(group, new Results.Group(group, false, false, count, lines));
            if (count > 0) {
                topThree.put(group, lines.stream().limit(3).map(Results.Line::priorityId).toList());
            }
        }
        long total = voters.values().stream().mapToLong(Long::longValue).sum();
        // With fewer than five voters in all, the totals are one small group's figures: hidden as well.
        List<Results.Line> overallLines = hidden.allVotesHidden() ? List.of() : lines(list, overall);
        return new Results((int) total, overallLines, groups, topThree, divergence(list, groups));
    }

    private static void add(Map<Long, long[]> into, long priorityId, long points, long voters) {
        long[] sums = into.computeIfAbsent(priorityId, k -> new long[2]);
        sums[0] += points;
        sums[1] += voters;
    }

    /** Lines in rank order; equal points share a rank (1, 2, 2, 4), and then the list's own order decides. */
    private static List<Results.Line> lines(List<Priority> list, Map<Long, long[]> sums) {
        long totalPoints = sums.values().stream().mapToLong(s -> s[0]).sum();
        List<Priority> ordered = new ArrayList<>(list);
        ordered.sort(Comparator.comparingLong((Priority p) -> -sums.getOrDefault(p.id(), new long[2])[0])
                .thenComparingInt(Priority::position));
        List<Results.Line> lines = new ArrayList<>();
        long previous = -1;
        int rank = 0;
        for (int i = 0; i < ordered.size(); i++) {
            long[] s = sums.getOrDefault(ordered.get(i).id(), new long[2]);
            if (s[0] != previous) {
                rank = i + 1;
                previous = s[0];
            }
            lines.add(new Results.Line(ordered.get(i).id(), s[0], totalPoints == 0 ? 0 : (double) s[0] / totalPoints,
                    rank, s[1]));
        }
        return lines;
    }

    private static List<Results.Divergence> divergence(List<Priority> list, Map<VoterGroup, Results.Group> groups) {
        List<Results.Divergence> found = new ArrayList<>();
        for (Priority priority : list) {
            Results.Divergence best = null;
            int bestRank = Integer.MAX_VALUE;
            int worstRank = Integer.MIN_VALUE;
            VoterGroup bestGroup = null;
            VoterGroup worstGroup = null;
            for (Results.Group group : groups.values()) {
                if (group.suppressed() || group.voters() == 0) {
                    continue;
                }
                int rank = group.lines().stream().filter(l -> l.priorityId() == priority.id()).findFirst()
                        .map(Results.Line::rank).orElse(list.size());
                if (rank < bestRank) {
                    bestRank = rank;
                    bestGroup = group.group();
                }
                if (rank > worstRank) {
                    worstRank = rank;
                    worstGroup = group.group();
                }
            }
            if (bestGroup != null && worstRank > bestRank) {
                best = new Results.Divergence(priority.id(), bestRank, bestGroup, worstRank, worstGroup);
                found.add(best);
            }
        }
        found.sort(Comparator.comparingInt(Results.Divergence::gap).reversed());
        return found.stream().limit(5).toList();
    }
}
