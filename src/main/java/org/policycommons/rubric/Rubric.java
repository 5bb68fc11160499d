package org.policycommons.rubric;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two rubrics of the SECURe release, each built on the same five action steps with its own "to start" and "to
 * improve" checklists: one for the state and local policy that governs school resource officers, one for how the
 * district puts it into practice. A cycle has a self-assessment for each (docs/decisions/033).
 */
public enum Rubric {
    STATE_AND_LOCAL_POLICY("policy"),
    LOCAL_IMPLEMENTATION("implementation");

    private final String code;

    Rubric(String code) {
        this.code = code;
    }

    /** Its name in addresses and element ids: {@code policy} or {@code implementation}. */
    public String code() {
        return code;
    }

    public String translationKey() {
        return "rubric.rubric." + code;
    }

    public static Optional<Rubric> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
