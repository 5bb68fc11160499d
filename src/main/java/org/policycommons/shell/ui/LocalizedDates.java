package org.policycommons.shell.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;

/** Date pickers in the reader's language: month and day names from the JDK, the date format from the locale. */
public final class LocalizedDates {

    private LocalizedDates() {
    }

    public static void apply(DatePicker picker, Locale locale) {
        picker.setLocale(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> capitalised(m.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)).toList());
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(sundayFirst.stream().map(d -> capitalised(d.getDisplayName(TextStyle.FULL, locale), locale)).toList());
        i18n.setWeekdaysShort(sundayFirst.stream().map(d -> capitalised(d.getDisplayName(TextStyle.SHORT, locale), locale)).toList());
        i18n.setFirstDayOfWeek(locale.getLanguage().equals("es") ? 1 : 0);
        i18n.setToday(picker.getTranslation("dates.today"));
        i18n.setCancel(picker.getTranslation("dates.cancel"));
        picker.setI18n(i18n);
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
