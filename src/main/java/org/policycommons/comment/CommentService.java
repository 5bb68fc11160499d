package org.policycommons.comment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policycommons.comment.repository.CommentEditRecord;
import org.policycommons.comment.repository.CommentEditRepository;
import org.policycommons.comment.repository.CommentRecord;
import org.policycommons.comment.repository.CommentRepository;
import org.policycommons.comment.repository.CosignRecord;
import org.policycommons.comment.repository.CosignRepository;
import org.policycommons.comment.repository.FlagRecord;
import org.policycommons.comment.repository.FlagRepository;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftTranslations;
import org.policycommons.draft.SafeMarkdown;
import org.policycommons.draft.SectionRef;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;
import org.policycommons.identity.Roles;
import org.policycommons.limit.AbuseLimits;
import org.policycommons.limit.LimitedAction;
import org.policycommons.participant.Participant;
import org.policycommons.participant.ParticipantService;
import org.policycommons.text.Translated;
import org.policycommons.text.TranslatedTexts;
import org.policycommons.vote.VoterGroup;

import io.micrometer.core.instrument.Metrics;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments and replies on the sections of a draft's latest published version, while public comment is open. Each
 * shows its author's role; a student only ever by pseudonym, a civil-rights group or partner agency by its
 * organisation. Authors may edit until someone replies, and withdraw; nothing is deleted.
 */
@Service
@Transactional(readOnly = true)
public class CommentService {

    private final CommentRepository comments;
    private final CommentEditRepository edits;
    private final CosignRepository cosigns;
    private final FlagRepository flags;
    private final DraftService drafts;
    private final CycleService cycles;
    private final ParticipantService participants;
    private final ResponseService responses;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AbuseLimits limits;
    private final ModerationReasons reasons;
    private final DraftTranslations translations;
    private final StaffTranslations staff;
    private final TranslatedTexts texts;
    private final Attachments attachments;
    private final CommentFinder finder;

    CommentService(CommentRepository comments, CommentEditRepository edits, CosignRepository cosigns,
                   FlagRepository flags, DraftService drafts, CycleService cycles, ParticipantService participants,
                   ResponseService responses, ApplicationEventPublisher events, Clock clock, AbuseLimits limits,
                   ModerationReasons reasons, DraftTranslations translations, StaffTranslations staff,
                   TranslatedTexts texts, Attachments attachments, CommentFinder finder) {
        this.finder = finder;
        this.attachments = attachments;
        this.texts = texts;
        this.staff = staff;
        this.translations = translations;
        this.reasons = reasons;
        this.limits = limits;
        this.responses = responses;
        this.comments = comments;
        this.edits = edits;
        this.cosigns = cosigns;
        this.flags = flags;
        this.drafts = drafts;
        this.cycles = cycles;
        this.participants = participants;
        this.events = events;
        this.clock = clock;
    }

    /** A section's comments, a page at a time, each with its replies. */
    public Page<Comment> comments(long sectionId, Pageable page) {
        return comments(sectionId, Optional.empty(), page);
    }

    /**
     * A section's comments written in one language (replies in any), a page at a time; refused for a language the
     * district does not offer.
     */
    public Page<Comment> comments(long sectionId, Optional<Locale> writtenIn, Pageable page) {
        return comments(sectionId, CommentQuery.ALL.writtenIn(writtenIn), page);
    }

    /**
     * A section's comments as a reader asks for them (order, stance, group, answered or not, channel, language), a
     * page at a time, each with its replies. A filter by a group too small to be picked out is refused.
     */
    public Page<Comment> comments(long sectionId, CommentQuery query, Pageable page) {
        Page<CommentRecord> roots = roots(sectionId, query, null, page);
        List<CommentRecord> all = new ArrayList<>(roots.getContent());
        if (!roots.isEmpty()) {
            all.addAll(comments.findByRootIdInOrderByCreatedAtAscIdAsc(roots.map(CommentRecord::id).toList()));
        }
        CommentReader reader = reader(all);
        return roots.map(reader::thread);
    }

    /** The longest search a reader may ask for, in characters. */
    public static final int SEARCH_MAX = 200;

    /** A comment or reply a search found, with the section it is on (0 for input on the draft as a whole). */
    public record Found(Comment comment, long sectionId) {
    }

