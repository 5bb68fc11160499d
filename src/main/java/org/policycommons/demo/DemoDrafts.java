package org.policycommons.demo;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.district.District;
import org.policycommons.draft.DraftHistory;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.Section;
import org.policycommons.rubric.ActionStep;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A draft SRO policy for each demo cycle: the past adopted cycle has version 1 and its revision, version 2, so the
 * redline shows; the current cycle has version 1 out for comment. The text is written for this demo.
 */
@Component
@Profile("demo")
class DemoDrafts {

    static final String TITLE = "School resource officer policy";
    static final String TITLE_ES = "Política de agentes de seguridad escolar";
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private final CycleService cycles;
    private final DraftService drafts;
    private final DraftHistory history;

    DemoDrafts(CycleService cycles, DraftService drafts, DraftHistory history) {
        this.cycles = cycles;
        this.drafts = drafts;
        this.history = history;
    }

    void seedOnce(District district) {
        List<Cycle> all = cycles.history();
        if (all.stream().anyMatch(c -> !drafts.draftsOf(c.id()).isEmpty())) {
            return;
        }
        all.stream().filter(Cycle::adopted).findFirst().ifPresent(past -> {
            long draft = history.recordDraft(past.id(), TITLE, opening(past, PhaseKind.DRAFTING));
            List<Section> one = history.recordPublishedVersion(draft, 1, DemoDraftText.VERSION_1, List.of(),
                    opening(past, PhaseKind.PUBLIC_COMMENT), DemoDrafts::tags);
            history.recordPublishedVersion(draft, 2, DemoDraftText.VERSION_2, one,
                    opening(past, PhaseKind.BOARD_REVIEW), DemoDrafts::tags);
            history.recordTranslation(draft, 1, SPANISH, TITLE_ES, DemoDraftText.VERSION_1_ES);
            history.recordTranslation(draft, 2, SPANISH, TITLE_ES, DemoDraftText.VERSION_2_ES);
        });
        all.stream().filter(c -> !c.adopted()).findFirst().ifPresent(current -> {
            long draft = history.recordDraft(current.id(), TITLE, opening(current, PhaseKind.DRAFTING));
            history.recordPublishedVersion(draft, 1, DemoDraftText.VERSION_2, List.of(),
                    opening(current, PhaseKind.PUBLIC_COMMENT), DemoDrafts::tags);
            history.recordTranslation(draft, 1, SPANISH, TITLE_ES, DemoDraftText.VERSION_2_ES);
        });
    }

    private static Set<ActionStep> tags(String heading) {
        Map<String, Set<ActionStep>> byHeading = Map.of(
                "Roles and responsibilities", EnumSet.of(ActionStep.PARTNERSHIPS, ActionStep.CIVIL_RIGHTS),
                "Arrests, citations and referrals", EnumSet.of(ActionStep.CIVIL_RIGHTS),
                "Selection and training", EnumSet.of(ActionStep.HIRING, ActionStep.TRAINING),
                "Data and reporting", EnumSet.of(ActionStep.EVALUATION));
        return byHeading.getOrDefault(heading, Set.of());
    }

    private static Instant opening(Cycle cycle, PhaseKind kind) {
        return cycle.phase(kind).orElseThrow().opensAt();
    }
}
