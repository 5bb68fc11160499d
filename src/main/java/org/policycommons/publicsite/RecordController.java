package org.policycommons.publicsite;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.policycommons.common.RuleViolation;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.rubric.ActionStep;
import org.policycommons.rubric.Assessment;
import org.policycommons.rubric.Rubric;
import org.policycommons.rubric.RubricService;
import org.policycommons.vote.BallotService;
import org.policycommons.vote.PriorityService;
import org.policycommons.vote.Results;
import org.policycommons.vote.VoterGroup;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A review's record beyond its drafts: the priority vote's results once the vote has closed (with the same
 * suppression of small groups as everywhere), and the SECURe self-assessment with its trend across reviews.
 */
@Controller
public class RecordController {

    private final PublicSite site;
    private final CycleService cycles;
    private final BallotService ballots;
    private final PriorityService priorities;
    private final RubricService rubric;

    RecordController(PublicSite site, CycleService cycles, BallotService ballots, PriorityService priorities,
                     RubricService rubric) {
        this.site = site;
        this.cycles = cycles;
        this.ballots = ballots;
        this.priorities = priorities;
        this.rubric = rubric;
    }

    /**
     * @param results  the figures, or empty while the vote is open (then {@code notYet} says why)
     * @param titles   each priority's title in the reader's language
     */
    public record VotePage(Frame frame, Cycle review, Optional<Results> results, Optional<String> notYet,
                           Map<Long, String> titles, List<VoterGroup> groups) {
    }

    @GetMapping("/public/{slug}/reviews/{cycleId}/vote-results")
    ResponseEntity<byte[]> voteResults(HttpServletRequest request, @PathVariable String slug,
                                       @PathVariable long cycleId) {
        PublicSite.Visit visit = site.visit(request, slug);
        Cycle review = visit.read(() -> cycles.cycle(cycleId)).orElseThrow(PublicNotFound::new);
        Optional<Results> results;
        Optional<String> notYet = Optional.empty();
        try {
            results = Optional.of(visit.read(() -> ballots.results(cycleId)));
        } catch (RuleViolation refused) {
            results = Optional.empty();
            notYet = Optional.of(visit.words.t(refused.messageKey(), refused.arguments()));
        }
        Map<Long, String> titles = visit.read(() -> priorities.titlesFor(cycleId, visit.reader.locale()));
        Words w = visit.words;
        Frame frame = visit.frame(PublicPaths.review(slug, cycleId) + "/vote-results",
                w.t("public.vote.page-title", review.titleFor(w.locale()), visit.district.name()),
                w.t("public.vote.description", review.titleFor(w.locale())), Frame.Nav.REVIEWS);
        return visit.page("site/vote-results.jte", new VotePage(frame, review, results, notYet, titles,
                VoterGroup.VOTING));
    }

    /** A cycle's self-assessment on each rubric, State and Local Policy first. */
    public record AssessmentPage(Frame frame, Cycle review, List<Assessment> assessments) {
    }

    @GetMapping("/public/{slug}/reviews/{cycleId}/self-assessment")
    ResponseEntity<byte[]> selfAssessment(HttpServletRequest request, @PathVariable String slug,
                                          @PathVariable long cycleId) {
        PublicSite.Visit visit = site.visit(request, slug);
        Cycle review = visit.read(() -> cycles.cycle(cycleId)).orElseThrow(PublicNotFound::new);
        List<Assessment> assessments = visit.read(() -> rubric.assessments(cycleId));
        Words w = visit.words;
        Frame frame = visit.frame(PublicPaths.review(slug, cycleId) + "/self-assessment",
                w.t("public.assessment.page-title", review.titleFor(w.locale()), visit.district.name()),
                w.t("public.assessment.description", review.titleFor(w.locale())), Frame.Nav.REVIEWS);
        return visit.page("site/self-assessment.jte", new AssessmentPage(frame, review, assessments));
    }

    /** One rubric's trend: each cycle's ratings on it. */
    public record RubricTrend(Rubric rubric, List<Assessment.TrendRow> rows) {
    }

    public record TrendPage(Frame frame, List<RubricTrend> rubrics, List<ActionStep> steps) {
    }

    @GetMapping("/public/{slug}/self-assessment-trend")
    ResponseEntity<byte[]> trend(HttpServletRequest request, @PathVariable String slug) {
        PublicSite.Visit visit = site.visit(request, slug);
        Words w = visit.words;
        Frame frame = visit.frame(PublicPaths.district(slug) + "/self-assessment-trend",
                w.t("public.trend.page-title", visit.district.name()),
                w.t("public.trend.description", visit.district.name()), Frame.Nav.REVIEWS);
        List<RubricTrend> trends = java.util.Arrays.stream(Rubric.values())
                .map(r -> new RubricTrend(r, visit.read(() -> rubric.trend(r)))).toList();
        return visit.page("site/trend.jte", new TrendPage(frame, trends, List.of(ActionStep.values())));
    }
}
