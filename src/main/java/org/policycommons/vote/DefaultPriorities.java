package org.policycommons.vote;

import java.util.List;
import java.util.Locale;

import org.policycommons.common.Translations;
import org.policycommons.rubric.ActionStep;
import org.policycommons.text.Translated;

/**
 * The priorities a new cycle starts with, one per SECURe action step, written for this project and editable. Their
 * words are in the translation bundles ({@code priority.default.<step>.title} and {@code .explanation}), so a
 * language added by its bundle has them too.
 */
final class DefaultPriorities {

    static final List<ActionStep> STEPS = List.of(ActionStep.PARTNERSHIPS, ActionStep.CIVIL_RIGHTS, ActionStep.HIRING,
            ActionStep.TRAINING, ActionStep.EVALUATION);

    record Seed(ActionStep step, Translated title, Translated explanation) {
    }

    private DefaultPriorities() {
    }

    /** The default priorities in each of the languages given whose bundle has them. */
    static List<Seed> in(List<Locale> languages, Translations translations) {
        return STEPS.stream().map(step -> new Seed(step, words(step, "title", languages, translations),
                words(step, "explanation", languages, translations))).toList();
    }

    private static Translated words(ActionStep step, String what, List<Locale> languages, Translations translations) {
        String key = "priority.default." + step.name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + what;
        Translated words = Translated.NONE;
        for (Locale language : languages) {
            words = words.with(language, translations.ownText(key, language).orElse(""));
        }
        // A district whose first language has no bundle of these words still gets a priority its readers can read.
        return words.in(languages.getFirst()).isPresent() ? words
                : words.with(languages.getFirst(), translations.text(key, Locale.ENGLISH));
    }
}
