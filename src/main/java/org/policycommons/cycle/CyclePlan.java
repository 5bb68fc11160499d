package org.policycommons.cycle;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an admin enters to create a cycle, and the rules its dates must follow.
 *
 * @param schoolYear e.g. {@code 2026–27}
 * @param startsOn   the cycle's first day; every phase lies within {@code startsOn..endsOn}
 */
public record CyclePlan(String title, String schoolYear, String description, LocalDate startsOn, LocalDate endsOn,
                        List<PhaseWindow> phases) {

    public static final int TITLE_MAX = 200;
    static final int SCHOOL_YEAR_MAX = 20;
    static final int DESCRIPTION_MAX = 4000;

    /** Throws the first rule the plan breaks, as a translatable {@link CycleRuleViolation}. */
    public void validate() {
        require(title != null && !title.isBlank(), "cycle.error.title-required");
        require(title.length() <= TITLE_MAX, "cycle.error.title-too-long", TITLE_MAX);
        require(schoolYear != null && !schoolYear.isBlank(), "cycle.error.school-year-required");
        require(schoolYear.length() <= SCHOOL_YEAR_MAX, "cycle.error.school-year-too-long", SCHOOL_YEAR_MAX);
        require(description == null || description.length() <= DESCRIPTION_MAX,
                "cycle.error.description-too-long", DESCRIPTION_MAX);
        require(startsOn != null && endsOn != null, "cycle.error.cycle-dates-required");
        require(!endsOn.isBefore(startsOn), "cycle.error.cycle-dates-out-of-order");

        Map<PhaseKind, PhaseWindow> byKind = new EnumMap<>(PhaseKind.class);
        for (PhaseWindow window : phases == null ? List.<PhaseWindow>of() : phases) {
            require(window.kind() != null && byKind.put(window.kind(), window) == null, "cycle.error.phases-required");
        }
        require(byKind.size() == PhaseKind.values().length, "cycle.error.phases-required");
        for (PhaseWindow window : byKind.values()) {
            checkWindow(window);
        }
        PhaseWindow drafting = byKind.get(PhaseKind.DRAFTING);
        PhaseWindow comment = byKind.get(PhaseKind.PUBLIC_COMMENT);
        PhaseWindow vote = byKind.get(PhaseKind.PRIORITY_VOTE);
        PhaseWindow revision = byKind.get(PhaseKind.REVISION);
        PhaseWindow boardReview = byKind.get(PhaseKind.BOARD_REVIEW);
        PhaseWindow adopted = byKind.get(PhaseKind.ADOPTED);
        // Comment and vote may overlap each other, but both come after drafting and before revision.
        follows(comment, drafting);
        follows(vote, drafting);
        follows(revision, comment);
        follows(revision, vote);
        follows(boardReview, revision);
        follows(adopted, boardReview);
    }

    private void checkWindow(PhaseWindow window) {
        boolean ends = window.kind() != PhaseKind.ADOPTED;
        require(window.opensOn() != null && (!ends || window.closesOn() != null),
                "cycle.error.window-dates-required", window.kind());
        require(ends || window.closesOn() == null, "cycle.error.adopted-has-no-end");
        require(!ends || !window.closesOn().isBefore(window.opensOn()), "cycle.error.window-out-of-order", window.kind());
        require(!window.opensOn().isBefore(startsOn) && !window.opensOn().isAfter(endsOn)
                        && (!ends || !window.closesOn().isAfter(endsOn)),
                "cycle.error.window-outside-cycle", window.kind());
    }

    private static void follows(PhaseWindow later, PhaseWindow earlier) {
        require(later.opensOn().isAfter(earlier.closesOn()), "cycle.error.phase-before-previous",
                later.kind(), earlier.kind());
    }

    private static void require(boolean rule, String messageKey, Object... arguments) {
        if (!rule) {
            throw new CycleRuleViolation(messageKey, arguments);
        }
    }
}