    /**
     * A version's shown comments and replies that match these words, the most relevant first, a page at a time,
     * counted and ordered by the database's full-text index. Students' are left out where the reader is the public
     * and the district keeps them for its members. Refused when the words are empty or longer than {@link #SEARCH_MAX}.
     */
    public Page<Found> search(long versionId, String words, boolean withStudents, Pageable page) {
        String asked = words == null ? "" : words.strip();
        if (asked.isEmpty()) {
            throw new CycleRuleViolation("comment.search.error.empty");
        }
        if (asked.length() > SEARCH_MAX) {
            throw new CycleRuleViolation("comment.search.error.too-long", SEARCH_MAX, asked.length());
        }
        Page<Long> ids = finder.search(versionId, asked, withStudents ? null : PortalRole.STUDENT.realmRole(), page);
        Map<Long, CommentRecord> byId = new HashMap<>();
        comments.findAllById(ids.getContent()).forEach(r -> byId.put(r.id(), r));
        List<CommentRecord> found = ids.getContent().stream().map(byId::get).toList();
        CommentReader reader = reader(found);
        return ids.map(id -> {
            CommentRecord record = byId.get(id);
            // Shown alone, as found: its thread is on its section.
            return new Found(reader.alone(record), record.sectionId());
        });
    }

    /** The groups a reader may not filter this section's draft by: too few people commented to be picked out. */
    public List<VoterGroup> groupsTooSmallOn(long sectionId) {
        return finder.tooSmall(drafts.section(sectionId).map(SectionRef::cycleId).orElse(0L));
    }

    private Page<CommentRecord> roots(long sectionId, CommentQuery query, String leftOutRole, Pageable page) {
        String language = filterLanguage(query.writtenIn());
        if (query.group().isPresent() && groupsTooSmallOn(sectionId).contains(query.group().get())) {
            throw new CycleRuleViolation("comment.filter.error.small-group", VoterGroup.SMALLEST_SHOWN);
        }
        Page<Long> ids = finder.roots(sectionId, query, language, leftOutRole, page);
        Map<Long, CommentRecord> byId = new HashMap<>();
        comments.findAllById(ids.getContent()).forEach(r -> byId.put(r.id(), r));
        return ids.map(byId::get);
    }

    /**
     * What anyone may read of a section, signed in or not: its comments a page at a time, each with its replies.
     * Where the district keeps students' comments for its signed-in members, they are left out (with any reply under
     * them) and only counted.
     *
     * @param studentComments how many of the section's shown comments and replies are students' and left out
     */
    public record PublicComments(Page<Comment> threads, long studentComments) {
    }

    public PublicComments forPublic(long sectionId, boolean withStudents, Pageable page) {
        return forPublic(sectionId, withStudents, Optional.empty(), page);
    }

    /** {@link #forPublic(long, boolean, Pageable)}, only the comments written in one language if it is given. */
    public PublicComments forPublic(long sectionId, boolean withStudents, Optional<Locale> writtenIn, Pageable page) {
        return forPublic(sectionId, withStudents, CommentQuery.ALL.writtenIn(writtenIn), page);
    }

    /** {@link #forPublic(long, boolean, Pageable)} as a reader asks for them ({@link #comments(long, CommentQuery, Pageable)}). */
    public PublicComments forPublic(long sectionId, boolean withStudents, CommentQuery query, Pageable page) {
        String student = PortalRole.STUDENT.realmRole();
        Page<CommentRecord> roots = roots(sectionId, query, withStudents ? null : student, page);
        List<CommentRecord> all = new ArrayList<>(roots.getContent());
        if (!roots.isEmpty()) {
            List<CommentRecord> replies = comments.findByRootIdInOrderByCreatedAtAscIdAsc(
                    roots.map(CommentRecord::id).toList());
            if (!withStudents) {
                // Oldest first, so a reply's parent is seen before it: a student's reply and everything under it go.
                Set<Long> leftOut = new HashSet<>();
                replies = replies.stream().filter(r -> {
                    if (student.equals(r.authorRole()) || leftOut.contains(r.parentId())) {
                        leftOut.add(r.id());
                        return false;
                    }
                    return true;
                }).toList();
            }
            all.addAll(replies);
        }
        CommentReader reader = reader(all);
        long students = withStudents ? 0
                : comments.countBySectionIdAndAuthorRoleAndWithdrawnAtIsNullAndHiddenAtIsNull(sectionId, student);
        return new PublicComments(roots.map(reader::thread), students);
    }

