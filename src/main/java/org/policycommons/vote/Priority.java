package org.policycommons.vote;

import java.util.Optional;

import org.policycommons.rubric.ActionStep;
import org.policycommons.text.Translated;

/**
 * A statement participants give points to, in its place in the cycle's list: a title and a short explanation, each in
 * the languages the district gave them in (the district's first always).
 */
public record Priority(long id, long cycleId, int position, Translated title, Translated explanation,
                       Optional<ActionStep> actionStep, long version) {
}
