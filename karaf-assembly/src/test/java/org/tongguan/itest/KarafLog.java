package org.tongguan.itest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The distribution's karaf.log, read from inside the container (Pax Exam suites): what a stretch of work logged,
 * between two marker lines the test writes at WARN (the suites' log level).
 */
final class KarafLog {
    private static final Logger LOG = LoggerFactory.getLogger(KarafLog.class);

    interface Work {
        void run() throws Exception;
    }

    private KarafLog() {
    }

    /** Runs {@code work} and returns what the distribution logged meanwhile. */
    static String during(Work work) throws Exception {
        String mark = "itest-mark-" + UUID.randomUUID();
        LOG.warn("{} begin", mark);
        work.run();
        LOG.warn("{} end", mark);
        Fixtures.waitFor("the end mark in " + file(), () -> text().contains(mark + " end"), 10_000);
        String all = text();
        return all.substring(all.indexOf(mark + " begin"), all.indexOf(mark + " end"));
    }

    private static Path file() {
        String dir = System.getProperty("karaf.log");
        return Path.of(dir != null ? dir : System.getProperty("karaf.data") + "/log", "karaf.log");
    }

    private static String text() {
        try {
            return Files.exists(file()) ? Files.readString(file(), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