    /**
     * Input on a version's draft as a whole, oldest first, a page at a time. Only input received outside the portal
     * is on no section, and it has no replies. Students' is left out where the public does not read it.
     */
    public Page<Comment> wholeDraft(long versionId, boolean withStudents, Pageable page) {
        Page<CommentRecord> roots = comments.wholeDraft(versionId, null,
                withStudents ? null : PortalRole.STUDENT.realmRole(), page);
        CommentReader reader = reader(roots.getContent());
        return roots.map(reader::thread);
    }

    /** Per section of a version, its comments (not replies) as the public counts them: with students' or without. */
    public Map<Long, Long> publicCountsBySection(long versionId, boolean withStudents) {
        Map<Long, Long> counts = new HashMap<>();
        comments.countBySectionAndRole(versionId, PortalRole.STUDENT.realmRole()).forEach(c -> counts.put(
                c.getSectionId(), withStudents ? c.getComments() : c.getComments() - c.getByRole()));
        return counts;
    }

    /** A section's shown comments that no district response answers yet, for the admins who answer them. */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    public Page<Comment> unanswered(long sectionId, Pageable page) {
        Page<CommentRecord> found = comments.unanswered(sectionId, page);
        CommentReader reader = reader(found.getContent());
        return found.map(reader::thread);
    }

    /** Changes whenever a section's comments or replies change (posted, edited, withdrawn, hidden): for polling. */
    public String stamp(long sectionId) {
        CommentRepository.Stamp stamp = comments.stamp(sectionId);
        return stamp(stamp.getComments(), stamp.getChanges(), cosigns.countBySection(sectionId),
                responses.answersIn(sectionId));
    }

    /** {@link #stamp} of every section of a version, in three queries; a section missing here has no comments. */
    public Map<Long, String> stamps(long versionId) {
        Map<Long, Long> cosigned = new HashMap<>();
        cosigns.countByVersion(versionId).forEach(row -> cosigned.put((Long) row[0], (Long) row[1]));
        Map<Long, Long> answered = responses.answersByVersion(versionId);
        Map<Long, String> stamps = new HashMap<>();
        comments.stampsBySection(versionId).forEach(s -> stamps.put(s.getSectionId(), stamp(s.getComments(),
                s.getChanges(), cosigned.getOrDefault(s.getSectionId(), 0L), answered.getOrDefault(s.getSectionId(), 0L))));
        return stamps;
    }

    /** The stamp of a section without any comment. */
    public static final String EMPTY_STAMP = stamp(0, 0, 0, 0);

    private static String stamp(long comments, long changes, long cosigned, long answered) {
        return comments + ":" + changes + ":" + cosigned + ":" + answered;
    }

    /** A section's first page of threads and its stamp, as {@link #firstPages} loads them for all sections at once. */
    public record FirstPage(Page<Comment> page, String stamp) {
    }

    /**
     * The first page of threads of every section of a published version, with each section's stamp: about ten
     * queries for the whole version, however many sections it has (the draft page used to ask section by section).
     */
    public Map<Long, FirstPage> firstPages(long versionId, Collection<Long> sectionIds, int size) {
        List<CommentRecord> roots = new ArrayList<>(comments.findAllById(
                comments.firstIdsPerSection(CurrentDistrict.require(), versionId, size)));
        roots.sort(Comparator.comparing(CommentRecord::createdAt).thenComparing(CommentRecord::id));
        List<CommentRecord> all = new ArrayList<>(roots);
        if (!roots.isEmpty()) {
            all.addAll(comments.findByRootIdInOrderByCreatedAtAscIdAsc(roots.stream().map(CommentRecord::id).toList()));
        }
        CommentReader reader = reader(all);
        Map<Long, Long> counts = countsBySection(versionId);
        Map<Long, String> stamps = stamps(versionId);
        Map<Long, FirstPage> pages = new HashMap<>();
        for (long sectionId : sectionIds) {
            List<Comment> threads = roots.stream().filter(r -> r.sectionId() == sectionId).map(reader::thread).toList();
            pages.put(sectionId, new FirstPage(new org.springframework.data.domain.PageImpl<>(threads,
                    org.springframework.data.domain.PageRequest.of(0, size), counts.getOrDefault(sectionId, 0L)),
                    stamps.getOrDefault(sectionId, EMPTY_STAMP)));
        }
        return pages;
    }

    /** How many comments (not replies) each section of a version has. */
    public Map<Long, Long> countsBySection(long versionId) {
        Map<Long, Long> counts = new HashMap<>();
        comments.countBySection(versionId).forEach(c -> counts.put(c.getSectionId(), c.getComments()));
        return counts;
    }

