package org.policycommons.board;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policycommons.comment.Channel;
import org.policycommons.comment.Disposition;
import org.policycommons.comment.Stance;
import org.policycommons.vote.Results;
import org.policycommons.vote.VoterGroup;

/**
 * Everything the board reads about one cycle's input, every figure counted by the database: who took part, what
 * they said on each section, how they voted, and what the district did with it. Groups of fewer than 5 people are
 * suppressed everywhere, and every comment figure, totals included, counts the groups that are shown.
 *
 * @param versionNumber the draft version the comment figures are limited to, if a filter chose one
 * @param group         the group the comment figures are limited to, if a filter chose one
 * @param participation per group; a row is suppressed if the group is hidden here or in the vote's results
 * @param commentsByLanguage the shown comments per language they were written in (a language code), the most
 *                      first; null for a language with fewer than {@link VoterGroup#SMALLEST_SHOWN}, so that a family
 *                      who alone writes in a language is not singled out
 * @param commentsByChannel the shown comments by how they reached the district (typed online, a paper form, ...),
 *                      every channel listed; null for a channel with 1 to 4, said as "fewer than 5"
 * @param acrossVersions each clause of each draft with more than one published version, across those versions
 * @param hidden        the groups whose comment figures and comments are not shown (fewer than 5 people who
 *                      commented or voted, or hidden with such a group)
 */
public record ConsolidatedInput(long cycleId, Optional<Integer> versionNumber, Optional<VoterGroup> group,
                                int enrolment, List<Participation> participation, Set<VoterGroup> hidden,
                                List<SectionComments> sections,
                                Results votes, Map<Disposition, Long> responsesByDisposition,
                                List<Unanswered> unanswered, List<VersionChange> changes,
                                Map<String, Long> commentsByLanguage, Map<Channel, Long> commentsByChannel,
                                List<SectionAcross> acrossVersions) {

    /**
     * One clause of a draft across its published versions (sections matched by their key): its shown comments on each
     * version (an author's "still stand by" counts on the later version too), and how many comments of earlier
     * versions stand on text that has changed since (or on a section the latest version removed), not stood by.
     *
     * @param number    its number in the draft's latest published version, or null if that version removed it
     * @param byVersion shown comments per version number, every published version listed (0 where none)
     */
    public record SectionAcross(long draftId, String draftTitle, String heading, Integer number,
                                Map<Integer, Long> byVersion, long carriedOnChanged) {

        public String named() {
            return number == null ? heading : number + ". " + heading;
        }
    }

    /** What one version changed from the one before, and the district responses behind each changed section. */
    public record VersionChange(String draftTitle, int from, int to, long changed, long added, long removed,
                                List<SectionChange> sections) {
    }

    /**
     * One changed, added or removed section.
     *
     * @param toNumber  its number in the newer version, or null if it was removed
     * @param responses how many responses of each disposition answer comments made here on the older version
     */
    public record SectionChange(String heading, Integer fromNumber, Integer toNumber, String change,
                                Map<Disposition, Long> responses) {
    }

    /**
     * One group's part: people who commented or voted, their comments and ballots, and for students the rate against
     * the district's enrolment (families are a count only: enrolment counts students, not families). All null when
     * the group is suppressed.
     */
    public record Participation(VoterGroup group, boolean suppressed, Long participants, Long comments, Long ballots,
                                Double rateOfEnrolment) {
    }

    /**
     * A section's comments, per group and stance, and in all, counting the shown groups only: a total that counted a
     * hidden group would be its figures when it is the only group that spoke (docs/decisions/034). Section 0 is the
     * draft as a whole: input received outside the portal that concerns no one section.
     */
    public record SectionComments(long sectionId, int number, String heading, Map<VoterGroup, Map<Stance, Long>> byGroup,
                                  long total) {

        /** "3. Arrests", or the words for the draft as a whole. */
        public String named(String wholeDraft) {
            return sectionId == 0 ? wholeDraft : number + ". " + heading;
        }
    }

    /** A comment as the drill-down lists it: de-identified like the exports. */
    public record DrillComment(long id, VoterGroup group, String shownAs, Stance stance, String text,
                               java.time.Instant createdAt, String language) {
    }

    /** A section's shown comments that no district response answers yet. */
    public record Unanswered(long sectionId, int number, String heading, long comments) {

        /** "3. Arrests", or the words for the draft as a whole (section 0). */
        public String named(String wholeDraft) {
            return sectionId == 0 ? wholeDraft : number + ". " + heading;
        }
    }
}
