package org.policycommons.comment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policycommons.comment.repository.CarriedRepository;
import org.policycommons.comment.repository.CommentRecord;
import org.policycommons.comment.repository.CommentRepository;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.cycle.CycleService;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftVersion;
import org.policycommons.draft.Section;
import org.policycommons.draft.VersionPublished;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.identity.PortalRole;
import org.policycommons.limit.AbuseLimits;
import org.policycommons.limit.LimitedAction;
import org.policycommons.participant.Participant;
import org.policycommons.participant.ParticipantService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments that follow the text (docs/decisions/027): a later version of a draft shows, under each section, the
 * comments of earlier versions on the section with the same key, marked unchanged, changed (the text differs from the
 * comment's version) or removed (no section with that key any more: shown after the sections under the heading it
 * had). Nothing is copied: the marks are worked out in SQL when read. A carried comment takes no reply and no edit;
 * its author may stand by it on the latest version until adoption, which writes a comment there that counts as input
 * on that version too. When a version is published, the authors of comments on sections it changed or removed are
 * told, with the redline.
 */
@Service
@Transactional(readOnly = true)
public class CarriedComments {

    /** How a carried comment's section stands in the version read. */
    public enum Mark {
        UNCHANGED, CHANGED, REMOVED;

        public String translationKey() {
            return "comment.carried.mark." + name().toLowerCase();
        }
    }

    /**
     * A comment of an earlier version as a later one shows it.
     *
     * @param canStandBy the reader wrote it and may stand by it on this version now
     */
    public record Carried(Comment comment, int fromVersion, Mark mark, boolean canStandBy) {
    }

    /**
     * The comments carried into one section of the version read, or kept under one removed section.
     *
     * @param heading the section's heading in the last earlier version that had it
     */
    public record Part(String sectionKey, String heading, Map<Mark, Long> byMark) {

        public long total() {
            return byMark.values().stream().mapToLong(Long::longValue).sum();
        }

        public long count(Mark mark) {
            return byMark.getOrDefault(mark, 0L);
        }
    }

    /** All that a version carries: by the key of its sections, and the removed sections in the earlier order. */
    public record Summary(Map<String, Part> bySection, List<Part> removed) {

        public static final Summary NONE = new Summary(Map.of(), List.of());

        public Optional<Part> of(Section section) {
            return Optional.ofNullable(bySection.get(section.key()));
        }
    }

    private final CarriedRepository carried;
    private final CommentRepository comments;
    private final CommentService commentService;
    private final DraftService drafts;
    private final CycleService cycles;
    private final ParticipantService participants;
    private final AbuseLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CarriedComments(CarriedRepository carried, CommentRepository comments, CommentService commentService,
                    DraftService drafts, CycleService cycles, ParticipantService participants, AbuseLimits limits,
                    ApplicationEventPublisher events, Clock clock) {
        this.carried = carried;
        this.comments = comments;
        this.commentService = commentService;
        this.drafts = drafts;
        this.cycles = cycles;
        this.participants = participants;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
    }

    /** How many comments each section of this version carries, by mark, and those of removed sections: one query. */
    public Summary summary(DraftVersion version, boolean withStudents) {
        if (version.number() <= 1) {
            return Summary.NONE;
        }
        Map<String, Map<Mark, Long>> counts = new LinkedHashMap<>();
        Map<String, String> headings = new HashMap<>();
        for (CarriedRepository.Count row : carried.counts(CurrentDistrict.require(), version.draftId(), version.id(),
                version.number(), leftOut(withStudents))) {
            counts.computeIfAbsent(row.getSectionKey(), k -> new EnumMap<>(Mark.class))
                    .merge(Mark.valueOf(row.getMark()), row.getComments(), Long::sum);
            headings.put(row.getSectionKey(), row.getHeading());
        }
        Map<String, Part> bySection = new HashMap<>();
        List<Part> removed = new ArrayList<>();
        for (Map.Entry<String, Map<Mark, Long>> entry : counts.entrySet()) {
            Part part = new Part(entry.getKey(), headings.get(entry.getKey()), entry.getValue());
            if (part.count(Mark.REMOVED) > 0) {
                removed.add(part);
            } else {
                bySection.put(entry.getKey(), part);
            }
        }
        removed.sort(Comparator.comparing(Part::heading, Comparator.nullsLast(String::compareTo)));
        return new Summary(bySection, removed);
    }