    /** Whether the signed-in person may comment on this section now; the service checks again when they do. */
    public boolean canComment(long sectionId) {
        Optional<PortalUser> user = CurrentUser.get();
        if (user.isEmpty() || user.get().roles().stream().noneMatch(CommentRules.SPEAKING_ROLES::contains)) {
            return false;
        }
        return drafts.section(sectionId).filter(SectionRef::latestPublished)
                .map(ref -> isOpen(ref.cycleId())).orElse(false);
    }

    @PreAuthorize(CommentRules.COMMENTERS)
    @Transactional
    public long post(long sectionId, Stance stance, String body, String quote, Locale language) {
        SectionRef ref = commentable(sectionId);
        if (stance == null) {
            throw new CycleRuleViolation("comment.error.stance-required");
        }
        String text = CommentRules.body(body);
        Quoted quoted = quoted(quote, ref, language);
        limits.count(LimitedAction.COMMENT);
        CommentRecord.Placement placement = new CommentRecord.Placement(ref.cycleId(), ref.draftId(), ref.versionId(),
                sectionId, ref.section().key(), null, null, 0);
        CommentRecord record = new CommentRecord(placement, author(), stance, text, quoted.text(),
                language.toLanguageTag(), clock.instant());
        record.quotedIn(quoted.language());
        CommentRecord saved = comments.save(record);
        announce(saved);
        Metrics.counter("portal.comments.posted", "kind", saved.depth() == 0 ? "comment" : "reply").increment();
        return saved.id();
    }

    @PreAuthorize(CommentRules.COMMENTERS)
    @Transactional
    public long reply(long parentId, String body, Locale language) {
        CommentRecord parent = existing(parentId);
        if (parent.withdrawnAt() != null || parent.hiddenAt() != null) {
            throw new CycleRuleViolation("comment.error.parent-gone");
        }
        if (parent.depth() >= CommentRules.MAX_DEPTH) {
            throw new CycleRuleViolation("comment.error.too-deep");
        }
        SectionRef ref = commentable(parent.sectionId());
        String text = CommentRules.body(body);
        limits.count(LimitedAction.COMMENT);
        CommentRecord.Placement placement = new CommentRecord.Placement(ref.cycleId(), ref.draftId(), ref.versionId(),
                parent.sectionId(), parent.sectionKey(), parent.id(),
                parent.rootId() != null ? parent.rootId() : parent.id(), parent.depth() + 1);
        CommentRecord saved = comments.save(new CommentRecord(placement, author(), null, text, null,
                language.toLanguageTag(), clock.instant()));
        announce(saved);
        if (parent.authorId() != saved.authorId()) {
            String cycleTitle = cycles.cycle(ref.cycleId()).map(c -> c.title()).orElse("");
            events.publishEvent(new ReplyPosted(CurrentDistrict.require(), ref.cycleId(), cycleTitle, saved.id(),
                    parent.authorId(), "/drafts/" + ref.draftId() + "/v/" + ref.versionNumber() + "#section-"
                    + ref.section().number()));
        }
        Metrics.counter("portal.comments.posted", "kind", saved.depth() == 0 ? "comment" : "reply").increment();
        return saved.id();
    }

    /**
     * The people who took part in a review's public comment: wrote a comment or a reply there (including those
     * withdrawn or hidden since), or stood by an earlier one.
     */
    public Set<Long> commenters(long cycleId) {
        return Set.copyOf(comments.authorsInCycle(cycleId));
    }

    /** Whether the signed-in person has taken part in a review's public comment (see {@link #commenters}). */
    public boolean haveCommented(long cycleId) {
        return participants.current().map(me -> comments.existsByCycleIdAndAuthorId(cycleId, me.id())).orElse(false);
    }

    /** The languages comments may be filtered by: the district's. */
    public List<Locale> languages() {
        return texts.offered();
    }

    /** A filter's language code; refused for a language the district does not offer. */
    private String filterLanguage(Optional<Locale> writtenIn) {
        if (writtenIn.isEmpty()) {
            return null;
        }
        String code = writtenIn.get().getLanguage();
        if (texts.offered().stream().noneMatch(l -> l.getLanguage().equals(code))) {
            throw new CycleRuleViolation("comment.error.filter-language");
        }
        return code;
    }

    /** A quote, and the language of the text it came from; both null for none. */
    private record Quoted(String text, String language) {
        static final Quoted NONE = new Quoted(null, null);
    }

