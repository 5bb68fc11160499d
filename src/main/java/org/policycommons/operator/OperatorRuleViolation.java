package org.policycommons.operator;

import org.policycommons.common.RuleViolation;

/** An operator's request the portal refuses, with a translated reason. */
public class OperatorRuleViolation extends RuleViolation {

    public OperatorRuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
