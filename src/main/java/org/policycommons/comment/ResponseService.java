package org.policycommons.comment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policycommons.audit.AuditLog;
import org.policycommons.comment.repository.CommentRecord;
import org.policycommons.comment.repository.CommentRepository;
import org.policycommons.comment.repository.CosignRepository;
import org.policycommons.comment.repository.ResponseCommentRecord;
import org.policycommons.comment.repository.ResponseCommentRepository;
import org.policycommons.comment.repository.ResponseRecord;
import org.policycommons.comment.repository.ResponseRepository;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.cycle.CycleService;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.Redline;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalUser;
import org.policycommons.identity.Roles;
import org.policycommons.text.Subject;
import org.policycommons.text.Translated;
import org.policycommons.text.TranslatedTexts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's responses to comments: a district admin answers one comment or a group of them with a text and a
 * disposition; the authors are told; and once the next version is published, each response shows the sections that
 * changed where its comments were made. Everyone in the district reads them.
 */
@Service
@Transactional(readOnly = true)
public class ResponseService {

    static final int MAX_COMMENTS = 200;
    /** The longest a response may be, in each language. */
    public static final int TEXT_MAX = CommentRules.BODY_MAX;

    private final ResponseRepository responses;
    private final ResponseCommentRepository links;
    private final CommentRepository comments;
    private final DraftService drafts;
    private final CycleService cycles;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TranslatedTexts texts;
    private final CosignRepository cosigns;

