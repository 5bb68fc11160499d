package org.policycommons.cycle;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.policycommons.cycle.repository.CycleRecord;
import org.policycommons.cycle.repository.CycleRepository;
import org.policycommons.text.Subject;
import org.policycommons.text.Translated;
import org.policycommons.text.TranslatedTexts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review cycles that happened, recorded as they were: a past review with its board readings and adoption, or one
 * already under way. For the portal's own seeding and imports in the district in scope (the demo module), never for
 * a request: it keeps none of the rules an admin's change must keep (no dates in the past, nothing once adopted).
 */
@Service
public class CycleHistory {

    private final CycleRepository cycles;
    private final Clock clock;
    private final TranslatedTexts texts;

    CycleHistory(CycleRepository cycles, Clock clock, TranslatedTexts texts) {
        this.cycles = cycles;
        this.clock = clock;
        this.texts = texts;
    }

    /** A cycle with this plan; adopted at {@code adoptedAt} with these board milestones, if they are given. */
    @Transactional
    public long record(CyclePlan plan, BoardMilestones milestones, Instant adoptedAt) {
        return record(plan, Translated.NONE, milestones, adoptedAt);
    }

    /**
     * The same, its title also given in other languages than the plan's, which is the district's first; a language
     * the district does not offer is left out.
     */
    @Transactional
    public long record(CyclePlan plan, Translated otherTitles, BoardMilestones milestones, Instant adoptedAt) {
        plan.validate();
        CycleRecord cycle = cycles.save(new CycleRecord(plan, clock.instant()));
        List<Locale> offered = texts.offered();
        Translated titles = new Translated(Map.of()).with(offered.getFirst(), plan.title());
        for (Locale language : offered.subList(1, offered.size())) {
            titles = titles.with(language, otherTitles.in(language).orElse(""));
        }
        texts.write(Subject.CYCLE_TITLE, cycle.id(), titles, "Policy Commons");
        if (milestones != null) {
            cycle.recordMilestones(milestones);
        }
        if (adoptedAt != null) {
            cycle.markAdopted(adoptedAt);
        }
        return cycle.id();
    }
}
