package org.tongguan.shell;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;
import java.util.Locale;
import org.tongguan.core.time.TimeDisplay;

/**
 * Date pickers the same way on every page: dates written as the product writes them everywhere
 * ({@link TimeDisplay#DATE_PATTERN}, so a screen and its print agree), months and weekdays in the user's language,
 * weeks from Monday, typed as digits and committed with Enter or Tab (the calendar opens from its button).
 */
public final class DatePickers {
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
        if ("en".equals(locale.getLanguage())) {
            i18n.setMonthNames(List.of("January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December"));
            i18n.setWeekdays(List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"));
            i18n.setWeekdaysShort(List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"));
            i18n.setToday("Today");
            i18n.setCancel("Cancel");
        } else {
            i18n.setMonthNames(List.of("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月",
                    "十一月", "十二月"));
            i18n.setWeekdays(List.of("星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"));
            i18n.setWeekdaysShort(List.of("日", "一", "二", "三", "四", "五", "六"));
            i18n.setToday("今天");
            i18n.setCancel("取消");
        }
        return i18n;
    }
}
