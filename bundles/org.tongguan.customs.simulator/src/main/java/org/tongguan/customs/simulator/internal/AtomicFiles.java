package org.tongguan.customs.simulator.internal;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Files written whole or not at all: a dot-file beside the target, forced to disk, renamed atomically. */
final class AtomicFiles {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

    private AtomicFiles() {
    }

    /** Writes {@code bytes} to {@code target} (replacing it); readers see the old file or the new one, never a part. */
    static void write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, CREATE, TRUNCATE_EXISTING, WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        forceDirectory(dir);
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
            write(file, text.toString().getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + file, e);
        }
    }

    /** Makes a rename in {@code dir} durable; a no-op where folders cannot be opened (Windows). */
    static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, READ)) {
            ch.force(true);
        } catch (IOException e) {
            LOG.debug("Cannot force folder {} to disk on this platform", dir, e);
        }
    }
}
