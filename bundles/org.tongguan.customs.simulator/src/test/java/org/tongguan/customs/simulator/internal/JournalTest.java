package org.tongguan.customs.simulator.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's own rules: what a replay owes, what 补发 finds, and what a compaction keeps. */
class JournalTest {
    private static final Instant LONG_AGO = Instant.parse("2026-01-05T02:00:00Z");
    private static final Instant NOW = LONG_AGO.plus(Journal.KEEP).plus(Duration.ofDays(1));

    @TempDir
    Path dir;

    private static Journal.Owed receipt(String sent, String id, String name, Instant due) {
        return new Journal.Owed("QYZZ", sent, id, name, due, ("<receipt " + name + "/>").getBytes(ISO_8859_1));
    }

    /** A message taken at {@code at} with its import and business receipts, of which {@code written} were written. */
    private static void message(Journal j, Instant at, String id, int written) {
        String sent = "EMS101_" + id + "_1.xml";
        List<Journal.Owed> owed = List.of(receipt(sent, id, "Receipt_" + id + "_1.xml", at),
                receipt(sent, id, "Receipt_" + id + "_2.xml", at.plusMillis(300)));
        j.taken(at, "QYZZ", sent, id, owed);
        j.force();
        j.written(owed.subList(0, written));
    }

    @Test
    void aLargeJournalLosesTheOldMessagesAnsweredInFullAndKeepsWhatIsOwedOrRecent() throws IOException {
        Journal j = new Journal(dir, 1);
        message(j, LONG_AGO, "OLD-1", 2);
        message(j, LONG_AGO, "OWED-1", 1);
        message(j, NOW.minus(Duration.ofDays(1)), "NEW-1", 2);
        Files.writeString(j.file(), "W\tQYZZ\ttorn", ISO_8859_1, StandardOpenOption.APPEND);
        long before = Files.size(j.file());

        assertTrue(j.compactIfLarge(NOW));

        assertTrue(Files.size(j.file()) < before);
        assertEquals(List.of(), j.answered("QYZZ", "OLD-1"), "kept for a while, not for ever");
        assertEquals(1, j.answered("QYZZ", "OWED-1").size());
        assertEquals(2, j.answered("QYZZ", "NEW-1").size());
        List<Journal.Owed> owed = j.replay(o -> true);
        assertEquals(1, owed.size());
        assertEquals("Receipt_OWED-1_2.xml", owed.get(0).receiptName());
        assertArrayEquals("<receipt Receipt_OWED-1_2.xml/>".getBytes(ISO_8859_1), owed.get(0).bytes());
        assertFalse(Files.readString(j.file(), ISO_8859_1).contains("torn"));
        assertFalse(Files.exists(dir.resolve("." + Journal.FILE + ".tmp")));
    }

    @Test
    void aJournalWithNothingOldEnoughIsLeftAsItIsAndNotReadAgainAtEveryBatch() throws IOException {
        Journal j = new Journal(dir, 1);
        message(j, NOW, "NEW-1", 2);
        byte[] before = Files.readAllBytes(j.file());

        assertFalse(j.compactIfLarge(NOW));
        message(j, NOW, "NEW-2", 2);
        assertFalse(j.compactIfLarge(NOW.plus(Journal.KEEP).plus(Duration.ofDays(1))),
                "its bound moved to twice its size: a few more lines do not make it look again");

        assertArrayEquals(before, java.util.Arrays.copyOf(Files.readAllBytes(j.file()), before.length));
    }

    @Test
    void aReplayCancelsWhatWasNeverMovedAndOwesTheRest() {
        Journal j = new Journal(dir);
        message(j, NOW, "MOVED-1", 1);
        message(j, NOW, "NEVER-1", 0);

        List<Journal.Owed> owed = j.replay(o -> o.messageId().startsWith("MOVED"));

        assertEquals(List.of("Receipt_MOVED-1_2.xml"), owed.stream().map(Journal.Owed::receiptName).toList());
        assertEquals(List.of("Receipt_MOVED-1_2.xml"), new Journal(dir).replay(o -> true).stream()
                .map(Journal.Owed::receiptName).toList(), "the other was cancelled for good");
    }
}
