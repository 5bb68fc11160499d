package org.policycommons.vote;

import java.util.Locale;
import java.util.Optional;

import org.policycommons.rubric.ActionStep;

/** A statement participants give points to, in English and Spanish, in its place in the cycle's list. */
public record Priority(long id, long cycleId, int position, Wording english, Wording spanish,
                       Optional<ActionStep> actionStep, long version) {

    /** A priority's title and short explanation in one language. */
    public record Wording(String title, String explanation) {
    }

    public Wording in(Locale locale) {
        return "es".equals(locale.getLanguage()) ? spanish : english;
    }
}
