package org.policycommons.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.policycommons.common.Translations;
import org.springframework.stereotype.Component;

/**
 * A notice's words in a reader's language, the same on the notices page and in a digest email. Its first detail is
 * the phase's name for a phase notice, else the translated detail (e.g. a disposition), else its own (e.g. a number);
 * its second the review's title; its third a date, written in the reader's way (e.g. when a window closes).
 */
@Component
public class NoticeWords {

    private final Translations translations;

    NoticeWords(Translations translations) {
        this.translations = translations;
    }

    public String text(Notice notice, String cycleTitle, Locale locale) {
        String detail = notice.phase() != null
                ? translations.text("phase." + notice.phase().toLowerCase(Locale.ROOT).replace('_', '-'), locale)
                : notice.detailKey() != null ? translations.text(notice.detailKey(), locale)
                : notice.detailText() != null ? notice.detailText() : "";
        return translations.text(notice.messageKey(), locale, detail, cycleTitle, date(notice.detailText(), locale));
    }

    /** The words of a notice's link, e.g. "See what changed". */
    public String linkText(Notice notice, Locale locale) {
        return translations.text(notice.messageKey() + ".link", locale);
    }

    private static String date(String detailText, Locale locale) {
        if (detailText == null) {
            return "";
        }
        try {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                    .format(LocalDate.parse(detailText));
        } catch (DateTimeParseException notADate) {
            return detailText;
        }
    }
}
