package org.policycommons.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.policycommons.text.Translated;

/**
 * A review cycle as it stands. {@code version} is what an edit must name, so that a second admin's save cannot
 * silently overwrite the first's.
 *
 * @param title  its title in the district's first language, as staff and the audit log name it
 * @param titles its title in each language the district gave it in; readers get theirs ({@link #titleFor})
 */
public record Cycle(long id, String title, String schoolYear, String description, LocalDate startsOn,
                    LocalDate endsOn, long version, List<Phase> phases, BoardMilestones milestones,
                    Instant adoptedAt, Translated titles) {

    /** The title a reader of this language sees: in it if given, else in the district's first language. */
    public String titleFor(Locale reader) {
        String shown = titles.textFor(reader);
        return shown.isEmpty() ? title : shown;
    }

    /** The title as a reader sees it, with the language it is in: a page marks a title not in the reader's. */
    public Translated.Shown shownTitle(Locale reader) {
        return titles.forReader(reader).orElseGet(() -> new Translated.Shown(title, reader, false));
    }

    public Cycle withTitles(Translated translated) {
        return new Cycle(id, title, schoolYear, description, startsOn, endsOn, version, phases, milestones, adoptedAt,
                translated);
    }

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
