package org.policycommons.draft;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.repository.DraftRecord;
import org.policycommons.draft.repository.DraftRepository;
import org.policycommons.draft.repository.SectionRecord;
import org.policycommons.draft.repository.SectionRepository;
import org.policycommons.draft.repository.VersionRecord;
import org.policycommons.draft.repository.VersionRepository;
import org.policycommons.identity.TenantScope;
import org.policycommons.rubric.ActionStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives each demo district's cycles, once, a draft SRO policy: the past adopted cycle has version 1 and its revision,
 * version 2, so the redline shows; the current cycle has version 1 out for comment. The text is written for this
 * demo. Written through the repositories, as history: the service would rightly refuse to touch an adopted cycle.
 * Off with {@code portal.demo.cycles=false}, like the cycles it builds on.
 */
@Component
@ConditionalOnProperty(name = "portal.demo.cycles", havingValue = "true", matchIfMissing = true)
class DemoDrafts {

    private static final Logger log = LoggerFactory.getLogger(DemoDrafts.class);
    private static final List<String> DEMO_DISTRICTS = List.of("springfield", "riverside");
    static final String TITLE = "School resource officer policy";

    private final DistrictDirectory districts;
    private final CycleService cycles;
    private final DraftRepository drafts;
    private final VersionRepository versions;
    private final SectionRepository sections;
    private final TransactionTemplate transactions;

    DemoDrafts(DistrictDirectory districts, CycleService cycles, DraftRepository drafts, VersionRepository versions,
               SectionRepository sections, TransactionTemplate transactions) {
        this.districts = districts;
        this.cycles = cycles;
        this.drafts = drafts;
        this.versions = versions;
        this.sections = sections;
        this.transactions = transactions;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(20) // after the demo cycles
    public void seed() {
        for (String slug : DEMO_DISTRICTS) {
            districts.bySlug(slug).ifPresent(district -> TenantScope.runAs(district.id(),
                    () -> transactions.executeWithoutResult(status -> seedOnce(district))));
        }
    }

    private void seedOnce(District district) {
        if (drafts.count() > 0) {
            return;
        }
        List<Cycle> history = cycles.history();
        history.stream().filter(Cycle::adopted).findFirst().ifPresent(past -> {
            DraftRecord draft = drafts.save(new DraftRecord(past.id(), TITLE, opening(past, PhaseKind.DRAFTING)));
            List<Section> one = write(draft, 1, DemoDraftText.VERSION_1, List.of(), opening(past, PhaseKind.PUBLIC_COMMENT));
            write(draft, 2, DemoDraftText.VERSION_2, one, opening(past, PhaseKind.BOARD_REVIEW));
        });
        history.stream().filter(c -> !c.adopted()).findFirst().ifPresent(current -> {
            DraftRecord draft = drafts.save(new DraftRecord(current.id(), TITLE, opening(current, PhaseKind.DRAFTING)));
            write(draft, 1, DemoDraftText.VERSION_2, List.of(), opening(current, PhaseKind.PUBLIC_COMMENT));
        });
        log.info("Demo drafts created for {}", district.name());
    }

    private List<Section> write(DraftRecord draft, int number, String markdown, List<Section> previous, Instant at) {
        VersionRecord version = versions.save(new VersionRecord(draft.id(), number, markdown, at.minus(Duration.ofDays(2))));
        List<Section> keyed = DraftService.keyed(MarkdownSections.parse(markdown), previous);
        for (Section section : keyed) {
            Set<ActionStep> steps = previous.isEmpty() ? tags(section.heading()) : section.actionSteps();
            sections.save(new SectionRecord(version.id(), section.number(), section.key(), section.heading(),
                    section.body(), steps));
        }
        version.publish(at, "demo");
        return keyed.stream().map(s -> new Section(0, s.key(), s.number(), s.heading(), s.body(),
                previous.isEmpty() ? tags(s.heading()) : s.actionSteps())).toList();
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
