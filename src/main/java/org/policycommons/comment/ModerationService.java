package org.policycommons.comment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policycommons.audit.AuditLog;
import org.policycommons.comment.repository.CommentRecord;
import org.policycommons.comment.repository.CommentRepository;
import org.policycommons.comment.repository.FlagRecord;
import org.policycommons.comment.repository.FlagRepository;
import org.policycommons.comment.repository.ModerationActRecord;
import org.policycommons.comment.repository.ModerationActRepository;
import org.policycommons.comment.repository.RevealRequestRecord;
import org.policycommons.comment.repository.RevealRequestRepository;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.cycle.CycleService;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.KeycloakDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;
import org.policycommons.participant.Participant;
import org.policycommons.participant.ParticipantService;
import org.policycommons.text.Translated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderators and district admins work the queue of flagged comments: hide one with a public reason, restore it, or
 * dismiss its flags. Nothing is deleted, every act is audited, and the public log counts acts and reasons, never the
 * text. Learning who a student is takes two district admins (one asks with a reason, another approves), and each
 * step is audited.
 */
@Service
@Transactional(readOnly = true)
public class ModerationService {

    private final CommentRepository comments;
    private final FlagRepository flags;
    private final ModerationActRepository acts;
    private final ParticipantService participants;
    private final KeycloakDirectory directory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RevealRequestRepository reveals;
    private final CycleService cycles;
    private final ModerationReasons reasonList;

    /** Revealing a student takes district admins: moderators (often volunteers) may not. */
    static final String ADMINS = "hasRole('" + org.policycommons.identity.Roles.DISTRICT_ADMIN + "')";

