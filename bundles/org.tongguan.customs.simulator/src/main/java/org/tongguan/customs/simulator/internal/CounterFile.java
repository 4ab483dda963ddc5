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
 * the properties file {@code numbers.properties} of its data folder, e.g. {@code seqNo.9000.2025=200}. The file holds
 * the highest number reserved per counter: numbers are reserved {@value #BLOCK} at a time (the file re-read, counted
 * on and written back atomically) and handed out from memory, so a number handed out was reserved on disk first and
 * the disk is written once per block, not once per number. A new instance on the same folder (after a restart)
 * continues above the stored mark. A clean stop gives back what was reserved and not handed out ({@link #release}),
 * so after a restart the numbers go on without a gap; after a crash up to {@value #BLOCK} − 1 numbers of the last
 * block are never handed out, as real customs numbers also have gaps. Instances in one JVM reserve their blocks under
 * one lock; two processes on one folder could reserve the same block.
 */
final class CounterFile implements NumberSource {
    static final String FILE = "numbers.properties";
    /** Numbers reserved on disk at a time. */
    static final int BLOCK = 100;
    private static final Pattern DISTRICT = Pattern.compile("[0-9]{4}");
    private static final java.time.format.DateTimeFormatter YYMMDD = java.time.format.DateTimeFormatter.ofPattern(
            "yyMMdd");
    private static final String COMMENT = "highest number reserved per kind.district[.year]; lowered only by a clean stop";

    private final Path file;
    private final Clock clock;
    /** Per counter key: the next number to hand out and the last one reserved; guarded by CounterFile.class. */
    private final java.util.Map<String, long[]> reserved = new java.util.HashMap<>();

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
        if (BWS_NO.equals(kind)) {
            return "T" + customsDistrict + "W" + digits(count(kind + "." + customsDistrict, 6), 6);
        }
        if (SAS_DCL_NO.equals(kind)) {
            return "S" + customsDistrict + digits(count(kind + "." + customsDistrict, 5), 5);
        }
        if (OPL_NO.equals(kind)) {
            return "O" + customsDistrict + digits(count(kind + "." + customsDistrict, 7), 7);
        }
        if (BOND_INVT_NO.equals(kind) || SAS_STOCK_NO.equals(kind) || PASSPORT_NO.equals(kind)) {
            throw new IllegalArgumentException("take a " + kind + " with its own method, which asks for 'I' or 'E'");
        }
        throw new IllegalArgumentException("unknown number kind " + kind
                + "; known: seqNo, archiveNo, emsNo, bwsNo, sasDclNo, oplNo");
    }

    @Override
    public String nextListNo(String customsDistrict, char impExp) {
        requireDistrict(customsDistrict);
        requireMark(impExp);
        String yy = twoDigits(LocalDate.ofInstant(clock.instant(), Envelopes.CUSTOMS_ZONE).getYear());
        return "QD" + customsDistrict + yy + impExp
                + digits(count(BOND_INVT_NO + "." + customsDistrict + "." + yy, 9), 9);
    }

    @Override
    public String nextStockNo(String customsDistrict, char stockType) {
        requireDistrict(customsDistrict);
        requireMark(stockType);
        String day = LocalDate.ofInstant(clock.instant(), Envelopes.CUSTOMS_ZONE).format(YYMMDD);
        return "X" + customsDistrict + stockType + day
                + digits(count(SAS_STOCK_NO + "." + customsDistrict + "." + day, 6), 6);
    }

    @Override
    public String nextPassportNo(String customsDistrict, char ioType) {
        requireDistrict(customsDistrict);
        requireMark(ioType);
        String day = LocalDate.ofInstant(clock.instant(), Envelopes.CUSTOMS_ZONE).format(YYMMDD);
        return "Z" + customsDistrict + ioType + day
                + digits(count(PASSPORT_NO + "." + customsDistrict + "." + day, 12), 12);
    }

    /** The counter's next number, from its reserved block or a newly reserved one. */
    private long count(String key, int width) {
        synchronized (CounterFile.class) {
            long[] block = reserved.get(key);
            if (block == null || block[0] > block[1]) {
                block = reserve(key, width);
                reserved.put(key, block);
            }
            return block[0]++;
        }
    }

    /**
     * Gives back the numbers reserved and not handed out, where no one reserved after them (the stored mark is still
     * this instance's): the next instance on the folder goes on from the last number handed out. Numbers asked for
     * afterwards are reserved anew.
     */
    void release() {
        synchronized (CounterFile.class) {
            if (reserved.isEmpty()) {
                return;
            }
            Properties counters = PropertyFiles.load(file);
            boolean lowered = false;
            for (java.util.Map.Entry<String, long[]> e : reserved.entrySet()) {
                long next = e.getValue()[0];
                long last = e.getValue()[1];
                if (next <= last && String.valueOf(last).equals(counters.getProperty(e.getKey(), "").trim())) {
                    counters.setProperty(e.getKey(), String.valueOf(next - 1));
                    lowered = true;
                }
            }
            reserved.clear();
            if (lowered) {
                PropertyFiles.store(file, counters, COMMENT);
            }
        }
    }

    /** Reserves the next block of {@code key} on disk: {first, last}. */
    private long[] reserve(String key, int width) {
        Properties counters = PropertyFiles.load(file);
        long stored = Long.parseLong(counters.getProperty(key, "0").trim());
        long max = (long) Math.pow(10, width) - 1;
        if (stored >= max) {
            throw new IllegalStateException("the numbers " + key + " are used up (" + width + " digits)");
        }
        long last = Math.min(stored + BLOCK, max);
        counters.setProperty(key, String.valueOf(last));
        PropertyFiles.store(file, counters, COMMENT);
        return new long[] {stored + 1, last};
    }

    private static void requireDistrict(String district) {
        if (district == null || !DISTRICT.matcher(district).matches()) {
            throw new IllegalArgumentException("the customs district must be 4 digits, not " + district);
        }
    }

    private static void requireMark(char mark) {
        if (mark != 'I' && mark != 'E') {
            throw new IllegalArgumentException("the I/E mark must be I or E, not " + mark);
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
