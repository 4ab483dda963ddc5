package org.tongguan.core.io;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The e-port folders' rule for reading files another process may still be writing, one for the scanners of both
 * sides (the filebox transport reading {@code InBox}, the customs simulator reading {@code OutBox}). A message file is
 * named {@code *.xml} (any case) and does not start with a dot. It is complete when it is not empty, had the same size
 * and modification time at the previous scan and was not modified within {@code settle} of the clock's now; its bytes
 * are read only then, and given only when they still have that size.
 *
 * <p>One instance per scanner, used by its one thread: a scan runs between {@link #beginScan} and {@link #endScan}.
 */
public final class SettledFiles {
    private record Seen(long size, Instant modified) {
    }

    private final Clock clock;
    private final Duration settle;
    private Map<Path, Seen> previous = new HashMap<>();
    private Map<Path, Seen> current = new HashMap<>();
    private int unsettled;
    private int settling;

    /** @param settle how long a file must be left unmodified before it is read */
    public SettledFiles(Clock clock, Duration settle) {
        this.clock = clock;
        this.settle = settle;
    }

    /** Whether {@code name} is a message file's: {@code *.xml} in any case, not starting with a dot. */
    private static boolean isMessageName(String name) {
        return !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    /** The message files of {@code dir} in name order; none when it does not exist. */
    public static List<Path> messageFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> isMessageName(p.getFileName().toString()))
                    .filter(p -> Files.isRegularFile(p, NOFOLLOW_LINKS)).sorted().toList();
        } catch (NoSuchFileException e) {
            return List.of();
        }
    }

    /** Starts a scan: nothing seen in it yet. */
    public void beginScan() {
        current = new HashMap<>();
        unsettled = 0;
        settling = 0;
    }

    /**
     * The file's bytes when it is complete; null when it is not (yet), is gone or is not a regular file.
     *
     * @throws IOException when a complete file cannot be read
     */
    public byte[] read(Path file) throws IOException {
        Seen now;
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, NOFOLLOW_LINKS);
            if (!a.isRegularFile()) {
                return null;
            }
            now = new Seen(a.size(), a.lastModifiedTime().toInstant());
        } catch (IOException e) {
            return null; // gone since the listing
        }
        current.put(file, now);
        boolean changing = !now.equals(previous.get(file)) || now.modified().isAfter(clock.instant().minus(settle));
        if (now.size() == 0 || changing) {
            unsettled++;
            if (changing) {
                settling++;
            }
            return null;
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length != now.size()) {
            current.remove(file); // still changing: wait until two scans agree again
            unsettled++;
            settling++;
            return null;
        }
        return bytes;
    }

    /** Forgets the file's sighting in this scan: if it is there again at the next, it waits one scan more. */
    public void forget(Path file) {
        current.remove(file);
    }

    /**
     * Ends the scan: its sightings are the previous ones of the next.
     *
     * @return the files seen in the scan (and not forgotten)
     */
    public Set<Path> endScan() {
        previous = current;
        return Collections.unmodifiableSet(previous.keySet());
    }

    /** Forgets every sighting (the folders are gone): every file found later waits one scan. */
    public void clear() {
        previous = new HashMap<>();
        current = new HashMap<>();
    }

    /** Files of this scan possibly still being written, or empty: not read. */
    public int unsettled() {
        return unsettled;
    }

    /**
     * Those of {@link #unsettled} that are new or changed since the previous scan: a scan once {@code settle} has
     * passed may take them (an empty file that stays so is not among them).
     */
    public int settling() {
        return settling;
    }
}
