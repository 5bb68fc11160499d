package org.policycommons.vote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which stakeholder groups a report must hide, in every view and export (docs/decisions/009). */
public final class Suppression {

    private Suppression() {
    }

    /**
     * Groups under the threshold, plus, smallest first, as many shown groups as it takes for the hidden voters to add
     * up to the threshold: otherwise the hidden groups' figures are the totals minus the shown ones (one hidden student
     * and one hidden civil-rights member could each subtract their own ballot and read the other's).
     */
    public static Set<VoterGroup> hidden(Map<VoterGroup, Long> voters) {
        Set<VoterGroup> hidden = new HashSet<>();
        List<VoterGroup> shown = new ArrayList<>();
        for (VoterGroup group : VoterGroup.values()) {
            long count = voters.getOrDefault(group, 0L);
            if (count > 0 && count < VoterGroup.SMALLEST_SHOWN) {
                hidden.add(group);
            } else if (count >= VoterGroup.SMALLEST_SHOWN) {
                shown.add(group);
            }
        }
        shown.sort(Comparator.comparingLong(voters::get));
        long hiddenVoters = hidden.stream().mapToLong(voters::get).sum();
        for (VoterGroup next : shown) {
            if (hidden.isEmpty() || hiddenVoters >= VoterGroup.SMALLEST_SHOWN) {
                break;
            }
            hidden.add(next);
            hiddenVoters += voters.get(next);
        }
        // A group nobody voted in is shown as such: zero reveals no one.
        return hidden;
    }
}
