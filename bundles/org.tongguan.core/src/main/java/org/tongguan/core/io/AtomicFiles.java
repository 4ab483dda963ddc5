package org.tongguan.core.io;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files written whole or not at all: {@code .<name>.tmp} beside the target, forced to disk, renamed atomically onto
 * the target, then the folder forced so the rename survives a crash. Readers that ignore names starting with a dot
 * never see half a file.
 */
public final class AtomicFiles {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

    private AtomicFiles() {
    }

    /**
     * Writes {@code bytes} to {@code target}, replacing it; readers see the old file or the new one, never a part.
     * The folder is created when missing. On failure the temporary file is removed and the target left as it was.
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        writeAll(java.util.List.of(java.util.Map.entry(target, bytes)));
    }

    /**
     * Writes several files, each as {@link #write} does, with each folder forced once for all rather than once per
     * file: every content goes to its {@code .<name>.tmp} first and each is forced, then they are renamed onto their
     * targets in the given order and each folder is forced once. If writing or forcing a temporary file fails,
     * no target is touched; if a rename fails, the targets before it are written, the others not, and the exception
     * says which.
     *
     * @param files target and content, in the order the targets are to appear
     */
    public static void writeAll(java.util.List<java.util.Map.Entry<Path, byte[]>> files) throws IOException {
        writeAll(files, true);
    }

    /**
     * As {@link #writeAll(java.util.List)}, but when {@code force} is false nothing is forced to disk: readers still
     * see each file whole or not at all, and a crash of the process loses nothing, but a crash of the machine may
     * lose the files (or leave them empty). For files whose loss the writer can afford, at a fraction of the cost.
     */
    public static void writeAll(java.util.List<java.util.Map.Entry<Path, byte[]>> files, boolean force)
            throws IOException {
        java.util.List<Path> temps = new java.util.ArrayList<>(files.size());
        java.util.Set<Path> dirs = new java.util.LinkedHashSet<>();
        try {
            for (java.util.Map.Entry<Path, byte[]> f : files) {
                Path dir = f.getKey().toAbsolutePath().getParent();
                if (dirs.add(dir)) {
                    Files.createDirectories(dir);
                }
                Path tmp = dir.resolve("." + f.getKey().getFileName() + ".tmp");
                temps.add(tmp);
                try (FileChannel ch = FileChannel.open(tmp, CREATE, TRUNCATE_EXISTING, WRITE)) {
                    ByteBuffer buf = ByteBuffer.wrap(f.getValue());
                    while (buf.hasRemaining()) {
                        ch.write(buf);
                    }
                    if (force) {
                        ch.force(true);
                    }
                }
            }
            for (int i = 0; i < files.size(); i++) {
                try {
                    Files.move(temps.get(i), files.get(i).getKey(), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new IOException("wrote " + i + " of " + files.size() + " files; not "
                            + files.get(i).getKey() + " and those after it", e);
                }
            }
        } catch (IOException | RuntimeException e) {
            for (Path tmp : temps) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
        if (force) {
            dirs.forEach(AtomicFiles::forceDirectory);
        }
    }

    /** Makes a rename or a new entry in {@code dir} durable; a no-op where folders cannot be opened (Windows). */
    public static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, READ)) {
            ch.force(true);
        } catch (IOException e) {
            LOG.debug("Cannot force folder {} to disk on this platform", dir, e);
        }
    }
}
