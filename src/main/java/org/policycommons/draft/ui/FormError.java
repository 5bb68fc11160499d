package org.policycommons.draft.ui;

import org.policycommons.cycle.CycleRuleViolation;

import com.vaadin.flow.component.html.Div;

/** Where a draft page says why something was refused; screen readers read it out as it appears. */
final class FormError extends Div {

    FormError() {
        setId("form-error");
        addClassName("form-error");
        getElement().setAttribute("role", "alert");
    }

    void show(CycleRuleViolation refused) {
        setText(getTranslation(refused.messageKey(), refused.arguments()));
        getElement().executeJs("this.scrollIntoView({block: 'center'})");
    }

    void showKey(String key, Object... arguments) {
        show(new CycleRuleViolation(key, arguments));
    }

    void clear() {
        setText("");
    }
}
