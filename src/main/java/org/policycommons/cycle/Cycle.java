package org.policycommons.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A review cycle as it stands. {@code version} is what an edit must name, so that a second admin's save cannot
 * silently overwrite the first's.
 */
public record Cycle(long id, String title, String schoolYear, String description, LocalDate startsOn,
                    LocalDate endsOn, long version, List<Phase> phases, BoardMilestones milestones,
                    Instant adoptedAt) {

    public boolean adopted() {
        return adoptedAt != null;
    }

    public Optional<Phase> phase(PhaseKind kind) {
        return phases.stream().filter(p -> p.kind() == kind).findFirst();
    }

    public List<Phase> openPhases() {
        return phases.stream().filter(p -> p.state() == PhaseState.OPEN).toList();
    }
}
