package org.policycommons.rubric;

/** The five SECURe action steps, numbered as in the rubrics; their names are in the translation files. */
public enum ActionStep {
    PARTNERSHIPS(1),
    CIVIL_RIGHTS(2),
    HIRING(3),
    TRAINING(4),
    EVALUATION(5);

    private final int number;

    ActionStep(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public String translationKey() {
        return "rubric.step." + number;
    }

    public static ActionStep ofNumber(int number) {
        for (ActionStep step : values()) {
            if (step.number == number) {
                return step;
            }
        }
        throw new IllegalArgumentException("No SECURe action step " + number);
    }
}
