package org.tongguan.shell;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;
import java.util.Locale;
import org.tongguan.core.Messages;
import org.tongguan.core.time.TimeDisplay;

/**
 * Date pickers the same way on every page: dates written as the product writes them everywhere
 * ({@link TimeDisplay#DATE_PATTERN}, so a screen and its print agree), months and weekdays in the user's language,
 * weeks from Monday, typed as digits and committed with Enter or Tab (the calendar opens from its button).
 */
public final class DatePickers {
    /** The shell's texts: month and day names are lists separated by commas. */
    static final Messages TEXTS = new Messages("org.tongguan.shell.messages", DatePickers.class.getClassLoader());

    private DatePickers() {
    }

    public static DatePicker picker(String label, String id, Locale locale) {
        DatePicker d = new DatePicker(label);
        d.setId(id);
        d.setI18n(i18n(locale));
        d.setAutoOpen(false);
        return d;
    }

    public static DatePicker.DatePickerI18n i18n(Locale locale) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat(TimeDisplay.DATE_PATTERN);
        i18n.setFirstDayOfWeek(1);
        i18n.setMonthNames(list("datePicker.months", locale));
        i18n.setWeekdays(list("datePicker.weekdays", locale));
        i18n.setWeekdaysShort(list("datePicker.weekdaysShort", locale));
        i18n.setToday(TEXTS.get("datePicker.today", locale));
        i18n.setCancel(TEXTS.get("datePicker.cancel", locale));
        return i18n;
    }

    private static List<String> list(String key, Locale locale) {
        return List.of(TEXTS.get(key, locale).split(","));
    }
}
