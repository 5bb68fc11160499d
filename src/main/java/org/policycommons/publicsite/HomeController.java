package org.policycommons.publicsite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.Phase;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.cycle.PhaseState;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.policycommons.text.Translated;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A district's public home: the review under way, what is open and until when, and who can do what once signed in. */
@Controller
public class HomeController {

    private final PublicSite site;
    private final CycleService cycles;
    private final DraftService drafts;
    private final PublicSettings settings;

    HomeController(PublicSite site, CycleService cycles, DraftService drafts, PublicSettings settings) {
        this.settings = settings;
        this.site = site;
        this.cycles = cycles;
        this.drafts = drafts;
    }

    /**
     * @param review    the review under way (or the next, or the last), if the district has one
     * @param phases    its phases, in order, each with where it stands
     * @param drafts    its drafts with something published, each with its latest published version
     * @param canDo     what each kind of participant can do now, once signed in
     * @param policyAdoptedOn when the policy in force was adopted, if one was
     * @param introduction what the district says first, in the reader's language or else its first language
     */
    public record HomePage(Frame frame, Optional<Cycle> review, List<Phase> phases, List<DraftLink> drafts,
                           List<String> canDo, Optional<LocalDate> nextReviewDue, Optional<java.time.Instant> policyAdoptedOn,
                           boolean voteResultsOpen, Optional<Translated.Shown> introduction) {
    }

    public record DraftLink(String title, int version, String href) {
    }

    @GetMapping({"/public/{slug}", "/public/{slug}/"})
    ResponseEntity<byte[]> home(HttpServletRequest request, @PathVariable String slug) {
        PublicSite.Visit visit = site.visit(request, slug);
        Words w = visit.words;
        Optional<Cycle> review = visit.read(cycles::current);
        List<DraftLink> links = review.map(cycle -> visit.read(() -> drafts.draftsOf(cycle.id())).stream()
                .flatMap(draft -> draft.latestPublished().stream().map(v -> new DraftLink(draft.title(), v.number(),
                        visit.reader.link(PublicPaths.version(slug, draft.id(), v.number())))))
                .toList()).orElse(List.of());
        List<String> canDo = new ArrayList<>();
        review.filter(cycle -> !cycle.adopted()).ifPresent(cycle -> {
            for (Phase phase : cycle.openPhases()) {
                String until = w.date(phase.lastDay(w.zone()));
                switch (phase.kind()) {
                    case PUBLIC_COMMENT -> canDo.add(w.t("public.home.can-comment", until));
                    case PRIORITY_VOTE -> canDo.add(w.t("public.home.can-vote", until));
                    case BOARD_REVIEW -> canDo.add(w.t("public.home.board-reviews", until));
                    default -> { }
                }
            }
        });
        Optional<java.time.Instant> adopted = visit.read(cycles::history).stream().filter(Cycle::adopted)
                .map(Cycle::adoptedAt).max(java.util.Comparator.naturalOrder());
        boolean voteClosed = review.flatMap(c -> c.phase(PhaseKind.PRIORITY_VOTE))
                .filter(p -> p.state() == PhaseState.CLOSED).isPresent();
        Frame frame = visit.frame(PublicPaths.district(slug), w.t("public.home.page-title", visit.district.name()),
                w.t("public.home.description", visit.district.name()), Frame.Nav.HOME);
        return visit.page("site/home.jte", new HomePage(frame, review,
                review.map(Cycle::phases).orElse(List.of()), links, canDo, visit.read(cycles::nextReviewDue),
                adopted, voteClosed, visit.read(settings::introduction).forReader(visit.reader.locale(),
                        visit.reader.offered())));
    }
}
