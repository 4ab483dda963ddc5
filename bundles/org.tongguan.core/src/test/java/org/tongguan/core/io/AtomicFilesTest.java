package org.tongguan.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesReplacesAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("sub/folder/a.xml");
        AtomicFiles.write(target, "<a/>".getBytes(UTF_8));
        assertEquals("<a/>", Files.readString(target));
        AtomicFiles.write(target, "<b/>".getBytes(UTF_8));
        assertEquals("<b/>", Files.readString(target));
        assertEquals(List.of("a.xml"), names(target.getParent()));
    }

    @Test
    void aTemporaryFileLeftByACrashIsOverwritten() throws IOException {
        Files.writeString(dir.resolve(".a.xml.tmp"), "<half");
        AtomicFiles.write(dir.resolve("a.xml"), "<a/>".getBytes(UTF_8));
        assertEquals("<a/>", Files.readString(dir.resolve("a.xml")));
        assertEquals(List.of("a.xml"), names(dir));
    }

    @Test
    void aFailedWriteLeavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
        Path target = Files.createDirectories(dir.resolve("a.xml"));
        Files.writeString(target.resolve("inside"), "x"); // a non-empty folder cannot be replaced
        assertThrows(IOException.class, () -> AtomicFiles.write(target, "<a/>".getBytes(UTF_8)));
        assertEquals(List.of("a.xml"), names(dir));
        assertEquals("x", Files.readString(target.resolve("inside")));
    }

    @Test
    void forcingAFolderThatCannotBeOpenedIsANoOp() {
        AtomicFiles.forceDirectory(dir.resolve("missing"));
        AtomicFiles.forceDirectory(dir);
    }

    @Test
    void severalFilesAreWrittenTogetherAcrossFolders() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/.b.xml.tmp"), "<half"); // left by a crash
        AtomicFiles.writeAll(List.of(java.util.Map.entry(dir.resolve("in/a.xml"), "<a/>".getBytes(UTF_8)),
                java.util.Map.entry(dir.resolve("in/b.xml"), "<b/>".getBytes(UTF_8)),
                java.util.Map.entry(dir.resolve("out/c.xml"), "<c/>".getBytes(UTF_8))));
        assertEquals(List.of("a.xml", "b.xml"), names(dir.resolve("in")));
        assertEquals("<b/>", Files.readString(dir.resolve("in/b.xml")));
        assertEquals("<c/>", Files.readString(dir.resolve("out/c.xml")));

        AtomicFiles.writeAll(List.of(java.util.Map.entry(dir.resolve("in/a.xml"), "<a2/>".getBytes(UTF_8))), false);
        assertEquals("<a2/>", Files.readString(dir.resolve("in/a.xml")), "not forced, but written whole all the same");
        assertEquals(List.of("a.xml", "b.xml"), names(dir.resolve("in")));
    }

    @Test
    void whenOneOfSeveralCannotBeStagedNoneIsWritten() throws IOException {
        Files.createDirectories(dir.resolve(".b.xml.tmp/inside")); // the temporary file of b cannot be opened
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeAll(List.of(
                java.util.Map.entry(dir.resolve("a.xml"), "<a/>".getBytes(UTF_8)),
                java.util.Map.entry(dir.resolve("b.xml"), "<b/>".getBytes(UTF_8)))));
        assertEquals(List.of(".b.xml.tmp"), names(dir), e.toString());
    }

    @Test
    void whenARenameFailsTheFilesBeforeItAreWrittenAndTheExceptionSaysSo() throws IOException {
        Path blocked = Files.createDirectories(dir.resolve("b.xml"));
        Files.writeString(blocked.resolve("inside"), "x"); // a non-empty folder cannot be replaced
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeAll(List.of(
                java.util.Map.entry(dir.resolve("a.xml"), "<a/>".getBytes(UTF_8)),
                java.util.Map.entry(dir.resolve("b.xml"), "<b/>".getBytes(UTF_8)),
                java.util.Map.entry(dir.resolve("c.xml"), "<c/>".getBytes(UTF_8)))));
        assertEquals(List.of("a.xml", "b.xml"), names(dir), "c is not written, no temporary file is left");
        assertEquals("<a/>", Files.readString(dir.resolve("a.xml")));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("wrote 1 of 3 files"), e.getMessage());
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