    ResponseService(ResponseRepository responses, ResponseCommentRepository links, CommentRepository comments,
                    DraftService drafts, CycleService cycles, AuditLog audit, ApplicationEventPublisher events,
                    Clock clock, TranslatedTexts texts, CosignRepository cosigns) {
        this.cosigns = cosigns;
        this.texts = texts;
        this.responses = responses;
        this.links = links;
        this.comments = comments;
        this.drafts = drafts;
        this.cycles = cycles;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Answers in the district's first language only; see {@link #respond(Collection, Translated, Disposition)}. */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    @Transactional
    public long respond(Collection<Long> commentIds, String body, Disposition disposition) {
        return respond(commentIds, new Translated(Map.of()).with(texts.offered().getFirst(), body == null ? "" : body),
                disposition);
    }

    /** The languages a response is written in: the district's, its first required. */
    public List<java.util.Locale> languages() {
        return texts.offered();
    }

    /**
     * Answers comments of one version with a text, in the district's first language and any of its others, and a
     * disposition. The authors are told.
     */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    @Transactional
    public long respond(Collection<Long> commentIds, Translated body, Disposition disposition) {
        if (commentIds == null || commentIds.isEmpty()) {
            throw new CycleRuleViolation("response.error.no-comments");
        }
        if (commentIds.size() > MAX_COMMENTS) {
            throw new CycleRuleViolation("response.error.too-many", MAX_COMMENTS);
        }
        List<CommentRecord> answered = comments.findAllById(Set.copyOf(commentIds));
        if (answered.size() != Set.copyOf(commentIds).size()) {
            throw new CycleRuleViolation("comment.error.not-found");
        }
        if (answered.stream().anyMatch(c -> c.depth() != 0 || c.withdrawnAt() != null || c.hiddenAt() != null)) {
            throw new CycleRuleViolation("response.error.not-answerable");
        }
        if (answered.stream().map(CommentRecord::versionId).distinct().count() > 1) {
            throw new CycleRuleViolation("response.error.mixed-versions");
        }
        java.util.Locale firstLanguage = texts.offered().getFirst();
        String text = CommentRules.body(body.in(firstLanguage).orElse(""));
        texts.checked(body, CommentRules.BODY_MAX);
        if (disposition == null) {
            throw new CycleRuleViolation("response.error.disposition-required");
        }
        CommentRecord first = answered.getFirst();
        Cycle cycle = cycles.cycle(first.cycleId()).orElseThrow(() -> new CycleRuleViolation("cycle.error.not-found"));
        if (cycle.adopted()) {
            throw new CycleRuleViolation("cycle.error.adopted-read-only");
        }
        PortalUser admin = CurrentUser.get().orElseThrow();
        ResponseRecord response = responses.save(new ResponseRecord(first.cycleId(), draftOf(first), first.versionId(),
                text, disposition, clock.instant(), admin.subject(), admin.displayName()));
        answered.forEach(c -> links.save(new ResponseCommentRecord(response.id(), c.id())));
        texts.write(Subject.RESPONSE, response.id(), body, admin.displayName());
        audit.record("response.given", cycle.id(), null, Map.of("response", response.id(), "disposition", disposition,
                "comments", answered.size(), "languages", body.byLanguage().keySet()));
        Set<Long> authors = new LinkedHashSet<>();
        answered.forEach(c -> authors.add(c.authorId()));
        // The organisations that co-signed an answered comment are told too, unless they wrote one of them.
        Set<Long> cosigners = new LinkedHashSet<>();
        cosigns.findByCommentIdInOrderByIdAsc(answered.stream().map(CommentRecord::id).toList())
                .forEach(c -> cosigners.add(c.participantId()));
        cosigners.removeAll(authors);
        events.publishEvent(new ResponseGiven(CurrentDistrict.require(), cycle.id(), cycle.title(), response.id(),
                disposition, authors, cosigners));
        // One refresh per section, not per comment: open pages reload each section once.
        answered.stream().collect(java.util.stream.Collectors.toMap(CommentRecord::sectionId, c -> c, (a, b) -> a))
                .values().forEach(c -> events.publishEvent(new CommentPosted(CurrentDistrict.require(), c.versionId(),
                        c.sectionId(), c.id())));
        return response.id();
    }

    /**
     * Gives a response in the district's other languages, after it was sent: its first language's text is what was
     * answered and does not change. Until the cycle is adopted; audited.
     */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    @Transactional
    public void translate(long responseId, Translated body) {
        ResponseRecord response = responses.findById(responseId)
                .orElseThrow(() -> new CycleRuleViolation("response.error.not-found"));
        Cycle cycle = cycles.cycle(response.cycleId()).orElseThrow(() -> new CycleRuleViolation("cycle.error.not-found"));
        if (cycle.adopted()) {
            throw new CycleRuleViolation("cycle.error.adopted-read-only");
        }
        java.util.Locale first = texts.offered().getFirst();
        Translated before = bodyOf(response, texts.of(Subject.RESPONSE, responseId));
        if (!body.in(first).map(String::strip).equals(before.in(first).map(String::strip))) {
            throw new CycleRuleViolation("response.error.original-fixed", TranslatedTexts.name(first));
        }
        texts.checked(body, CommentRules.BODY_MAX);
        if (before.byLanguage().equals(body.byLanguage())) {
            return;
        }
        texts.write(Subject.RESPONSE, responseId, body, CurrentUser.get().map(PortalUser::displayName).orElse("?"));
        audit.record("response.translated", cycle.id(), Map.of("response", responseId, "text", before.byLanguage()),
                Map.of("response", responseId, "text", body.byLanguage()));
    }

    /** A response's text by language; one recorded before texts had languages is its first language's. */
    private Translated bodyOf(ResponseRecord response, Translated written) {
        return written.isEmpty() ? new Translated(Map.of()).with(texts.offered().getFirst(), response.body()) : written;
    }

    /** A cycle's responses, newest first, each with the sections of the next version that changed where it applies. */
    public Page<DistrictResponse> responses(long cycleId, Pageable page) {
        Page<ResponseRecord> found = responses.findByCycleIdOrderByCreatedAtDescIdDesc(cycleId, page);
        Map<Long, List<Long>> commentIds = new HashMap<>();
        if (!found.isEmpty()) {
            links.findByResponseIdIn(found.map(ResponseRecord::id).toList())
                    .forEach(l -> commentIds.computeIfAbsent(l.responseId(), k -> new ArrayList<>()).add(l.commentId()));
        }
        Map<Long, CommentRecord> byId = new HashMap<>();
        comments.findAllById(commentIds.values().stream().flatMap(List::stream).toList()).forEach(c -> byId.put(c.id(), c));
        ChangeFinder changes = new ChangeFinder();
        Map<Long, Translated> bodies = texts.of(Subject.RESPONSE, found.map(ResponseRecord::id).toList());
        return found.map(r -> {
            List<Long> ids = commentIds.getOrDefault(r.id(), List.of());
            Set<String> keys = new LinkedHashSet<>();
            ids.stream().map(byId::get).filter(java.util.Objects::nonNull).forEach(c -> keys.add(c.sectionKey()));
            int number = changes.numberOf(r.draftId(), r.versionId());
            return new DistrictResponse(r.id(), r.cycleId(), r.draftId(), number,
                    bodyOf(r, bodies.getOrDefault(r.id(), Translated.NONE)), r.disposition(),
                    r.createdAt(), ids, changes.changedWhere(r.draftId(), number, keys));
        });
    }

    /** The answers to these comments, for showing under each. */
    Map<Long, List<Comment.Answer>> answersTo(Collection<Long> commentIds) {
        Map<Long, List<Comment.Answer>> answers = new HashMap<>();
        if (commentIds.isEmpty()) {
            return answers;
        }
        List<ResponseCommentRecord> found = links.findByCommentIdIn(commentIds);
        if (found.isEmpty()) {
            return answers;
        }
        Map<Long, ResponseRecord> byId = new HashMap<>();
        List<Long> responseIds = found.stream().map(ResponseCommentRecord::responseId).distinct().toList();
        responses.findByIdIn(responseIds).forEach(r -> byId.put(r.id(), r));
        Map<Long, Translated> bodies = texts.of(Subject.RESPONSE, responseIds);
        for (ResponseCommentRecord link : found) {
            ResponseRecord r = byId.get(link.responseId());
            answers.computeIfAbsent(link.commentId(), k -> new ArrayList<>()).add(new Comment.Answer(r.id(),
                    r.disposition(), bodyOf(r, bodies.getOrDefault(r.id(), Translated.NONE)), r.createdAt()));
        }
        answers.values().forEach(list -> list.sort(java.util.Comparator.comparing(Comment.Answer::createdAt)));
        return answers;
    }

    long answersIn(long sectionId) {
        return links.countBySection(sectionId);
    }

    /** {@link #answersIn} for every section of a version: section id, count. */
    Map<Long, Long> answersByVersion(long versionId) {
        Map<Long, Long> counts = new HashMap<>();
        links.countByVersion(versionId).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    boolean answered(long commentId) {
        return links.existsByCommentId(commentId);
    }

    private long draftOf(CommentRecord comment) {
        return drafts.section(comment.sectionId()).orElseThrow().draftId();
    }

    /** Works out, once per draft and version in a request, what the next published version changed. */
    private final class ChangeFinder {

        private final Map<Long, Draft> draftsById = new HashMap<>();
        private final Map<String, Optional<Redline>> redlines = new HashMap<>();

        private final Map<Long, Integer> numbers = new HashMap<>();

        int numberOf(long draftId, long versionId) {
            return numbers.computeIfAbsent(versionId, id -> drafts.versionNumber(id).orElse(0));
        }

        List<DistrictResponse.ChangedSection> changedWhere(long draftId, int number, Set<String> keys) {
            Optional<Redline> redline = redlines.computeIfAbsent(draftId + "/" + number, k -> {
                boolean nextPublished = draft(draftId).published().stream().anyMatch(v -> v.number() == number + 1);
                return nextPublished ? Optional.of(drafts.redline(draftId, number, number + 1)) : Optional.empty();
            });
            return redline.map(r -> r.sections().stream()
                    .filter(s -> keys.contains(s.key()))
                    .filter(s -> s.change() == Redline.Change.CHANGED || s.change() == Redline.Change.REMOVED)
                    .map(s -> new DistrictResponse.ChangedSection(number + 1, s.toNumber(), text(s.heading())))
                    .toList()).orElse(List.of());
        }

        private Draft draft(long draftId) {
            return draftsById.computeIfAbsent(draftId, id -> drafts.draft(id).orElseThrow());
        }

        private String text(List<Redline.Segment> heading) {
            StringBuilder text = new StringBuilder();
            heading.stream().filter(s -> s.kind() != Redline.Kind.REMOVED).forEach(s -> text.append(s.text()));
            return text.length() > 0 ? text.toString()
                    : heading.stream().map(Redline.Segment::text).reduce("", String::concat);
        }
    }
}