    /**
     * A quote must be words of the section as its reader reads it: its official translation into the comment's
     * language, if it has one, or its original, binding wording (docs/decisions/024).
     */
    private Quoted quoted(String quote, SectionRef ref, Locale language) {
        if (quote == null || quote.isBlank()) {
            return Quoted.NONE;
        }
        Optional<String> translated = translations.sectionText(ref.section().id(), language).map(SafeMarkdown::text);
        if (translated.isPresent()) {
            try {
                return new Quoted(CommentRules.quote(quote, translated.get()), language.getLanguage());
            } catch (CycleRuleViolation notThere) {
                // Perhaps from the original, which a reader of the translation may open and quote.
            }
        }
        return new Quoted(CommentRules.quote(quote, SafeMarkdown.text(ref.section().body())),
                translations.originalLanguage().getLanguage());
    }

    /** The author changes their comment; the earlier wording is kept. Only until it has a reply. */
    @PreAuthorize(CommentRules.COMMENTERS)
    @Transactional
    public void edit(long commentId, long expectedVersion, Stance stance, String body, String quote) {
        CommentRecord comment = ownEditable(commentId);
        if (comment.version() != expectedVersion) {
            throw new CycleRuleViolation("comment.error.changed-meanwhile");
        }
        SectionRef ref = commentable(comment.sectionId());
        if (comment.depth() == 0 && stance == null) {
            throw new CycleRuleViolation("comment.error.stance-required");
        }
        String text = CommentRules.body(body);
        Quoted quoted = comment.depth() == 0 ? quoted(quote, ref, Locale.forLanguageTag(comment.language()))
                : Quoted.NONE;
        limits.count(LimitedAction.EDIT);
        edits.save(new CommentEditRecord(comment, clock.instant()));
        comment.edit(comment.depth() == 0 ? stance : null, text, quoted.text(), clock.instant());
        comment.quotedIn(quoted.language());
        announce(comment);
    }

    /** The author withdraws their comment: it is no longer shown, and it is kept. */
    @PreAuthorize(CommentRules.COMMENTERS)
    @Transactional
    public void withdraw(long commentId) {
        CommentRecord comment = existing(commentId);
        requireMine(comment);
        if (comment.withdrawnAt() != null) {
            return;
        }
        commentable(comment.sectionId());
        comment.withdraw(clock.instant());
        announce(comment);
    }

    /** Every earlier wording of a comment, oldest first: for the author and for moderators. */
    public List<String> earlierWordings(long commentId) {
        CommentRecord comment = existing(commentId);
        boolean moderator = CurrentUser.get().map(u -> u.hasRole(PortalRole.MODERATOR)
                || u.hasRole(PortalRole.DISTRICT_ADMIN)).orElse(false);
        if (!moderator && !isMine(comment)) {
            throw new CycleRuleViolation("comment.error.not-yours");
        }
        return edits.findByCommentIdOrderByReplacedAtAsc(commentId).stream().map(CommentEditRecord::body).toList();
    }

    /** A civil-rights organisation adds its name to another's comment. */
    @PreAuthorize("hasRole('" + Roles.CIVIL_RIGHTS + "')")
    @Transactional
    public void cosign(long commentId) {
        CommentRecord comment = existing(commentId);
        PortalUser user = CurrentUser.get().orElseThrow();
        String organisation = user.organisation()
                .orElseThrow(() -> new CycleRuleViolation("comment.error.no-organisation"));
        if (comment.depth() != 0 || comment.withdrawnAt() != null || comment.hiddenAt() != null) {
            throw new CycleRuleViolation("comment.error.cannot-cosign");
        }
        if (isMine(comment) || organisation.equalsIgnoreCase(String.valueOf(comment.authorOrganisation()))) {
            throw new CycleRuleViolation("comment.error.cosign-own");
        }
        commentable(comment.sectionId());
        Participant me = participants.ensureCurrent();
        if (cosigns.existsByCommentIdAndParticipantId(commentId, me.id())) {
            throw new CycleRuleViolation("comment.error.already-cosigned");
        }
        limits.count(LimitedAction.COSIGN);
        cosigns.save(new CosignRecord(commentId, me.id(), organisation, clock.instant()));
        announce(comment);
    }

