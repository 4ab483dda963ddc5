package org.tongguan.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettledFilesTest {
    private static final Duration SETTLE = Duration.ofMillis(200);
    private static final Instant WRITTEN = Instant.parse("2026-12-02T08:00:00Z");

    @TempDir
    Path dir;

    /** A clock standing {@code after} the files' modification time. */
    private static SettledFiles files(Duration after) {
        return new SettledFiles(Clock.fixed(WRITTEN.plus(after), ZoneOffset.UTC), SETTLE);
    }

    private Path file(String name, String content) throws IOException {
        Path f = Files.writeString(dir.resolve(name), content, UTF_8);
        Files.setLastModifiedTime(f, FileTime.from(WRITTEN));
        return f;
    }

    private static byte[] scan(SettledFiles files, Path file) throws IOException {
        files.beginScan();
        byte[] bytes = files.read(file);
        files.endScan();
        return bytes;
    }

    @Test
    void aFileIsReadAtTheSecondScanThatFindsItUnchangedAndSettled() throws IOException {
        Path f = file("R_1.xml", "<a/>");
        SettledFiles files = files(SETTLE.plusMillis(1));

        assertNull(scan(files, f), "first sight");
        assertEquals(1, files.unsettled());
        assertEquals(1, files.settling(), "new: worth looking at again soon");
        assertArrayEquals("<a/>".getBytes(UTF_8), scan(files, f));
        assertEquals(0, files.unsettled());
    }

    @Test
    void aFileModifiedWithinTheSettleTimeOrChangedSinceTheLastScanWaits() throws IOException {
        Path f = file("R_1.xml", "<a/>");
        SettledFiles recent = files(SETTLE.minusMillis(1));
        scan(recent, f);
        assertNull(scan(recent, f), "modified too recently");
        assertEquals(1, recent.settling());

        SettledFiles settled = files(SETTLE.plusMillis(1));
        scan(settled, f);
        Files.writeString(f, "<a>more</a>", UTF_8);
        Files.setLastModifiedTime(f, FileTime.from(WRITTEN));
        assertNull(scan(settled, f), "grew since the previous scan");
        assertEquals(1, settled.settling());
    }

    @Test
    void anEmptyFileIsNeverReadAndOnceSeenGivesNoReasonToLookSooner() throws IOException {
        Path f = file("R_1.xml", "");
        SettledFiles files = files(SETTLE.plusMillis(1));
        scan(files, f);
        assertEquals(1, files.settling());

        assertNull(scan(files, f));
        assertEquals(1, files.unsettled());
        assertEquals(0, files.settling());
    }

    @Test
    void aForgottenFileWaitsOneScanMoreAndClearForgetsAll() throws IOException {
        Path f = file("R_1.xml", "<a/>");
        SettledFiles files = files(SETTLE.plusMillis(1));
        files.beginScan();
        files.read(f);
        files.forget(f);
        assertEquals(Set.of(), files.endScan());
        assertNull(scan(files, f), "seen anew");
        files.clear();
        assertNull(scan(files, f), "cleared: seen anew");
        assertArrayEquals("<a/>".getBytes(UTF_8), scan(files, f));
    }

    @Test
    void messageFilesAreXmlNamesNotStartingWithADotInNameOrder() throws IOException {
        file("b.XML", "<b/>");
        file("a.xml", "<a/>");
        file(".hidden.xml", "<h/>");
        file("notes.txt", "n");
        Files.createDirectories(dir.resolve("folder.xml"));

        assertEquals(List.of(dir.resolve("a.xml"), dir.resolve("b.XML")), SettledFiles.messageFiles(dir));
        assertEquals(List.of(), SettledFiles.messageFiles(dir.resolve("missing")));
    }
}
