package org.tongguan.customs.simulator.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Properties;
import java.util.regex.Pattern;
import org.tongguan.core.customs.Envelopes;
import org.tongguan.customs.simulator.NumberSource;

/**
 * The {@link NumberSource} of the simulator: one counter per kind, district (and year where the number has one) in
 * the properties file {@code numbers.properties} of its data folder, e.g. {@code seqNo.9000.2025=17}. Each number
 * re-reads the file, counts on and writes it back atomically before the number is returned, so a number handed out
 * was stored, and a new instance on the same folder (after a restart) continues where the old one stopped. One
 * process per data folder: two simulators on one folder could hand out the same number.
 */
final class CounterFile implements NumberSource {
    static final String FILE = "numbers.properties";
    private static final Pattern DISTRICT = Pattern.compile("[0-9]{4}");

    private final Path file;
    private final Clock clock;

    CounterFile(Path dataDir, Clock clock) {
        this.file = dataDir.resolve(FILE);
        this.clock = clock;
    }

    @Override
    public String next(String kind, String customsDistrict) {
        requireDistrict(customsDistrict);
        int year = LocalDate.ofInstant(clock.instant(), Envelopes.CUSTOMS_ZONE).getYear();
        if (SEQ_NO.equals(kind)) {
            return customsDistrict + year + digits(count(kind + "." + customsDistrict + "." + year, 10), 10);
        }
        if (ARCHIVE_NO.equals(kind)) {
            String yy = twoDigits(year);
            return customsDistrict + yy + digits(count(kind + "." + customsDistrict + "." + yy, 6), 6);
        }
        if (EMS_NO.equals(kind)) {
            return "E" + customsDistrict + digits(count(kind + "." + customsDistrict, 7), 7);
        }
        if (BOND_INVT_NO.equals(kind)) {
            throw new IllegalArgumentException("take a bondInvtNo with nextListNo(district, 'I' or 'E')");
        }
        throw new IllegalArgumentException("unknown number kind " + kind + "; known: seqNo, archiveNo, emsNo");
    }

    @Override
    public String nextListNo(String customsDistrict, char impExp) {
        requireDistrict(customsDistrict);
        if (impExp != 'I' && impExp != 'E') {
            throw new IllegalArgumentException("the I/E mark must be I or E, not " + impExp);
        }
        String yy = twoDigits(LocalDate.ofInstant(clock.instant(), Envelopes.CUSTOMS_ZONE).getYear());
        return "QD" + customsDistrict + yy + impExp
                + digits(count(BOND_INVT_NO + "." + customsDistrict + "." + yy, 9), 9);
    }

    /** Counts the counter on by one and stores it; the new value. Also guards other instances in this JVM. */
    private long count(String key, int width) {
        synchronized (CounterFile.class) {
            Properties counters = PropertyFiles.load(file);
            long next = Long.parseLong(counters.getProperty(key, "0").trim()) + 1;
            if (String.valueOf(next).length() > width) {
                throw new IllegalStateException("the numbers " + key + " are used up (" + width + " digits)");
            }
            counters.setProperty(key, String.valueOf(next));
            PropertyFiles.store(file, counters, "last number handed out per kind.district[.year]; never lower these");
            return next;
        }
    }

    private static void requireDistrict(String district) {
        if (district == null || !DISTRICT.matcher(district).matches()) {
            throw new IllegalArgumentException("the customs district must be 4 digits, not " + district);
        }
    }

    private static String twoDigits(int year) {
        return digits(year % 100, 2);
    }

    private static String digits(long value, int width) {
        String s = Long.toString(value);
        return "0".repeat(width - s.length()) + s;
    }
}
