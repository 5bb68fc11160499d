package org.policycommons.publicsite;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftVersion;
import org.policycommons.draft.SafeMarkdown;
import org.policycommons.draft.Section;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The policy in force (the latest adopted version of each draft, when it was adopted, when it took effect and when
 * the next review is due), and permanent links to its clauses that follow a clause from version to version.
 */
@Controller
public class PolicyController {

    private final PublicSite site;
    private final CycleService cycles;
    private final DraftService drafts;

    PolicyController(PublicSite site, CycleService cycles, DraftService drafts) {
        this.site = site;
        this.cycles = cycles;
        this.drafts = drafts;
    }

    /** One clause as the policy page shows it, with its anchor on the page and its permanent link. */
    public record Clause(Section section, String html, String anchor, String permanentHref) {
    }

    /** An adopted draft: the version in force, from which review, adopted and in effect when. */
    public record InForce(Draft draft, int version, Cycle cycle, Instant adoptedAt, LocalDate takesEffectOn,
                          List<Clause> clauses, String versionHref) {
    }

    public record PolicyPage(Frame frame, List<InForce> documents, Optional<LocalDate> nextReviewDue) {
    }

    @GetMapping("/public/{slug}/policy")
    ResponseEntity<byte[]> policy(HttpServletRequest request, @PathVariable String slug) {
        PublicSite.Visit visit = site.visit(request, slug);
        List<Cycle> adopted = visit.read(cycles::history).stream().filter(Cycle::adopted)
                .sorted(Comparator.comparing(Cycle::adoptedAt).reversed()).toList();
        List<InForce> documents = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        for (Cycle cycle : adopted) {
            for (Draft draft : visit.read(() -> drafts.draftsOf(cycle.id()))) {
                // A document adopted again in a later review is in force in its later wording only.
                if (draft.latestPublished().isEmpty() || !titles.add(draft.title().strip().toLowerCase())) {
                    continue;
                }
                int number = draft.latestPublished().get().number();
                DraftVersion version = visit.read(() -> drafts.version(draft.id(), number)).orElseThrow();
                List<Clause> clauses = version.sections().stream().map(s -> new Clause(s, SafeMarkdown.html(s.body(), 4),
                        anchor(draft, s), visit.reader.link(PublicPaths.clause(slug, draft.id(), s.key(), number))))
                        .toList();
                documents.add(new InForce(draft, number, cycle, cycle.adoptedAt(), cycle.milestones().takesEffectOn(),
                        clauses, visit.reader.link(PublicPaths.version(slug, draft.id(), number))));
            }
        }
        Words w = visit.words;
        Frame frame = visit.frame(PublicPaths.district(slug) + "/policy",
                w.t("public.policy.page-title", visit.district.name()),
                w.t("public.policy.description", visit.district.name()), Frame.Nav.POLICY);
        return visit.page("site/policy.jte", new PolicyPage(frame, documents, visit.read(cycles::nextReviewDue)));
    }

    /** "#d4-section-3": the clause's place on the policy page, by draft and number. */
    static String anchor(Draft draft, Section section) {
        return "d" + draft.id() + "-section-" + section.number();
    }

    /**
     * Where a clause stands now, from the version a link was made in.
     *
     * @param linked   the clause in the version the link names, if that version has it
     * @param current  the clause in the draft's latest published version, or empty when it was removed
     * @param changed  whether its wording differs between the two
     * @param removedIn the first version without it, when it was removed
     */
    public record ClausePage(Frame frame, Draft draft, int linkedVersion, Optional<Section> linked, int latestVersion,
                             Optional<Clause> current, boolean changed, Optional<Integer> removedIn,
                             String linkedHref, String policyHref) {
    }

    @GetMapping("/public/{slug}/drafts/{draftId}/clauses/{key}")
    ResponseEntity<byte[]> clause(HttpServletRequest request, @PathVariable String slug, @PathVariable long draftId,
                                  @PathVariable String key, @RequestParam(name = "from", required = false) Integer from) {
        PublicSite.Visit visit = site.visit(request, slug);
        Draft draft = visit.read(() -> drafts.draft(draftId)).orElseThrow(PublicNotFound::new);
        List<DraftVersion> versions = draft.published().stream()
                .map(v -> visit.read(() -> drafts.version(draftId, v.number())).orElseThrow()).toList();
        int latest = versions.getLast().number();
        int linkedNumber = from == null ? latest : from;
        DraftVersion linkedVersion = versions.stream().filter(v -> v.number() == linkedNumber).findFirst()
                .orElseThrow(() -> new PublicBadRequest("public.error.version", linkedNumber));
        Optional<Section> linked = withKey(linkedVersion, key);
        Optional<Section> now = withKey(versions.getLast(), key);
        if (linked.isEmpty() && now.isEmpty() && versions.stream().allMatch(v -> withKey(v, key).isEmpty())) {
            throw new PublicNotFound();
        }
        boolean changed = linked.isPresent() && now.isPresent()
                && !(Objects.equals(linked.get().heading(), now.get().heading())
                && Objects.equals(linked.get().body(), now.get().body()));
        Optional<Integer> removedIn = now.isPresent() ? Optional.empty() : versions.stream()
                .filter(v -> v.number() > linkedNumber && withKey(v, key).isEmpty())
                .map(DraftVersion::number).findFirst();
        Optional<Clause> current = now.map(s -> new Clause(s, SafeMarkdown.html(s.body(), 3), anchor(draft, s),
                visit.reader.link(PublicPaths.clause(slug, draftId, key, latest))));
        Words w = visit.words;
        Section shown = now.or(() -> linked).orElseGet(() -> versions.stream().map(v -> withKey(v, key))
                .flatMap(Optional::stream).reduce((a, b) -> b).orElseThrow());
        Frame frame = visit.frame(PublicPaths.clause(slug, draftId, key, linkedNumber),
                w.t("public.clause.page-title", shown.heading(), draft.title(), visit.district.name()),
                w.t("public.clause.description", shown.heading(), draft.title()), Frame.Nav.POLICY);
        String linkedHref = visit.reader.link(PublicPaths.version(slug, draftId, linkedNumber))
                + linked.map(s -> "#section-" + s.number()).orElse("");
        return visit.page("site/clause.jte", new ClausePage(frame, draft, linkedNumber, linked, latest, current,
                changed, removedIn, linkedHref, visit.reader.link(PublicPaths.district(slug) + "/policy")));
    }

    private static Optional<Section> withKey(DraftVersion version, String key) {
        return version.sections().stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