    ModerationService(CommentRepository comments, FlagRepository flags, ModerationActRepository acts,
                      ParticipantService participants, KeycloakDirectory directory, AuditLog audit,
                      ApplicationEventPublisher events, Clock clock, RevealRequestRepository reveals,
                      CycleService cycles, ModerationReasons reasonList) {
        this.reasonList = reasonList;
        this.reveals = reveals;
        this.cycles = cycles;
        this.comments = comments;
        this.flags = flags;
        this.acts = acts;
        this.participants = participants;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A flagged comment as a moderator sees it: its text even when hidden, and the reasons it was flagged. */
    public record Flagged(long commentId, long cycleId, long sectionId, String authorRole, String shownAs,
                          String body, boolean hidden, String hiddenReason, List<String> reasons) {
    }

    /** Per act and reason (in the languages it has), how often, for everyone in the district. */
    public record LogLine(String act, Translated reason, long times) {
    }

    /** Comments with open flags, the most flagged first. */
    @PreAuthorize(CommentRules.MODERATORS)
    public Page<Flagged> queue(Pageable page) {
        Page<Long> ids = flags.flaggedComments(page);
        Map<Long, List<String>> reasons = new HashMap<>();
        if (!ids.isEmpty()) {
            for (FlagRecord flag : flags.findByCommentIdInAndHandledAtIsNullOrderByCreatedAtAsc(ids.getContent())) {
                reasons.computeIfAbsent(flag.commentId(), k -> new ArrayList<>()).add(flag.reason());
            }
        }
        Map<Long, CommentRecord> byId = new HashMap<>();
        comments.findAllById(ids.getContent()).forEach(c -> byId.put(c.id(), c));
        Map<Long, Participant> authors = participants.byIds(byId.values().stream().map(CommentRecord::authorId).toList());
        return ids.map(id -> {
            CommentRecord c = byId.get(id);
            boolean student = PortalRole.STUDENT.realmRole().equals(c.authorRole());
            String shownAs = student ? Optional.ofNullable(authors.get(c.authorId())).map(Participant::pseudonym).orElse("?")
                    : c.authorOrganisation() != null ? c.authorOrganisation() : c.authorName();
            return new Flagged(c.id(), c.cycleId(), c.sectionId(), c.authorRole(), shownAs, c.body(),
                    c.hiddenAt() != null, c.hiddenReason(), reasons.getOrDefault(id, List.of()));
        });
    }

    /** Hides a comment with a reason written for it; see {@link #hide(long, String, String)}. */
    @PreAuthorize(CommentRules.MODERATORS)
    @Transactional
    public void hide(long commentId, String publicReason) {
        hide(commentId, null, publicReason);
    }

    /**
     * Hides a comment with a reusable reason ({@link ModerationReasons#available()}, by its key), which every reader
     * then reads in their language, or else with a reason written for it. The reason is public; the text is kept.
     */
    @PreAuthorize(CommentRules.MODERATORS)
    @Transactional
    public void hide(long commentId, String reasonKey, String writtenReason) {
        CommentRecord comment = existing(commentId);
        String reason;
        String key = null;
        if (reasonKey != null && !reasonKey.isBlank()) {
            ModerationReasons.Reason chosen = reasonList.chosen(reasonKey)
                    .orElseThrow(() -> new CycleRuleViolation("moderation.reason.error.not-found"));
            key = chosen.key();
            reason = chosen.text().textFor(reasonList.languages().getFirst());
        } else {
            reason = CommentRules.reason(writtenReason, "comment.error.hide-reason-required");
        }
        if (comment.hiddenAt() != null) {
            throw new CycleRuleViolation("comment.error.already-hidden");
        }
        comment.hide(reason, key, clock.instant());
        record(comment, ModerationActRecord.HIDE, reason, key);
    }

    @PreAuthorize(CommentRules.MODERATORS)
    @Transactional
    public void restore(long commentId, String publicReason) {
        CommentRecord comment = existing(commentId);
        String reason = CommentRules.reason(publicReason, "comment.error.restore-reason-required");
        if (comment.hiddenAt() == null) {
            throw new CycleRuleViolation("comment.error.not-hidden");
        }
        comment.restore();
        record(comment, ModerationActRecord.RESTORE, reason, null);
    }

    /** The flags were looked at and the comment stays as it is. */
    @PreAuthorize(CommentRules.MODERATORS)
    @Transactional
    public void dismissFlags(long commentId) {
        CommentRecord comment = existing(commentId);
        int handled = flags.handle(commentId, clock.instant());
        audit.record("comment.flags-dismissed", comment.cycleId(), null, Map.of("comment", commentId, "flags", handled));
    }

    /**
     * A district admin asks to learn who wrote a student's comment, for a safety concern. Nobody learns it yet: another
     * district admin must approve (every other admin is told), and the request and each decision are audited.
     */
    @PreAuthorize(ADMINS)
    @Transactional
    public long requestReveal(long commentId, String reason) {
        CommentRecord comment = existing(commentId);
        String why = CommentRules.reason(reason, "comment.error.reveal-reason-required");
        if (!PortalRole.STUDENT.realmRole().equals(comment.authorRole())) {
            throw new CycleRuleViolation("comment.error.not-a-student");
        }
        PortalUser me = CurrentUser.get().orElseThrow();
        if (reveals.existsByCommentIdAndRequestedByAndState(commentId, me.subject(), RevealRequestRecord.PENDING)) {
            throw new CycleRuleViolation("comment.error.reveal-already-requested");
        }
        RevealRequestRecord request = reveals.save(new RevealRequestRecord(comment.cycleId(), commentId, why,
                me.subject(), me.displayName(), clock.instant()));
        audit.record("comment.student-reveal-requested", comment.cycleId(), null,
                Map.of("request", request.id(), "comment", commentId, "pseudonym", pseudonymOf(comment), "reason", why));
        String cycleTitle = cycles.cycle(comment.cycleId()).map(c -> c.title()).orElse("");
        events.publishEvent(new RevealRequested(CurrentDistrict.require(), comment.cycleId(), cycleTitle, request.id(),
                me.subject()));
        return request.id();
    }

    /** A second district admin approves or declines another admin's request; never their own. */
    @PreAuthorize(ADMINS)
    @Transactional
    public void decideReveal(long requestId, boolean approve) {
        RevealRequestRecord request = reveals.findById(requestId)
                .orElseThrow(() -> new CycleRuleViolation("comment.error.reveal-request-not-found"));
        PortalUser me = CurrentUser.get().orElseThrow();
        if (request.requestedBy().equals(me.subject())) {
            throw new CycleRuleViolation("comment.error.reveal-own-request");
        }
        if (!RevealRequestRecord.PENDING.equals(request.state())) {
            throw new CycleRuleViolation("comment.error.reveal-already-decided");
        }
        request.decide(approve, me.subject(), me.displayName(), clock.instant());
        audit.record(approve ? "comment.student-reveal-approved" : "comment.student-reveal-declined",
                request.cycleId(), null, Map.of("request", requestId, "comment", request.commentId(),
                        "requestedBy", request.requestedByName(), "reason", request.reason()));
    }

    /** Who wrote the comment, for the admin who asked, once another admin approved; each look is audited. */
    @PreAuthorize(ADMINS)
    @Transactional
    public KeycloakDirectory.Identity revealStudent(long requestId) {
        RevealRequestRecord request = reveals.findById(requestId)
                .orElseThrow(() -> new CycleRuleViolation("comment.error.reveal-request-not-found"));
        PortalUser me = CurrentUser.get().orElseThrow();
        if (!request.requestedBy().equals(me.subject())) {
            throw new CycleRuleViolation("comment.error.reveal-not-yours");
        }
        if (!RevealRequestRecord.APPROVED.equals(request.state())) {
            throw new CycleRuleViolation("comment.error.reveal-not-approved");
        }
        CommentRecord comment = existing(request.commentId());
        Participant author = participants.byIds(List.of(comment.authorId())).get(comment.authorId());
        audit.record("comment.student-revealed", comment.cycleId(), null,
                Map.of("request", requestId, "comment", comment.id(), "pseudonym", author.pseudonym(),
                        "reason", request.reason(), "approvedBy", request.decidedByName()));
        return directory.identify(author.subject())
                .orElseThrow(() -> new CycleRuleViolation("comment.error.author-unknown"));
    }

    /** The latest requests to reveal a student, newest first, for district admins. */
    @PreAuthorize(ADMINS)
    public List<RevealRequest> revealRequests() {
        String me = CurrentUser.get().map(PortalUser::subject).orElse("");
        List<RevealRequestRecord> found = reveals.findTop20ByOrderByRequestedAtDesc();
        Map<Long, CommentRecord> byId = new java.util.HashMap<>();
        comments.findAllById(found.stream().map(RevealRequestRecord::commentId).toList())
                .forEach(c -> byId.put(c.id(), c));
        Map<Long, Participant> authors = participants.byIds(byId.values().stream().map(CommentRecord::authorId).toList());
        return found.stream().map(r -> new RevealRequest(r.id(), r.commentId(),
                java.util.Optional.ofNullable(byId.get(r.commentId())).map(c -> authors.get(c.authorId()))
                        .map(Participant::pseudonym).orElse("—"),
                r.reason(), r.requestedByName(), r.requestedAt(), r.state(), r.decidedByName(), r.decidedAt(),
                r.requestedBy().equals(me))).toList();
    }

    /** A request to reveal who wrote a student's comment, as district admins see it: the student by pseudonym. */
    public record RevealRequest(long id, long commentId, String pseudonym, String reason, String requestedByName,
                                java.time.Instant requestedAt, String state, String decidedByName,
                                java.time.Instant decidedAt, boolean mine) {
        public boolean pending() {
            return RevealRequestRecord.PENDING.equals(state);
        }

        public boolean approved() {
            return RevealRequestRecord.APPROVED.equals(state);
        }
    }

    private String pseudonymOf(CommentRecord comment) {
        return participants.byIds(List.of(comment.authorId())).get(comment.authorId()).pseudonym();
    }

    /** The public moderation log of a cycle: how many comments are hidden now, and each act's reasons and counts. */
    public List<LogLine> log(long cycleId) {
        List<ModerationActRepository.ReasonCount> counts = acts.countByReason(cycleId);
        Map<String, Translated> words = reasonList.wordsOf(counts.stream().map(ModerationActRepository.ReasonCount::getReasonKey)
                .toList());
        java.util.Locale first = reasonList.languages().getFirst();
        return counts.stream().map(r -> new LogLine(r.getAct(),
                ModerationReasons.words(r.getReasonKey(), r.getReason(), words, first), r.getTimes())).toList();
    }

    private void record(CommentRecord comment, String act, String reason, String reasonKey) {
        PortalUser actor = CurrentUser.get().orElseThrow();
        acts.save(new ModerationActRecord(comment.cycleId(), comment.id(), act, reason, reasonKey, actor.subject(),
                clock.instant()));
        flags.handle(comment.id(), clock.instant());
        Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("comment", comment.id());
        after.put("reason", reason);
        if (reasonKey != null) {
            after.put("reasonKey", reasonKey);
        }
        audit.record(act.equals(ModerationActRecord.HIDE) ? "comment.hidden" : "comment.restored", comment.cycleId(),
                null, after);
        events.publishEvent(new CommentPosted(org.policycommons.identity.CurrentDistrict.require(), comment.versionId(),
                comment.sectionId(), comment.id()));
    }

    private CommentRecord existing(long commentId) {
        return comments.findById(commentId).orElseThrow(() -> new CycleRuleViolation("comment.error.not-found"));
    }
}
