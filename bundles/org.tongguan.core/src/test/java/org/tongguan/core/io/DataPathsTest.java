package org.tongguan.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataPathsTest {
    private static final String DEFAULT = "${karaf.data}/tongguan/cards";

    /** Moved from the SM2 bundle's SoftwareCardSignerTest; the result is now always absolute. */
    @Test
    void theConfiguredFolderResolvesKarafData() {
        String before = System.getProperty("karaf.data");
        try {
            System.setProperty("karaf.data", "/opt/tongguan/data");
            assertEquals(Path.of("/opt/tongguan/data/tongguan/cards"),
                    DataPaths.resolve("${karaf.data}/tongguan/cards", DEFAULT));
            System.clearProperty("karaf.data");
            assertEquals(Path.of("data/tongguan/cards").toAbsolutePath(),
                    DataPaths.resolve("${karaf.data}/tongguan/cards", DEFAULT));
            assertEquals(Path.of("/srv/cards"), DataPaths.resolve("/srv/cards", DEFAULT));
        } finally {
            if (before != null) {
                System.setProperty("karaf.data", before);
            }
        }
    }

    @Test
    void blankOrMissingFallsBackToTheDefaultAndABlankPropertyToData() {
        assertEquals(Path.of("/k/tongguan/cards"), DataPaths.resolve(null, DEFAULT, k -> "/k"));
        assertEquals(Path.of("/k/tongguan/cards"), DataPaths.resolve("  ", DEFAULT, k -> "/k"));
        assertEquals(Path.of("data/tongguan/cards").toAbsolutePath(), DataPaths.resolve(DEFAULT, DEFAULT, k -> " "));
        assertEquals(Path.of("/srv/x"), DataPaths.resolve(" /srv/a/../x/ ", DEFAULT, k -> "/k"));
    }
}
