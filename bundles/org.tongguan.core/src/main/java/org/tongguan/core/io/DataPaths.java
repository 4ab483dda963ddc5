package org.tongguan.core.io;

import java.nio.file.Path;
import java.util.function.Function;

/** Configured folders, where {@code ${karaf.data}} stands for the Karaf data folder. */
public final class DataPaths {
    /** What configured folders write for the Karaf data folder. */
    public static final String KARAF_DATA = "${karaf.data}";

    private DataPaths() {
    }

    /**
     * {@code configured} (or {@code fallbackDefault} when it is null or blank) with {@code ${karaf.data}} replaced by
     * the system property karaf.data, or by {@code data} when the property is not set; absolute and normalized.
     */
    public static Path resolve(String configured, String fallbackDefault) {
        return resolve(configured, fallbackDefault, System::getProperty);
    }

    /** {@link #resolve(String, String)} reading system properties from {@code systemProperties}. */
    public static Path resolve(String configured, String fallbackDefault,
            Function<String, String> systemProperties) {
        String dir = configured == null || configured.isBlank() ? fallbackDefault : configured.trim();
        String karafData = systemProperties.apply("karaf.data");
        if (karafData == null || karafData.isBlank()) {
            karafData = "data";
        }
        return Path.of(dir.replace(KARAF_DATA, karafData)).toAbsolutePath().normalize();
    }
}
