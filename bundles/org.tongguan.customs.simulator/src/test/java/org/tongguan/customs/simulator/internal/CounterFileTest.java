package org.tongguan.customs.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.core.testing.MutableClock;

class CounterFileTest {
    /** 2025-12-31 23:30 in Beijing is still 2025 there; UTC says 15:30. */
    private final MutableClock clock = new MutableClock(Instant.parse("2025-12-31T15:30:00Z"));

    @TempDir
    Path dataDir;

    @Test
    void numbersHaveTheDocumentedFormats() {
        NumberSource numbers = new CounterFile(dataDir, clock);

        assertEquals("900020250000000001", numbers.next(NumberSource.SEQ_NO, "9000"));
        assertEquals("900020250000000002", numbers.next(NumberSource.SEQ_NO, "9000"));
        assertEquals("311120250000000001", numbers.next(NumberSource.SEQ_NO, "3111"), "one sequence per district");
        assertEquals("900025000001", numbers.next(NumberSource.ARCHIVE_NO, "9000"));
        assertEquals("E90000000001", numbers.next(NumberSource.EMS_NO, "9000"));
        assertEquals("T9000W000001", numbers.next(NumberSource.BWS_NO, "9000"));
        assertEquals("T9000W000002", numbers.next(NumberSource.BWS_NO, "9000"), "its own sequence, not the E one");
        assertEquals("O90000000001", numbers.next(NumberSource.OPL_NO, "9000"), "出境加工账册: its own sequence");
        assertEquals("QD311125E000000001", numbers.nextListNo("3111", 'E'));
        assertEquals("QD311125I000000002", numbers.nextListNo("3111", 'I'));

        clock.advance(java.time.Duration.ofHours(1)); // 2026 in Beijing
        assertEquals("900020260000000001", numbers.next(NumberSource.SEQ_NO, "9000"));
        assertEquals("E90000000002", numbers.next(NumberSource.EMS_NO, "9000"), "ledger numbers have no year");
    }

    @Test
    void numbersNeverRepeatAcrossARestart() throws Exception {
        Set<String> handedOut = new HashSet<>();
        NumberSource before = new CounterFile(dataDir, clock);
        for (int i = 0; i < 5; i++) {
            handedOut.add(before.next(NumberSource.SEQ_NO, "9000"));
            handedOut.add(before.next(NumberSource.EMS_NO, "9000"));
            handedOut.add(before.nextListNo("9000", 'I'));
        }
        NumberSource after = new CounterFile(dataDir, clock);
        for (int i = 0; i < 5; i++) {
            assertTrue(handedOut.add(after.next(NumberSource.SEQ_NO, "9000")));
            assertTrue(handedOut.add(after.next(NumberSource.EMS_NO, "9000")));
            assertTrue(handedOut.add(after.nextListNo("9000", 'I')));
        }
        // after the restart numbering continues above the block reserved before it
        List<String> seqNos = handedOut.stream().filter(n -> n.startsWith("90002025")).sorted().toList();
        assertEquals("900020250000000005", seqNos.get(4));
        assertEquals("900020250000000" + (CounterFile.BLOCK + 1), seqNos.get(5));
        List<String> stored = Files.readAllLines(dataDir.resolve(CounterFile.FILE));
        assertTrue(stored.contains("seqNo.9000.2025=" + 2 * CounterFile.BLOCK), stored.toString());
        try (var files = Files.list(dataDir)) {
            assertEquals(List.of(CounterFile.FILE), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file left");
        }
    }

    @Test
    void aCleanStopGivesBackTheRestOfTheBlockSoNumbersGoOnWithoutAGap() {
        CounterFile before = new CounterFile(dataDir, clock);
        for (int i = 1; i <= 3; i++) {
            assertEquals("E9000000000" + i, before.next(NumberSource.EMS_NO, "9000"));
        }
        before.release();

        CounterFile after = new CounterFile(dataDir, clock);
        assertEquals("E90000000004", after.next(NumberSource.EMS_NO, "9000"));
        assertEquals("E9000000" + String.format("%04d", CounterFile.BLOCK + 4), before.next(NumberSource.EMS_NO, "9000"),
                "a released instance reserves anew, above the block the other reserved meanwhile");
    }

    @Test
    void aStopGivesNothingBackThatAnotherInstanceReservedAbove() {
        CounterFile one = new CounterFile(dataDir, clock);
        CounterFile two = new CounterFile(dataDir, clock);
        assertEquals("E90000000001", one.next(NumberSource.EMS_NO, "9000"));
        assertEquals("E9000000" + String.format("%04d", CounterFile.BLOCK + 1), two.next(NumberSource.EMS_NO, "9000"));
        one.release();

        assertEquals("E9000000" + String.format("%04d", CounterFile.BLOCK + 2), two.next(NumberSource.EMS_NO, "9000"));
        assertEquals("E9000000" + String.format("%04d", 2 * CounterFile.BLOCK + 1),
                new CounterFile(dataDir, clock).next(NumberSource.EMS_NO, "9000"), "the mark stays the other's");
    }

    @Test
    void theDiskIsWrittenOncePerBlockAndTwoInstancesNeverShareANumber() throws Exception {
        NumberSource one = new CounterFile(dataDir, clock);
        NumberSource two = new CounterFile(dataDir, clock);
        Set<String> handedOut = new HashSet<>();
        java.nio.file.attribute.FileTime written = null;
        for (int i = 0; i < CounterFile.BLOCK; i++) {
            assertTrue(handedOut.add(one.next(NumberSource.EMS_NO, "9000")));
            assertTrue(handedOut.add(two.next(NumberSource.EMS_NO, "9000")));
            if (i == 0) {
                written = Files.getLastModifiedTime(dataDir.resolve(CounterFile.FILE));
                Files.setLastModifiedTime(dataDir.resolve(CounterFile.FILE),
                        java.nio.file.attribute.FileTime.fromMillis(0));
            }
        }
        assertEquals(java.nio.file.attribute.FileTime.fromMillis(0),
                Files.getLastModifiedTime(dataDir.resolve(CounterFile.FILE)),
                "the rest of both blocks came from memory (first written " + written + ")");
        assertTrue(handedOut.add(one.next(NumberSource.EMS_NO, "9000")));
        assertTrue(Files.readAllLines(dataDir.resolve(CounterFile.FILE)).contains("emsNo.9000=" + 3 * CounterFile.BLOCK));
    }

    @Test
    void badKindsDistrictsAndMarksAreRefused() {
        NumberSource numbers = new CounterFile(dataDir, clock);
        assertThrows(IllegalArgumentException.class, () -> numbers.next("invtNo", "9000"));
        assertThrows(IllegalArgumentException.class, () -> numbers.next(NumberSource.BOND_INVT_NO, "9000"));
        assertThrows(IllegalArgumentException.class, () -> numbers.next(NumberSource.SEQ_NO, "900"));
        assertThrows(IllegalArgumentException.class, () -> numbers.next(NumberSource.SEQ_NO, null));
        assertThrows(IllegalArgumentException.class, () -> numbers.nextListNo("9000", 'X'));
    }
}