    /** Anyone signed in to the district may flag a comment for the moderators, once, with a reason. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void flag(long commentId, String reason) {
        CommentRecord comment = existing(commentId);
        String why = CommentRules.reason(reason, "comment.error.flag-reason-required");
        if (isMine(comment)) {
            throw new CycleRuleViolation("comment.error.flag-own");
        }
        Participant me = participants.ensureCurrent();
        if (flags.existsByCommentIdAndParticipantId(commentId, me.id())) {
            throw new CycleRuleViolation("comment.error.already-flagged");
        }
        limits.count(LimitedAction.FLAG);
        flags.save(new FlagRecord(commentId, me.id(), why, clock.instant()));
    }

    private SectionRef commentable(long sectionId) {
        SectionRef ref = drafts.section(sectionId)
                .orElseThrow(() -> new CycleRuleViolation("comment.error.section-not-found"));
        if (!ref.latestPublished()) {
            throw new CycleRuleViolation("comment.error.old-version");
        }
        try {
            cycles.requireOpen(ref.cycleId(), PhaseKind.PUBLIC_COMMENT);
        } catch (CycleRuleViolation closed) {
            if (closed.messageKey().equals(CycleService.ADOPTED_CLOSED)) {
                throw closed;
            }
            throw new CycleRuleViolation("comment.error.window-closed");
        }
        return ref;
    }

    private boolean isOpen(long cycleId) {
        return cycles.isOpen(cycleId, PhaseKind.PUBLIC_COMMENT);
    }

    private CommentRecord.Author author() {
        PortalUser user = CurrentUser.get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
        PortalRole role = CommentRules.speakingRole(user);
        Participant me = participants.ensureCurrent();
        boolean student = role == PortalRole.STUDENT;
        String organisation = role == PortalRole.CIVIL_RIGHTS || role == PortalRole.PARTNER
                ? user.organisation().orElse(null) : null;
        return new CommentRecord.Author(me.id(), role.realmRole(), student ? null : user.displayName(), organisation);
    }

    private CommentRecord existing(long commentId) {
        return comments.findById(commentId).orElseThrow(() -> new CycleRuleViolation("comment.error.not-found"));
    }

    private CommentRecord ownEditable(long commentId) {
        CommentRecord comment = existing(commentId);
        requireMine(comment);
        if (comment.withdrawnAt() != null || comment.hiddenAt() != null) {
            throw new CycleRuleViolation("comment.error.parent-gone");
        }
        if (comments.existsByParentId(commentId)) {
            throw new CycleRuleViolation("comment.error.has-reply");
        }
        if (responses.answered(commentId)) {
            throw new CycleRuleViolation("comment.error.has-response");
        }
        return comment;
    }

    private void requireMine(CommentRecord comment) {
        if (!isMine(comment)) {
            throw new CycleRuleViolation("comment.error.not-yours");
        }
    }

    private boolean isMine(CommentRecord comment) {
        return participants.current().map(p -> p.id() == comment.authorId()).orElse(false);
    }

    private void announce(CommentRecord comment) {
        events.publishEvent(new CommentPosted(CurrentDistrict.require(), comment.versionId(), comment.sectionId(),
                comment.id()));
    }

    CommentReader reader(List<CommentRecord> records) {
        Set<Long> authorIds = new LinkedHashSet<>();
        records.forEach(r -> authorIds.add(r.authorId()));
        Map<Long, Participant> authors = participants.byIds(authorIds);
        Map<Long, List<String>> cosignedBy = new HashMap<>();
        if (!records.isEmpty()) {
            cosigns.findByCommentIdInOrderByIdAsc(records.stream().map(CommentRecord::id).toList())
                    .forEach(c -> cosignedBy.computeIfAbsent(c.commentId(), k -> new ArrayList<>()).add(c.organisation()));
        }
        Optional<Long> me = participants.current().map(Participant::id);
        boolean commentOpen = records.isEmpty() || isOpen(records.getFirst().cycleId());
        Map<Long, List<Comment.Answer>> answers = responses.answersTo(records.stream().map(CommentRecord::id).toList());
        List<CommentRecord> hidden = records.stream().filter(r -> r.hiddenAt() != null).toList();
        Map<Long, Translated> hiddenBecause = new HashMap<>();
        if (!hidden.isEmpty()) {
            Map<String, Translated> words = reasons.wordsOf(hidden.stream().map(CommentRecord::hiddenReasonKey).toList());
            Locale first = reasons.languages().getFirst();
            hidden.forEach(r -> hiddenBecause.put(r.id(), ModerationReasons.words(r.hiddenReasonKey(),
                    r.hiddenReason(), words, first)));
        }
        Map<Long, Translated> byDistrict = staff.of(records.stream().map(CommentRecord::id).toList());
        return new CommentReader(records, authors, cosignedBy, answers, hiddenBecause, byDistrict,
                attachments.of(records), me, commentOpen);
    }
}
