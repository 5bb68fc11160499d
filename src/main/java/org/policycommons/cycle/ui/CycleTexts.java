package org.policycommons.cycle.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.policycommons.common.RuleViolation;
import org.policycommons.cycle.Phase;
import org.policycommons.cycle.PhaseKind;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/** The words and dates of the cycle pages, in the reader's language. */
final class CycleTexts {

    private final Component component;

    CycleTexts(Component component) {
        this.component = component;
    }

    String t(String key, Object... arguments) {
        return component.getTranslation(key, arguments);
    }

    String phaseName(PhaseKind kind) {
        return t(kind.translationKey());
    }

    String date(LocalDate date) {
        Locale locale = locale();
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** "Open until 14 March 2027 (12 days left)", "Opens on …", "Closed on …". */
    String status(Phase phase, ZoneId zone) {
        LocalDate today = phase.asOf();
        LocalDate lastDay = phase.lastDay(zone);
        return switch (phase.state()) {
            case UPCOMING -> t("cycle.status.opens", date(phase.opensAt().atZone(zone).toLocalDate()));
            case OPEN -> lastDay == null ? t("cycle.status.open-no-end")
                    : t("cycle.status.open-until", date(lastDay), ChronoUnit.DAYS.between(today, lastDay));
            case CLOSED -> t("cycle.status.closed", date(lastDay));
        };
    }

    /** A refusal from the service, in words: phase names in its arguments are translated too. */
    String refusal(RuleViolation violation) {
        Object[] arguments = violation.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof PhaseKind kind) {
                arguments[i] = phaseName(kind);
            }
        }
        return t(violation.messageKey(), arguments);
    }

    /** The reader's language: the page's, or the current UI's while the page is being built. */
    Locale locale() {
        return component.getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent()))
                .map(UI::getLocale).orElse(Locale.ENGLISH);
    }
}