    /**
     * The comments carried into the section with this key (or kept under it, removed), a page at a time: oldest
     * version first, then oldest first. Students' are left out where the reader is the public and the district
     * keeps them for its members.
     */
    public Page<Carried> into(DraftVersion version, String sectionKey, boolean withStudents, Pageable page) {
        if (version.number() <= 1) {
            return Page.empty(page);
        }
        long district = CurrentDistrict.require();
        String leftOut = leftOut(withStudents);
        List<CarriedRepository.Row> rows = carried.into(district, version.draftId(), version.id(), version.number(),
                leftOut, sectionKey, page.getPageSize(), page.getOffset());
        long total = carried.countInto(district, version.draftId(), version.id(), version.number(), leftOut,
                sectionKey);
        Map<Long, CommentRecord> records = new HashMap<>();
        comments.findAllById(rows.stream().map(CarriedRepository.Row::getId).toList())
                .forEach(r -> records.put(r.id(), r));
        List<CommentRecord> ordered = rows.stream().map(r -> records.get(r.getId())).toList();
        CommentReader reader = commentService.reader(ordered);
        boolean standable = standable(version);
        Optional<Long> me = participants.current().map(Participant::id);
        List<Carried> shown = rows.stream().map(row -> {
            CommentRecord record = records.get(row.getId());
            Mark mark = Mark.valueOf(row.getMark());
            // Shown as carried: no replies here, and nothing to change.
            Comment comment = reader.thread(record);
            boolean mine = me.filter(id -> id == record.authorId()).isPresent();
            return new Carried(comment, row.getFromVersion(), mark,
                    standable && mine && mark != Mark.REMOVED && !record.channel().offline());
        }).toList();
        return new PageImpl<>(shown, page, total);
    }

    /**
     * The author stands by their comment of an earlier version on the draft's latest version, on the section with the
     * same key: a comment there with the same stance and words (not the quote, whose text may have changed), counted
     * as input on that version. Allowed from the later version's publication until the review is adopted; refused on
     * a removed section, twice, or for anyone but the author.
     *
     * @return the new comment's id
     */
    @PreAuthorize(CommentRules.COMMENTERS)
    @Transactional
    public long standBy(long commentId) {
        CommentRecord original = comments.findById(commentId)
                .orElseThrow(() -> new CycleRuleViolation("comment.error.not-found"));
        Participant me = participants.current().orElseThrow(() -> new CycleRuleViolation("comment.error.not-yours"));
        if (original.authorId() != me.id() || original.channel().offline()) {
            throw new CycleRuleViolation("comment.error.not-yours");
        }
        if (original.depth() != 0 || original.onWholeDraft() || original.withdrawnAt() != null
                || original.hiddenAt() != null) {
            throw new CycleRuleViolation("comment.carried.error.not-here");
        }
        int from = drafts.versionNumber(original.versionId()).orElseThrow();
        DraftVersion latest = drafts.latestPublished(original.draftId())
                .orElseThrow(() -> new CycleRuleViolation("comment.carried.error.no-later-version"));
        if (latest.number() <= from) {
            throw new CycleRuleViolation("comment.carried.error.no-later-version");
        }
        if (!standable(latest)) {
            throw new CycleRuleViolation("comment.carried.error.adopted");
        }
        Section section = latest.sections().stream().filter(s -> s.key().equals(original.sectionKey())).findFirst()
                .orElseThrow(() -> new CycleRuleViolation("comment.carried.error.removed", latest.number()));
        if (carried.standings(commentId, latest.id()) > 0) {
            throw new CycleRuleViolation("comment.carried.error.already", latest.number());
        }
        limits.count(LimitedAction.COMMENT);
        CommentRecord.Placement placement = new CommentRecord.Placement(original.cycleId(), original.draftId(),
                latest.id(), section.id(), section.key(), null, null, 0);
        CommentRecord saved = comments.save(CommentRecord.standingBy(placement, original, from, clock.instant()));
        events.publishEvent(new CommentPosted(CurrentDistrict.require(), latest.id(), section.id(), saved.id()));
        return saved.id();
    }

    /**
     * In the publication's transaction: the authors of comments on sections that this version changed or removed
     * (compared with the version before it) are told, once each, with the redline.
     */
    @EventListener
    @Transactional
    public void onPublished(VersionPublished event) {
        if (event.number() <= 1) {
            return;
        }
        DraftVersion version = drafts.version(event.draftId(), event.number()).orElseThrow();
        DraftVersion previous = drafts.version(event.draftId(), event.number() - 1).orElseThrow();
        List<Long> authors = carried.authorsOfChanged(event.districtId(), event.draftId(), previous.id(), version.id(),
                version.number());
        if (authors.isEmpty()) {
            return;
        }
        String title = cycles.cycle(event.cycleId()).map(Cycle::title).orElse("");
        events.publishEvent(new SectionsChanged(event.districtId(), event.cycleId(), title, event.draftId(),
                event.number(), new HashSet<>(authors)));
    }

    /** Stand-bys are taken on the latest version until the review is adopted. */
    private boolean standable(DraftVersion version) {
        boolean latest = drafts.latestPublished(version.draftId()).map(v -> v.number() == version.number())
                .orElse(false);
        return latest && drafts.draft(version.draftId()).flatMap(d -> cycles.cycle(d.cycleId()))
                .map(c -> !c.adopted()).orElse(false);
    }

    private static String leftOut(boolean withStudents) {
        return withStudents ? null : PortalRole.STUDENT.realmRole();
    }
}
