package org.tongguan.core.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangelogHashTest {
    @Test
    void anyChangeToAChangelogFileChangesTheHash(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("changelog.xml"), "<databaseChangeLog/>");
        Path b = Files.writeString(dir.resolve("more.xml"), "<x/>");
        List<URL> files = List.of(a.toUri().toURL(), b.toUri().toURL());
        String before = ChangelogHash.of(files);
        assertEquals(before, ChangelogHash.of(files), "stable");
        Files.writeString(b, "<y/>");
        assertNotEquals(before, ChangelogHash.of(files));
        assertNotEquals(ChangelogHash.of(files), ChangelogHash.of(List.of(a.toUri().toURL())), "a file less counts");
    }
}
