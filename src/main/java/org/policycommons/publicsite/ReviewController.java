package org.policycommons.publicsite;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.policycommons.board.PublishedPackets;
import org.policycommons.comment.DistrictResponse;
import org.policycommons.comment.ModerationService;
import org.policycommons.comment.ResponseService;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every review of the district, past and present: its timeline and drafts, what the district answered ("you said,
 * we did"), and the public moderation log.
 */
@Controller
public class ReviewController {

    static final int RESPONSES_PER_PAGE = 20;

    private final PublicSite site;
    private final CycleService cycles;
    private final DraftService drafts;
    private final ResponseService answers;
    private final ModerationService moderation;
    private final PublishedPackets packets;
    private final PublicResponses responses;

    ReviewController(PublicSite site, CycleService cycles, DraftService drafts, ResponseService answers,
                     ModerationService moderation, PublishedPackets packets, PublicResponses responses) {
        this.packets = packets;
        this.responses = responses;
        this.site = site;
        this.cycles = cycles;
        this.drafts = drafts;
        this.answers = answers;
        this.moderation = moderation;
    }

    public record ReviewsPage(Frame frame, List<Cycle> reviews) {
    }

    @GetMapping("/public/{slug}/reviews")
    ResponseEntity<byte[]> reviews(HttpServletRequest request, @PathVariable String slug) {
        PublicSite.Visit visit = site.visit(request, slug);
        Words w = visit.words;
        Frame frame = visit.frame(PublicPaths.district(slug) + "/reviews",
                w.t("public.reviews.page-title", visit.district.name()),
                w.t("public.reviews.description", visit.district.name()), Frame.Nav.REVIEWS);
        return visit.page("site/reviews.jte", new ReviewsPage(frame, visit.read(cycles::history)));
    }

    /** A draft of a review, with its published versions, each linked. */
    public record ReviewDraft(Draft draft, List<Integer> versions) {
    }

    public record ReviewPage(Frame frame, Cycle review, List<ReviewDraft> drafts, List<PublishedPackets.Edition> packets) {
    }

    @GetMapping("/public/{slug}/reviews/{cycleId}")
    ResponseEntity<byte[]> review(HttpServletRequest request, @PathVariable String slug, @PathVariable long cycleId) {
        PublicSite.Visit visit = site.visit(request, slug);
        Cycle review = visit.read(() -> cycles.cycle(cycleId)).orElseThrow(PublicNotFound::new);
        List<ReviewDraft> shown = visit.read(() -> drafts.draftsOf(cycleId)).stream()
                .filter(d -> !d.published().isEmpty())
                .map(d -> new ReviewDraft(d, d.published().stream().map(Draft.VersionSummary::number).toList()))
                .toList();
        Words w = visit.words;
        Frame frame = visit.frame(PublicPaths.review(slug, cycleId),
                w.t("public.review.page-title", review.titleFor(w.locale()), visit.district.name()),
                w.t("public.review.description", review.titleFor(w.locale()), visit.district.name()), Frame.Nav.REVIEWS);
        return visit.page("site/review.jte", new ReviewPage(frame, review, shown,
                visit.read(() -> packets.editions(cycleId))));
    }

    @GetMapping("/public/{slug}/reviews/{cycleId}/packets/{packetId}.pdf")
    ResponseEntity<byte[]> packet(HttpServletRequest request, @PathVariable String slug, @PathVariable long cycleId,
                                  @PathVariable long packetId) {
        PublicSite.Visit visit = site.visit(request, slug);
        byte[] pdf = visit.read(() -> packets.pdf(cycleId, packetId)).orElseThrow(PublicNotFound::new);
        return responses.unchanging(request, pdf, org.springframework.http.MediaType.APPLICATION_PDF,
                "board-packet-" + cycleId + "-" + packetId + ".pdf");
    }

    public record ResponsesPage(Frame frame, Cycle review, Page<DistrictResponse> responses, Map<Long, String> draftTitles,
                                int page, int pages) {
    }

    @GetMapping("/public/{slug}/reviews/{cycleId}/responses")
    ResponseEntity<byte[]> responses(HttpServletRequest request, @PathVariable String slug, @PathVariable long cycleId,
                                     @RequestParam(name = "page", defaultValue = "1") int page) {
        PublicSite.Visit visit = site.visit(request, slug);
        if (page < 1) {
            throw new PublicBadRequest("public.error.page", page);
        }
        Cycle review = visit.read(() -> cycles.cycle(cycleId)).orElseThrow(PublicNotFound::new);
        Page<DistrictResponse> found = visit.read(() -> answers.responses(cycleId,
                PageRequest.of(page - 1, RESPONSES_PER_PAGE)));
        int pages = Math.max(1, found.getTotalPages());
        if (page > pages) {
            throw new PublicBadRequest("public.error.page-past-end", page, pages);
        }
        Map<Long, String> titles = visit.read(() -> drafts.draftsOf(cycleId)).stream()
                .collect(Collectors.toMap(Draft::id, Draft::title));
        Words w = visit.words;
        Frame frame = visit.frame(PublicPaths.review(slug, cycleId) + "/responses" + (page > 1 ? "?page=" + page : ""),
                w.t("public.responses.page-title", review.titleFor(w.locale()), visit.district.name()),
                w.t("public.responses.description", review.titleFor(w.locale())), Frame.Nav.REVIEWS);
        return visit.page("site/responses.jte", new ResponsesPage(frame, review, found, titles, page, pages));
    }

    public record ModerationLogPage(Frame frame, Cycle review, List<ModerationService.LogLine> lines) {
    }

    @GetMapping("/public/{slug}/reviews/{cycleId}/moderation-log")
    ResponseEntity<byte[]> moderationLog(HttpServletRequest request, @PathVariable String slug,
                                         @PathVariable long cycleId) {
        PublicSite.Visit visit = site.visit(request, slug);
        Cycle review = visit.read(() -> cycles.cycle(cycleId)).orElseThrow(PublicNotFound::new);
        Words w = visit.words;
        Frame frame = visit.frame(PublicPaths.review(slug, cycleId) + "/moderation-log",
                w.t("public.moderation-log.page-title", review.titleFor(w.locale()), visit.district.name()),
                w.t("moderation.log.intro", review.titleFor(w.locale())), Frame.Nav.REVIEWS);
        return visit.page("site/moderation-log.jte",
                new ModerationLogPage(frame, review, visit.read(() -> moderation.log(cycleId))));
    }
}
