package org.policycommons.publicsite;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.policycommons.common.Translations;
import org.policycommons.cycle.Phase;
import org.policycommons.text.Translated;

/**
 * The texts of a public page in its reader's language, from the same translation files as the portal's own pages,
 * and its dates in the district's time zone.
 */
public final class Words {

    private final Translations translations;
    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter dates;
    /** The district's public address, for links to its files; empty outside a district. */
    private final String district;

    Words(Translations translations, Locale locale, ZoneId zone) {
        this(translations, locale, zone, "");
    }

    Words(Translations translations, Locale locale, ZoneId zone, String district) {
        this.district = district;
        this.translations = translations;
        this.locale = locale;
        this.zone = zone;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    /** Where a file attached to a comment is downloaded from, on the district's public pages. */
    public String attachmentHref(long attachmentId) {
        return PublicPaths.attachment(district, attachmentId);
    }

    public String t(String key, Object... arguments) {
        return translations.text(key, locale, arguments);
    }

    public String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : dates.format(instant.atZone(zone).toLocalDate());
    }

    /** An ISO date for a {@code <time datetime>}. */
    public String isoDate(Instant instant) {
        return instant == null ? "" : instant.atZone(zone).toLocalDate().toString();
    }

    /** "Open until 14 March 2027 (12 days left)", "Opens on …", "Closed on …", as on the portal's own pages. */
    public String status(Phase phase) {
        LocalDate lastDay = phase.lastDay(zone);
        return switch (phase.state()) {
            case UPCOMING -> t("cycle.status.opens", date(phase.opensAt().atZone(zone).toLocalDate()));
            case OPEN -> lastDay == null ? t("cycle.status.open-no-end")
                    : t("cycle.status.open-until", date(lastDay), ChronoUnit.DAYS.between(phase.asOf(), lastDay));
            case CLOSED -> t("cycle.status.closed", date(lastDay));
        };
    }

    public String phaseName(Phase phase) {
        return t(phase.kind().translationKey());
    }

    public Locale locale() {
        return locale;
    }

    /** Where a district's text goes in a sentence translated around it (site/within.jte). */
    public static final String SLOT = "\u2063";

    /** A district's text for this reader: in their language, else the district's first (marked by the page). */
    public Translated.Shown shown(Translated text) {
        return text.forReader(locale).orElseGet(() -> new Translated.Shown("", locale, false));
    }

    public ZoneId zone() {
        return zone;
    }
}
