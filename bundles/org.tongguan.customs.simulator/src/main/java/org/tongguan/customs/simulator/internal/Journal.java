package org.tongguan.customs.simulator.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.tongguan.core.io.AtomicFiles;

/**
 * What the desk took and what it owes, appended to {@code <dataDir>/journal.log} so that a crash loses neither: every
 * receipt a taken message is owed (the import receipt, the business receipt, the release receipt) is sealed when the
 * message is taken and written here, whole, before the message leaves {@code OutBox}; a receipt written into
 * {@code InBox} is marked so. After a restart the receipts owed and not marked are written (the same bytes: a receipt
 * that did reach {@code InBox} before the crash arrives twice with one content, which the e-port side takes once), and
 * a {@link #answered} receipt can be written again when the enterprise asks for it (申请回执补发).
 *
 * <p>One line per record, fields separated by a tab (names are file names, made of letters, digits, '.', '_', '-'):
 * <pre>
 * M  &lt;taken, epoch ms&gt; &lt;type&gt; &lt;name in SentBox&gt; &lt;message id&gt;      a message taken
 * R  &lt;type&gt; &lt;name in SentBox&gt; &lt;message id&gt; &lt;receipt name&gt; &lt;due, epoch ms&gt; &lt;receipt, base64&gt;
 * W  &lt;type&gt; &lt;name in SentBox&gt; &lt;receipt name&gt;                            written into InBox
 * C  &lt;type&gt; &lt;name in SentBox&gt;                                           not moved: nothing owed
 * </pre>
 * The M and R lines of a batch are forced to disk together, once, before the batch's messages are moved; W lines are
 * not forced (one lost by a crash of the machine only makes the same receipt written again). A line cut short by a
 * crash is ended before the next append and ignored when read.
 *
 * <p>The journal keeps the receipts for 申请回执补发, but not for ever: once it has grown past {@value #COMPACT_ABOVE}
 * bytes it is rewritten (whole or not at all) without the messages answered in full and taken more than
 * {@link #KEEP} ago, as an e-port keeps receipts for a while. Not thread-safe: the desk's scanning thread uses it.
 */
final class Journal {
    static final String FILE = "journal.log";
    /** Size past which the journal is compacted; after a compaction, twice what is left if that is more. */
    static final long COMPACT_ABOVE = 64L << 20;
    /** How long the receipts of a message answered in full are kept for 申请回执补发. */
    static final java.time.Duration KEEP = java.time.Duration.ofDays(30);
    private static final char TAB = '\t';

    /** A receipt owed for the message {@code sentName} of {@code type}, due at {@code due}. */
    record Owed(String type, String sentName, String messageId, String receiptName, Instant due, byte[] bytes) {
        String key() {
            return type + "/" + sentName;
        }
    }

    private final Path file;
    private final StringBuilder unforced = new StringBuilder();
    private long compactAbove;

    Journal(Path dataDir) {
        this(dataDir, COMPACT_ABOVE);
    }

    /** @param compactAbove the size past which the journal is first compacted */
    Journal(Path dataDir, long compactAbove) {
        this.file = dataDir.resolve(FILE);
        this.compactAbove = compactAbove;
    }

    Path file() {
        return file;
    }

    /** Records a taken message and the receipts it is owed; on disk at the next {@link #force}. */
    void taken(Instant at, String type, String sentName, String messageId, List<Owed> receipts) {
        unforced.append('M').append(TAB).append(at.toEpochMilli()).append(TAB).append(type).append(TAB)
                .append(sentName).append(TAB).append(messageId).append('\n');
        for (Owed o : receipts) {
            unforced.append('R').append(TAB).append(type).append(TAB).append(sentName).append(TAB)
                    .append(messageId).append(TAB).append(o.receiptName()).append(TAB)
                    .append(o.due().toEpochMilli()).append(TAB)
                    .append(Base64.getEncoder().encodeToString(o.bytes())).append('\n');
        }
    }

