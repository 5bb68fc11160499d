package org.policycommons.shell.ui;

import org.policycommons.common.RuleViolation;

import com.vaadin.flow.component.html.Div;

/**
 * Where a page says, in the reader's language, why something was refused. Screen readers read it out as it appears,
 * and it scrolls into view on a long page.
 */
public final class FormError extends Div {

    public FormError() {
        this("form-error");
    }

    public FormError(String id) {
        setId(id);
        addClassName("form-error");
        getElement().setAttribute("role", "alert");
    }

    public void show(RuleViolation refused) {
        Object[] arguments = refused.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof java.time.LocalDate day) {
                // A date in the reader's way of writing dates, not ISO.
                arguments[i] = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                        .withLocale(getLocale()).format(day);
            }
        }
        showMessage(getTranslation(refused.messageKey(), arguments));
    }

    /** A refusal already put in words, e.g. with arguments the page translated itself. */
    public void showMessage(String message) {
        setText(message);
        getElement().executeJs("this.scrollIntoView({block: 'center'})");
    }

    public void showKey(String key, Object... arguments) {
        show(new RuleViolation(key, arguments));
    }

    public void clear() {
        setText("");
    }
}
