package org.policycommons.publicsite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The small "current review" card a district can put on its own website in a frame ({@code frame-ancestors} lists the
 * websites it allowed), and the sitemap of its public pages for search engines.
 */
@Controller
public class CardController {

    private final PublicSite site;
    private final PublicResponses responses;
    private final PublicSettings settings;
    private final CycleService cycles;
    private final DraftService drafts;

    CardController(PublicSite site, PublicResponses responses, PublicSettings settings, CycleService cycles,
                   DraftService drafts) {
        this.site = site;
        this.responses = responses;
        this.settings = settings;
        this.cycles = cycles;
        this.drafts = drafts;
    }

    public record CardPage(Frame frame, Optional<Cycle> review) {
    }

    @GetMapping("/public/{slug}/card")
    ResponseEntity<byte[]> card(HttpServletRequest request, @PathVariable String slug) {
        PublicSite.Visit visit = site.visit(request, slug);
        Optional<Cycle> review = visit.read(cycles::current);
        Words w = visit.words;
        Frame frame = visit.frame(PublicPaths.district(slug) + "/card",
                w.t("public.card.title", visit.district.name()), w.t("public.home.description", visit.district.name()),
                Frame.Nav.NONE);
        String ancestors = visit.read(settings::current).frameAncestors();
        return visit.page("site/card.jte", new CardPage(frame, review), ancestors);
    }

    @GetMapping("/public/{slug}/sitemap.xml")
    ResponseEntity<byte[]> sitemap(HttpServletRequest request, @PathVariable String slug) {
        PublicSite.Visit visit = site.visit(request, slug);
        List<String> paths = new ArrayList<>(List.of(PublicPaths.district(slug), PublicPaths.district(slug) + "/policy",
                PublicPaths.district(slug) + "/reviews", PublicPaths.district(slug) + "/self-assessment-trend"));
        for (Cycle cycle : visit.read(cycles::history)) {
            String review = PublicPaths.review(slug, cycle.id());
            paths.addAll(List.of(review, review + "/responses", review + "/moderation-log", review + "/vote-results",
                    review + "/self-assessment"));
            for (Draft draft : visit.read(() -> drafts.draftsOf(cycle.id()))) {
                for (Draft.VersionSummary version : draft.published()) {
                    paths.add(PublicPaths.version(slug, draft.id(), version.number()));
                }
                draft.latestPublished().flatMap(v -> visit.read(() -> drafts.version(draft.id(), v.number())))
                        .ifPresent(v -> v.sections().forEach(s -> paths.add(PublicPaths.section(slug, s.id()))));
            }
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        // The paths are made of the slug (letters, digits, hyphens) and numbers: nothing to escape.
        paths.forEach(path -> xml.append("  <url><loc>").append(site.baseUrl()).append(path).append("</loc></url>\n"));
        xml.append("</urlset>\n");
        return responses.answer(request, HttpStatus.OK, PublicResponses.utf8(xml.toString()),
                MediaType.parseMediaType("application/xml;charset=UTF-8"), "'none'");
    }
}