    /** Appends and forces what {@link #taken} recorded since the last force. */
    void force() {
        if (unforced.length() > 0) {
            append(unforced.toString(), true);
            unforced.setLength(0);
        }
    }

    /** Marks receipts written into InBox (not forced: see the class comment). */
    void written(List<Owed> receipts) {
        if (receipts.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (Owed o : receipts) {
            lines.append('W').append(TAB).append(o.type()).append(TAB).append(o.sentName()).append(TAB)
                    .append(o.receiptName()).append('\n');
        }
        append(lines.toString(), false);
    }

    /** The taken message was not moved to SentBox after all: it owes nothing (forced, it is rare). */
    void cancelled(String type, String sentName) {
        append("C" + TAB + type + TAB + sentName + "\n", true);
    }

    /**
     * The receipts owed and not yet written, in journal order, of the messages {@code inSentBox} accepts; the others
     * (taken but never moved, as a crash between forcing the journal and moving leaves them) are cancelled here, so a
     * message taken again later under the same name does not inherit them.
     */
    List<Owed> replay(Predicate<Owed> inSentBox) {
        Map<String, Map<String, Owed>> open = new LinkedHashMap<>();
        read(fields -> {
            switch (fields[0]) {
                case "M" -> {
                    if (key(fields) != null) {
                        open.put(key(fields), new LinkedHashMap<>());
                    }
                }
                case "R" -> {
                    Owed o = owed(fields);
                    Map<String, Owed> entry = o == null ? null : open.get(o.key());
                    if (entry != null) {
                        entry.put(o.receiptName(), o);
                    }
                }
                case "W" -> {
                    Map<String, Owed> entry = key(fields) == null ? null : open.get(key(fields));
                    if (entry != null) {
                        entry.remove(fields[3]);
                        if (entry.isEmpty()) {
                            open.remove(key(fields)); // answered in full: nothing to hold
                        }
                    }
                }
                case "C" -> {
                    if (key(fields) != null) {
                        open.remove(key(fields));
                    }
                }
                default -> {
                    // a line torn by a crash: ignored
                }
            }
        });
        List<Owed> owed = new ArrayList<>();
        for (Map<String, Owed> entry : open.values()) {
            if (entry.isEmpty()) {
                continue;
            }
            Owed first = entry.values().iterator().next();
            if (inSentBox.test(first)) {
                owed.addAll(entry.values());
            } else {
                cancelled(first.type(), first.sentName());
            }
        }
        return owed;
    }

    /** The receipts written into InBox for the message {@code messageId} of {@code type}, in the order written. */
    List<Owed> answered(String type, String messageId) {
        Map<String, Owed> owed = new LinkedHashMap<>(); // sent name/receipt name → receipt
        List<Owed> written = new ArrayList<>();
        read(fields -> {
            if ("R".equals(fields[0]) && fields.length == 7 && type.equals(fields[1]) && messageId.equals(fields[3])) {
                Owed o = owed(fields);
                if (o != null) {
                    owed.put(o.sentName() + "/" + o.receiptName(), o);
                }
            } else if ("W".equals(fields[0]) && fields.length == 4 && type.equals(fields[1])) {
                Owed o = owed.remove(fields[2] + "/" + fields[3]);
                if (o != null) {
                    written.add(o);
                }
            }
        });
        return written;
    }

    /**
     * When the journal has grown past its bound: rewritten without the messages answered in full (or cancelled) that
     * were taken before {@code now} − {@link #KEEP}.
     *
     * @return whether it was rewritten
     */
    boolean compactIfLarge(Instant now) {
        try {
            if (!Files.exists(file) || Files.size(file) <= compactAbove) {
                return false;
            }
            force(); // nothing recorded is left behind in memory
            long before = now.minus(KEEP).toEpochMilli();
            Map<String, Long> taken = new java.util.HashMap<>(); // key → when it was taken
            Map<String, java.util.Set<String>> owed = new java.util.HashMap<>(); // key → receipts still owed
            read(fields -> {
                String key = key(fields);
                if (key == null) {
                    return; // torn: dropped by the rewrite
                }
                switch (fields[0]) {
                    case "M" -> {
                        taken.put(key, parse(fields[1]));
                        owed.put(key, new java.util.HashSet<>());
                    }
                    case "R" -> owed.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(fields[4]);
                    case "W" -> owed.computeIfAbsent(key, k -> new java.util.HashSet<>()).remove(fields[3]);
                    default -> owed.put(key, new java.util.HashSet<>()); // C: owes nothing
                }
            });
            java.util.Set<String> drop = new java.util.HashSet<>();
            taken.forEach((key, at) -> {
                if (at < before && owed.get(key).isEmpty()) {
                    drop.add(key);
                }
            });
            if (drop.isEmpty()) {
                compactAbove = Math.max(COMPACT_ABOVE, 2 * Files.size(file));
                return false;
            }
            Path tmp = file.resolveSibling("." + FILE + ".tmp");
            try (java.io.Writer out = Files.newBufferedWriter(tmp, ISO_8859_1)) {
                read(fields -> {
                    String key = key(fields);
                    if (key != null && !drop.contains(key)) {
                        try {
                            out.write(String.join("\t", fields));
                            out.write('\n');
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
            }
            try (FileChannel ch = FileChannel.open(tmp, WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            AtomicFiles.forceDirectory(file.toAbsolutePath().getParent());
            compactAbove = Math.max(COMPACT_ABOVE, 2 * Files.size(file));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compact " + file, e);
        }
    }

    private static long parse(String millis) {
        try {
            return Long.parseLong(millis);
        } catch (NumberFormatException torn) {
            return Long.MAX_VALUE; // kept: its time cannot be told
        }
    }

    /** The message a complete line is about ({@code <type>/<name in SentBox>}); null for a torn line. */
    private static String key(String[] f) {
        return switch (f[0]) {
            case "M" -> f.length == 5 ? f[2] + "/" + f[3] : null;
            case "R" -> f.length == 7 ? f[1] + "/" + f[2] : null;
            case "W" -> f.length == 4 ? f[1] + "/" + f[2] : null;
            case "C" -> f.length == 3 ? f[1] + "/" + f[2] : null;
            default -> null;
        };
    }

    private static Owed owed(String[] fields) {
        if (fields.length != 7) {
            return null;
        }
        try {
            return new Owed(fields[1], fields[2], fields[3], fields[4], Instant.ofEpochMilli(Long.parseLong(fields[5])),
                    Base64.getDecoder().decode(fields[6]));
        } catch (IllegalArgumentException torn) { // NumberFormatException too
            return null;
        }
    }

    /** Every complete line (ended by a newline) split at tabs, in order; nothing when there is no journal yet. */
    private void read(Consumer<String[]> line) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file, READ), 1 << 16)) {
            ByteArrayOutputStream current = new ByteArrayOutputStream(256);
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    if (current.size() > 0) {
                        line.accept(current.toString(ISO_8859_1).split("\t", -1));
                    }
                    current.reset();
                } else {
                    current.write(b);
                }
            }
        } catch (NoSuchFileException e) {
            // nothing taken yet
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void append(String lines, boolean force) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        try (FileChannel ch = FileChannel.open(file, CREATE, READ, WRITE)) {
            long size = ch.size();
            String text = lines;
            if (size > 0) {
                ByteBuffer last = ByteBuffer.allocate(1);
                ch.read(last, size - 1);
                if (last.get(0) != '\n') {
                    text = "\n" + text; // ends a line a crash has torn
                }
            }
            ByteBuffer buf = ByteBuffer.wrap(text.getBytes(ISO_8859_1));
            for (long at = size; buf.hasRemaining();) {
                at += ch.write(buf, at);
            }
            if (force) {
                ch.force(false);
            }
            if (size == 0) {
                AtomicFiles.forceDirectory(file.toAbsolutePath().getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }
}
