package org.tongguan.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.osgi.annotation.versioning.ProviderType;

/**
 * How the product shows dates and times to people, in one place: every screen, print, console listing and the audit
 * log use its one time zone (Beijing time, Asia/Shanghai, unless {@code etc/org.tongguan.time.cfg} sets
 * {@code zone}), and a date is written one way. Periods people enter (from … to) are read in the same zone. What is
 * exchanged with customs (envelopes, receipts) is in Beijing time whatever this says
 * ({@link org.tongguan.core.customs.Envelopes#CUSTOMS_ZONE}).
 */
@ProviderType
public interface TimeDisplay {
    /** How a date is written on screen and on paper, e.g. 2028-12-31; the date pickers use it too. */
    String DATE_PATTERN = "yyyy-MM-dd";

    /** The time zone times are shown in. */
    ZoneId zone();

    /** e.g. 2026-12-05 08:30:00; "" for null. */
    String dateTime(Instant t);

    /** e.g. 08:30; "" for null. */
    String time(Instant t);

    /** The day of the instant, e.g. 2026-12-05; "" for null. */
    String date(Instant t);

    /** The first instant of the day, in {@link #zone()}. */
    Instant startOf(LocalDate day);

    /** A date as it is written on screen and on paper, e.g. 2028-12-31; "" for null. */
    static String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofPattern(DATE_PATTERN).format(day);
    }
}
