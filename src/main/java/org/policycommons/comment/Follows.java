package org.policycommons.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.policycommons.comment.repository.FollowRecord;
import org.policycommons.comment.repository.FollowRepository;
import org.policycommons.common.RuleViolation;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.Draft;
import org.policycommons.draft.SectionRef;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.participant.Participant;
import org.policycommons.participant.ParticipantService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following a section of a published draft (by its key, so it is followed into later versions) or a whole draft:
 * the follower is told once a day of the new comments there (the notices do that, from {@link #activity}). Anyone
 * signed in to the district may follow what they can read; a section or draft of another district is not found.
 */
@Service
@Transactional(readOnly = true)
public class Follows {

    static final String NOT_FOUND = "follow.error.not-found";

    private final FollowRepository follows;
    private final DraftService drafts;
    private final ParticipantService participants;
    private final Clock clock;

    Follows(FollowRepository follows, DraftService drafts, ParticipantService participants, Clock clock) {
        this.follows = follows;
        this.drafts = drafts;
        this.participants = participants;
        this.clock = clock;
    }

    /** What the signed-in person follows in a draft: the whole of it, or sections by their keys. */
    public record Following(boolean wholeDraft, Set<String> sectionKeys) {

        public static final Following NOTHING = new Following(false, Set.of());

        public boolean section(String key) {
            return sectionKeys.contains(key);
        }
    }

    public Following following(long draftId) {
        return participants.current().map(me -> {
            List<FollowRecord> mine = follows.findByParticipantIdAndDraftId(me.id(), draftId);
            return new Following(mine.stream().anyMatch(f -> f.sectionKey().equals(FollowRecord.WHOLE_DRAFT)),
                    mine.stream().map(FollowRecord::sectionKey).filter(k -> !k.equals(FollowRecord.WHOLE_DRAFT))
                            .collect(Collectors.toUnmodifiableSet()));
        }).orElse(Following.NOTHING);
    }

    /** Follows a section of a published version; following it again changes nothing. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void followSection(long sectionId) {
        SectionRef ref = publishedSection(sectionId);
        follow(ref.draftId(), ref.section().key());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void unfollowSection(long sectionId) {
        SectionRef ref = publishedSection(sectionId);
        follows.unfollow(participants.ensureCurrent().id(), ref.draftId(), ref.section().key());
    }

    /** Follows a draft with a published version, every section of it; following it again changes nothing. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void followDraft(long draftId) {
        publishedDraft(draftId);
        follow(draftId, FollowRecord.WHOLE_DRAFT);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void unfollowDraft(long draftId) {
        publishedDraft(draftId);
        follows.unfollow(participants.ensureCurrent().id(), draftId, FollowRecord.WHOLE_DRAFT);
    }

    /** What a follower's day (or any period) came to: the new comments by others on what they follow in a draft. */
    public record Activity(long participantId, long draftId, long cycleId, long comments, int latestVersion) {
    }

    /**
     * For the district in scope, every follower's new comments by others in {@code [from, to)}, per draft, counted
     * in SQL. For the notices' daily work, not for a request.
     */
    public List<Activity> activity(Instant from, Instant to) {
        java.util.Map<Long, Integer> latest = new java.util.HashMap<>();
        return follows.activity(CurrentDistrict.require(), from, to).stream()
                .map(a -> new Activity(a.getParticipantId(), a.getDraftId(), a.getCycleId(), a.getComments(),
                        latest.computeIfAbsent(a.getDraftId(), id -> drafts.draft(id)
                                .flatMap(Draft::latestPublished).map(Draft.VersionSummary::number).orElse(1))))
                .toList();
    }

    private void follow(long draftId, String sectionKey) {
        Participant me = participants.ensureCurrent();
        follows.follow(CurrentDistrict.require(), me.id(), draftId, sectionKey, clock.instant());
    }

    private SectionRef publishedSection(long sectionId) {
        return drafts.section(sectionId).filter(SectionRef::published)
                .orElseThrow(() -> new RuleViolation(NOT_FOUND));
    }

    private void publishedDraft(long draftId) {
        drafts.draft(draftId).flatMap(Draft::latestPublished).orElseThrow(() -> new RuleViolation(NOT_FOUND));
    }
}
