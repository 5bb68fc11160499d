package org.policycommons.draft;

import java.util.Set;

import org.policycommons.rubric.ActionStep;

/**
 * A numbered section (clause) of one version of a draft.
 *
 * @param key         the same from version to version while it is the same clause, so versions can be compared
 * @param number      its number in this version, from 1
 * @param body        its text, in Markdown; show it through {@link SafeMarkdown}
 * @param actionSteps the SECURe action steps it serves
 */
public record Section(long id, String key, int number, String heading, String body, Set<ActionStep> actionSteps) {
}
