package org.policycommons.cycle;

import org.policycommons.common.RuleViolation;

/** A refusal by the rules of review cycles and of what happens in them (drafts, comments, votes). */
public class CycleRuleViolation extends RuleViolation {

    public CycleRuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
