package org.policycommons.common;

import java.util.Arrays;

import io.micrometer.core.instrument.Metrics;

/**
 * An action the portal's rules refuse. It carries a translation key and its arguments, so that the screen can say why
 * in the reader's language; the English message is for logs.
 */
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        // Every refusal is counted by its reason: a sudden rise (limits hit, closed windows) shows on the dashboard.
        Metrics.counter("portal.refusals", "reason", messageKey).increment();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
