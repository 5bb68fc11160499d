package org.policycommons.member;

import org.policycommons.common.RuleViolation;

/** A district admin's change to the district's people that the portal refuses, with a translated reason. */
public class MemberRuleViolation extends RuleViolation {

    public MemberRuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
