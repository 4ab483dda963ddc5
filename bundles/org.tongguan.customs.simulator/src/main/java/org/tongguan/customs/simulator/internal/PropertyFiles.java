package org.tongguan.customs.simulator.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeMap;
import org.tongguan.core.io.AtomicFiles;

/** The simulator's small state files: properties, keys sorted, stored whole or not at all ({@link AtomicFiles}). */
final class PropertyFiles {
    private PropertyFiles() {
    }

    /** The properties in {@code file}; empty when there is no such file. */
    static Properties load(Path file) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file)));
        } catch (NoSuchFileException e) {
            // nothing stored yet
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return p;
    }

    /** Stores {@code p} atomically, keys sorted, without the date comment {@link Properties#store} writes. */
    static void store(Path file, Properties p, String comment) {
        StringBuilder text = new StringBuilder("# ").append(comment).append('\n');
        TreeMap<String, String> sorted = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> sorted.put(k, p.getProperty(k)));
        for (var e : sorted.entrySet()) {
            Properties one = new Properties();
            one.setProperty(e.getKey(), e.getValue());
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            try {
                one.store(line, null); // escapes keys and values; the first line is the date comment
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
            String stored = line.toString(StandardCharsets.ISO_8859_1);
            text.append(stored.substring(stored.indexOf('\n') + 1));
        }
        try {
            AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + file, e);
        }
    }

    /**
     * Appends one property to {@code file} (created with {@code comment} as its first line); it is on disk once
     * {@link #force} returns. {@link #load} reads the file as properties: a later line for the same key wins, and a last
     * line torn by a crash holds no complete key.
     */
    static void append(Path file, String key, String value, String comment) {
        Properties one = new Properties();
        one.setProperty(key, value);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            one.store(line, null);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        String stored = line.toString(StandardCharsets.ISO_8859_1);
        String text = stored.substring(stored.indexOf('\n') + 1);
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.APPEND)) {
            boolean created = ch.size() == 0;
            if (created) {
                text = "# " + comment + "\n" + text;
            } else {
                text = "\n" + text; // ends a line a crash may have torn
            }
            ch.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1)));
            if (created) {
                ch.force(true);
                AtomicFiles.forceDirectory(file.toAbsolutePath().getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    /** Forces what was appended to {@code file} to disk. */
    static void force(Path file) {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot force " + file + " to disk", e);
        }
    }
}
