package org.policycommons.publicsite;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.policycommons.comment.CommentService;
import org.policycommons.common.RuleViolation;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftVersion;
import org.policycommons.draft.Redline;
import org.policycommons.draft.SafeMarkdown;
import org.policycommons.draft.Section;
import org.policycommons.draft.SectionRef;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A draft's published versions, the redline between any two, and each section's comments: what people said, as the
 * signed-in pages show it (students' comments only where the district shows them to the public).
 */
@Controller
public class DraftController {

    /** Comments (with their replies) per page of a section. */
    static final int PAGE_SIZE = 20;

    private final PublicSite site;
    private final DraftService drafts;
    private final CycleService cycles;
    private final CommentService comments;
    private final PublicSettings settings;

    DraftController(PublicSite site, DraftService drafts, CycleService cycles, CommentService comments,
                    PublicSettings settings) {
        this.site = site;
        this.drafts = drafts;
        this.cycles = cycles;
        this.comments = comments;
        this.settings = settings;
    }

    /** A section as a version page shows it. */
    public record ShownSection(Section section, String html, long comments, String commentsHref, String clauseHref) {
    }

    public record VersionPage(Frame frame, Draft draft, Cycle cycle, DraftVersion version, List<ShownSection> sections,
                              List<Draft.VersionSummary> versions, boolean latest, boolean studentsShown,
                              Optional<String> compareHref) {
    }

    @GetMapping("/public/{slug}/drafts/{draftId}/v/{number}")
    ResponseEntity<byte[]> version(HttpServletRequest request, @PathVariable String slug, @PathVariable long draftId,
                                   @PathVariable int number) {
        PublicSite.Visit visit = site.visit(request, slug);
        Draft draft = visit.read(() -> drafts.draft(draftId)).orElseThrow(PublicNotFound::new);
        DraftVersion version = visit.read(() -> drafts.version(draftId, number)).filter(DraftVersion::published)
                .orElseThrow(PublicNotFound::new);
        Cycle cycle = visit.read(() -> cycles.cycle(draft.cycleId())).orElseThrow(PublicNotFound::new);
        boolean students = visit.read(settings::current).studentsCommentsPublic();
        Map<Long, Long> counts = visit.read(() -> comments.publicCountsBySection(version.id(), students));
        List<ShownSection> sections = version.sections().stream().map(s -> new ShownSection(s,
                SafeMarkdown.html(s.body(), 3), counts.getOrDefault(s.id(), 0L),
                visit.reader.link(PublicPaths.section(slug, s.id())),
                visit.reader.link(PublicPaths.clause(slug, draftId, s.key(), number)))).toList();
        List<Draft.VersionSummary> published = draft.published();
        boolean latest = published.getLast().number() == number;
        Optional<String> compare = number > 1
                ? Optional.of(visit.reader.link(PublicPaths.compare(slug, draftId, number - 1, number)))
                : Optional.empty();
        Words w = visit.words;
        Frame frame = visit.frame(PublicPaths.version(slug, draftId, number),
                w.t("public.draft.page-title", draft.title(), number, visit.district.name()),
                w.t("public.draft.description", draft.title(), number, cycle.titleFor(w.locale())), Frame.Nav.REVIEWS);
        return visit.page("site/version.jte", new VersionPage(frame, draft, cycle, version, sections, published,
                latest, students, compare));
    }

    public record ComparePage(Frame frame, Draft draft, Redline redline, List<Draft.VersionSummary> versions) {
    }

    /** The version pickers' form, without JavaScript: answered by a redirect to the comparison's own address. */
    @GetMapping("/public/{slug}/drafts/{draftId}/compare")
    ResponseEntity<byte[]> chooseComparison(HttpServletRequest request, @PathVariable String slug,
                                            @PathVariable long draftId, @RequestParam int from, @RequestParam int to) {
        PublicSite.Visit visit = site.visit(request, slug);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header("Location", visit.reader.link(PublicPaths.compare(slug, draftId, from, to))).build();
    }

    @GetMapping("/public/{slug}/drafts/{draftId}/compare/{from}/{to}")
    ResponseEntity<byte[]> compare(HttpServletRequest request, @PathVariable String slug, @PathVariable long draftId,
                                   @PathVariable int from, @PathVariable int to) {
        PublicSite.Visit visit = site.visit(request, slug);
        Draft draft = visit.read(() -> drafts.draft(draftId)).orElseThrow(PublicNotFound::new);
        if (from == to) {
            throw new PublicBadRequest("public.error.same-version", from);
        }
        Redline redline;
        try {
            redline = visit.read(() -> drafts.redline(draftId, from, to));
        } catch (RuleViolation unknownVersion) {
            throw new PublicNotFound();
        }
        Words w = visit.words;
        Frame frame = visit.frame(PublicPaths.compare(slug, draftId, from, to),
                w.t("public.compare.page-title", draft.title(), from, to, visit.district.name()),
                w.t("public.compare.description", draft.title(), from, to), Frame.Nav.REVIEWS);
        return visit.page("site/compare.jte", new ComparePage(frame, draft, redline, draft.published()));
    }

    public record SectionPage(Frame frame, Draft draft, SectionRef ref, String html, CommentService.PublicComments comments,
                              int page, int pages, boolean studentsShown, boolean commentOpen) {
    }

    @GetMapping("/public/{slug}/sections/{sectionId}")
    ResponseEntity<byte[]> section(HttpServletRequest request, @PathVariable String slug, @PathVariable long sectionId,
                                   @RequestParam(name = "page", defaultValue = "1") int page) {
        PublicSite.Visit visit = site.visit(request, slug);
        if (page < 1) {
            throw new PublicBadRequest("public.error.page", page);
        }
        SectionRef ref = visit.read(() -> drafts.section(sectionId)).orElseThrow(PublicNotFound::new);
        Draft draft = visit.read(() -> drafts.draft(ref.draftId())).orElseThrow(PublicNotFound::new);
        boolean students = visit.read(settings::current).studentsCommentsPublic();
        CommentService.PublicComments shown = visit.read(() -> comments.forPublic(sectionId, students,
                PageRequest.of(page - 1, PAGE_SIZE)));
        int pages = Math.max(1, shown.threads().getTotalPages());
        if (page > pages) {
            throw new PublicBadRequest("public.error.page-past-end", page, pages);
        }
        boolean open = ref.latestPublished() && visit.read(() -> cycles.cycle(ref.cycleId()))
                .flatMap(c -> c.phase(org.policycommons.cycle.PhaseKind.PUBLIC_COMMENT))
                .filter(p -> p.state() == org.policycommons.cycle.PhaseState.OPEN).isPresent();
        Words w = visit.words;
        Section section = ref.section();
        String path = PublicPaths.section(slug, sectionId) + (page > 1 ? "?page=" + page : "");
        Frame frame = visit.frame(path,
                w.t("public.section.page-title", section.number(), section.heading(), draft.title(),
                        visit.district.name()),
                w.t("public.section.description", section.heading(), draft.title(), ref.versionNumber()),
                Frame.Nav.REVIEWS);
        return visit.page("site/section.jte", new SectionPage(frame, draft, ref, SafeMarkdown.html(section.body(), 3),
                shown, page, pages, students, open));
    }
}
