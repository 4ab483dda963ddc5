package org.tongguan.transport.filebox.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.core.customs.IncomingMessage;
import org.tongguan.core.Messages;
import org.tongguan.core.customs.OutgoingMessage;
import org.tongguan.core.customs.ReceiptRefused;
import org.tongguan.core.customs.ReceiptRequest;
import org.tongguan.core.io.AtomicFiles;
import org.tongguan.core.io.Complaints;
import org.tongguan.core.io.SettledFiles;

/**
 * The e-port client's folders under one root, without OSGi. Per business type {@code <root>/<type>/} holds
 * {@code OutBox} (messages waiting for the e-port client), {@code SentBox} and {@code FailBox} (where the client moves
 * them) and {@code InBox} (receipts from customs).
 *
 * <h2>Sending</h2>
 * {@link #send} writes {@code OutBox/.<name>.tmp}, forces it to disk, renames it atomically to {@code OutBox/<name>}
 * and forces the folder: a reader of {@code OutBox} never sees half a file, and a message is on disk once
 * {@code send} returns. Readers ignore names starting with a dot.
 *
 * <p>File names are never reused: when {@code <name>} is already in {@code OutBox}, {@code SentBox} or
 * {@code FailBox}, the message goes out under a new suffix — the name's stem is kept, its trailing {@code _<n>} is
 * replaced by the next free number (checking all three folders), and a name without a trailing {@code _<n>} gets
 * {@code _2}, {@code _3}, …: {@code INV101_I_QP01_1.xml} → {@code INV101_I_QP01_2.xml}, {@code A.xml} →
 * {@code A_2.xml}. A stem that ends in {@code _<digits>} is always read as carrying a suffix.
 *
 * <h2>Receiving</h2>
 * {@link #scanOnce} looks at every {@code <type>/InBox/*.xml} (names starting with a dot are ignored). A file is
 * taken only when it is complete: not empty, the same size and modification time as at the previous scan, and not
 * modified within {@code settle} of now. Its SHA-256 decides what happens:
 * <ul>
 * <li>already in {@code <root>/processed-receipts.log} (the e-port client sent it twice, or a crash came between
 * delivering and moving it): moved to {@code InBox/processed/} without being delivered again;</li>
 * <li>otherwise it is delivered (the new receipts of one type found in a scan are handed over together, up to
 * {@value #LOG_BATCH} at a time); only when delivery succeeds is the hash appended to the log and forced to disk,
 * then the file moved to {@code InBox/processed/}. The hashes of the receipts delivered in one scan are appended and
 * forced together (every {@value #LOG_BATCH} receipts and at the end of the scan). A failed delivery leaves the file
 * in {@code InBox} for the next scan.</li>
 * </ul>
 * Delivery is thus at least once, with duplicates of processed content filtered: consumers must be idempotent per
 * receipt content. A receipt a consumer refuses for good ({@link ReceiptRefused}: not well-formed, a DOCTYPE, an
 * envelope that does not open or verify) is moved to {@code InBox/refused/} instead, with the reason in the clerk's
 * language beside it as {@code <name>.reason.txt}, and logged in one line; it is not recorded as processed, so the
 * same bytes arriving again are refused again.
 *
 * <h2>Asking again and sending again</h2>
 * {@link #requestReceipts} queues a {@link ReceiptRequest} in {@code OutBox} as {@link #send} queues a message (see
 * the package documentation for its format); {@link #resendFailed} moves a message the e-port client put in
 * {@code FailBox} back to {@code OutBox}, under its name and with its signature. Nothing in memory matters across restarts except that a receipt seen for the first time waits one
 * scan. Scans hold a lock on {@code <root>/.receipts.lock}, so two processes on one root do not both deliver.
 */
final class Filebox {
    static final String OUT_BOX = "OutBox";
    static final String SENT_BOX = "SentBox";
    static final String FAIL_BOX = "FailBox";
    static final String IN_BOX = "InBox";
    static final String PROCESSED = "processed";
    static final String REFUSED = "refused";
    static final String REASON = ".reason.txt";
    static final String PROCESSED_LOG = "processed-receipts.log";
    static final String SCAN_LOCK = ".receipts.lock";
    private static final List<String> BOXES = List.of(OUT_BOX, SENT_BOX, FAIL_BOX, IN_BOX);
    /** Where a file name counts as used, in the order the e-port client moves files. */
    private static final List<String> NAMING_BOXES = List.of(OUT_BOX, SENT_BOX, FAIL_BOX);
    private static final Pattern BUSINESS_TYPE = Pattern.compile("[A-Z0-9]{2,10}");
    private static final Pattern NUMBERED = Pattern.compile("(.+)_(\\d{1,9})");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final String XML = ".xml";
    /** Receipts delivered before their hashes are forced to the log together. */
    static final int LOG_BATCH = 64;
    private static final Logger LOG = LoggerFactory.getLogger(Filebox.class);

    /** Hands receipts to their consumers. */
    @FunctionalInterface
    interface Delivery {
        /**
         * @return false when no consumer takes receipts of this business type now: the receipt waits in InBox
         * @throws Exception when a consumer failed: the receipt is offered again at the next scan
         */
        boolean deliver(IncomingMessage receipt) throws Exception;

        /**
         * Hands over several receipts of one business type found together, in order; by default one by one.
         *
         * @return unclaimed when no consumer takes receipts of this type now; else per receipt, in order, null when
         *         it was taken or the exception of a consumer that failed on it
         */
        default Outcome deliverAll(List<IncomingMessage> receipts) {
            List<Exception> failures = new ArrayList<>(receipts.size());
            for (IncomingMessage r : receipts) {
                try {
                    if (!deliver(r)) {
                        return Outcome.UNCLAIMED;
                    }
                    failures.add(null);
                } catch (Exception e) {
                    failures.add(e);
                }
            }
            return new Outcome(true, failures);
        }
    }

    /** What became of receipts handed over together: see {@link Delivery#deliverAll}. */
    record Outcome(boolean claimed, List<Exception> failures) {
        static final Outcome UNCLAIMED = new Outcome(false, List.of());
    }

    /** A complete receipt read from InBox, waiting to be handed over with the others found in the same scan. */
    private record Ready(Path file, IncomingMessage receipt) {
    }

    /**
     * What one scan did. {@code unclaimed}: complete receipts nobody takes yet; {@code unsettled}: files possibly still
     * being written (or empty); {@code settling}: those of them new or changed since the previous scan, which the next
     * scan may take once {@code settle} has passed; {@code busy}: another scanner held the root's lock, nothing was
     * looked at.
     */
    record ScanResult(int delivered, int duplicates, int failed, int refused, int unclaimed, int unsettled,
            int settling, boolean busy) {
        static final ScanResult BUSY = new ScanResult(0, 0, 0, 0, 0, 0, 0, true);
    }


    private final Path root;
    private final Clock clock;
    private final Object sendLock = new Object();
    private final Complaints complaints;
    // scan state, guarded by this
    private final SettledFiles files;
    private final Set<String> processed = new HashSet<>();
    private long logOffset;
    /** Delivered in this scan, not yet in the log. */
    private final java.util.LinkedHashMap<String, Delivered> delivered = new java.util.LinkedHashMap<>();

    private record Delivered(String type, Path file) {
    }

    /**
     * @param settle how long a receipt must be left unmodified before it is read
     */
    Filebox(Path root, Clock clock, Duration settle) {
        this.root = root;
        this.clock = clock;
        this.files = new SettledFiles(clock, settle);
        this.complaints = new Complaints(clock, Duration.ofMinutes(1));
    }

    Path root() {
        return root;
    }

    /**
     * Queues {@code message} in its {@code OutBox}, durably and atomically (see the class comment).
     *
     * @return the file name used: the message's, or the same stem with a new suffix if that name was used before
     * @throws UncheckedIOException when it could not be written; nothing is left in OutBox then
     */
    String send(OutgoingMessage message) {
        Map<OutgoingMessage, RuntimeException> failed = new HashMap<>();
        List<String> names = sendAll(List.of(message), failed);
        if (!failed.isEmpty()) {
            throw failed.get(message);
        }
        return names.get(0);
    }

    /**
     * Queues several messages as {@link #send} does each, written together: each folder is forced once for them all.
     *
     * @param failed receives the messages not queued (nothing of them is in OutBox) with the reason
     * @return the file names used, in order (null for a message not queued)
     */
    List<String> sendAll(List<OutgoingMessage> messages, Map<OutgoingMessage, RuntimeException> failed) {
        List<String> names = new ArrayList<>(messages.size());
        synchronized (sendLock) {
            List<Map.Entry<Path, byte[]>> files = new ArrayList<>();
            List<Integer> written = new ArrayList<>(); // which message each file is
            Set<Path> chosen = new HashSet<>();
            for (OutgoingMessage m : messages) {
                try {
                    Path box = businessDir(m.businessType());
                    createBoxes(box);
                    String name = freeName(box, m.fileName(), chosen);
                    Path target = box.resolve(OUT_BOX).resolve(name);
                    chosen.add(target);
                    files.add(Map.entry(target, m.content()));
                    written.add(names.size());
                    names.add(name);
                } catch (IOException | IllegalArgumentException e) {
                    failed.put(m, e instanceof IOException io ? queueFailure(m, io) : (IllegalArgumentException) e);
                    names.add(null);
                }
            }
            try {
                AtomicFiles.writeAll(files);
            } catch (IOException e) {
                for (int i = 0; i < written.size(); i++) {
                    if (!Files.exists(files.get(i).getKey(), NOFOLLOW_LINKS)) {
                        OutgoingMessage m = messages.get(written.get(i));
                        failed.put(m, queueFailure(m, e));
                        names.set(written.get(i), null);
                    }
                }
            }
        }
        return names;
    }

    private UncheckedIOException queueFailure(OutgoingMessage m, IOException e) {
        return new UncheckedIOException("cannot queue " + m.businessType() + "/" + m.fileName() + " in "
                + root.resolve(m.businessType()).resolve(OUT_BOX), e);
    }

    /**
     * Queues a 申请回执补发 in {@code <type>/OutBox} as {@link #send} queues a message.
     *
     * @return the file name used
     */
    String requestReceipts(String businessType, ReceiptRequest request) {
        return send(new OutgoingMessage(businessType, request.requestFileName(), request.toXml()));
    }

    /**
     * Moves {@code <type>/FailBox/<fileName>} back to {@code OutBox}, under its name (it was never used elsewhere:
     * the e-port client moved it from there), forced to disk.
     *
     * @return false when there is no such file in FailBox or its name is in OutBox or SentBox again
     */
    boolean resendFailed(String businessType, String fileName) {
        if (fileName == null || fileName.startsWith(".") || fileName.contains("/") || fileName.contains("\\")) {
            return false;
        }
        Path box = businessDir(businessType);
        Path failed = box.resolve(FAIL_BOX).resolve(fileName);
        synchronized (sendLock) {
            if (!Files.isRegularFile(failed, NOFOLLOW_LINKS) || Files.exists(box.resolve(OUT_BOX).resolve(fileName),
                    NOFOLLOW_LINKS) || Files.exists(box.resolve(SENT_BOX).resolve(fileName), NOFOLLOW_LINKS)) {
                return false;
            }
            try {
                Files.move(failed, box.resolve(OUT_BOX).resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
            } catch (NoSuchFileException gone) {
                return false; // the e-port client took it meanwhile
            } catch (IOException e) {
                throw new UncheckedIOException("cannot move " + failed + " back to " + OUT_BOX, e);
            }
            AtomicFiles.forceDirectory(box.resolve(OUT_BOX));
            AtomicFiles.forceDirectory(box.resolve(FAIL_BOX));
            return true;
        }
    }

    /** Whether {@code fileName} was used in {@code <type>/OutBox}, {@code SentBox} or {@code FailBox}. */
    boolean queued(String businessType, String fileName) {
        return used(businessDir(businessType), fileName, Set.of());
    }

    /** Names in {@code <type>/OutBox}, sorted. */
    List<String> pending(String businessType) {
        return messageNames(businessDir(businessType).resolve(OUT_BOX));
    }

    /** Names in {@code <type>/FailBox}, sorted. */
    List<String> failed(String businessType) {
        return messageNames(businessDir(businessType).resolve(FAIL_BOX));
    }

    /** One pass over every {@code <type>/InBox} (see the class comment). Problems are logged, never thrown. */
    synchronized ScanResult scanOnce(Delivery delivery) {
        Counts counts = new Counts();
        if (!Files.isDirectory(root)) {
            files.clear();
            return counts.result();
        }
        try (FileChannel lockFile = FileChannel.open(root.resolve(SCAN_LOCK), CREATE, WRITE);
                FileLock lock = tryLock(lockFile)) {
            if (lock == null) {
                return ScanResult.BUSY;
            }
            readProcessedLog();
            files.beginScan();
            try {
                for (String type : businessTypes()) {
                    List<Ready> ready = new ArrayList<>();
                    for (Path file : SettledFiles.messageFiles(root.resolve(type).resolve(IN_BOX))) {
                        Ready r = scanFile(type, file, ready, counts);
                        if (r != null) {
                            ready.add(r);
                        }
                        if (ready.size() >= LOG_BATCH) {
                            deliver(ready, delivery, counts);
                            recordDelivered();
                        }
                    }
                    deliver(ready, delivery, counts);
                }
            } finally {
                recordDelivered();
                counts.unsettled = files.unsettled();
                counts.settling = files.settling();
            }
            complaints.retain(files.endScan()); // also forgets a complaint about the root: this scan worked
        } catch (IOException | UncheckedIOException e) {
            if (complaints.due(root)) {
                LOG.warn("Cannot scan the receipts under {}; trying again at the next scan", root, e);
            }
        }
        return counts.result();
    }

    /** The receipt in {@code file} when it is complete and new (not processed nor already {@code ready}), else null. */
    private Ready scanFile(String type, Path file, List<Ready> ready, Counts counts) {
        String name = file.getFileName().toString();
        try {
            byte[] bytes = files.read(file);
            if (bytes == null) {
                return null;
            }
            String hash = sha256(bytes);
            if (processed.contains(hash) || delivered.containsKey(hash)
                    || ready.stream().anyMatch(r -> r.receipt().sha256().equals(hash))) {
                Path to = moveToProcessed(file);
                LOG.info("Receipt {}/{} has the content of a receipt already processed; moved to {} without"
                        + " delivering it again", type, name, to);
                counts.duplicates++;
                return null;
            }
            return new Ready(file, new IncomingMessage(type, name, bytes, hash));
        } catch (IOException e) {
            if (complaints.due(file)) {
                LOG.warn("Cannot process receipt {}; trying again at the next scan", file, e);
            }
            return null;
        }
    }

    /** Hands the ready receipts (of one type) over together; those taken are recorded as delivered. */
    private void deliver(List<Ready> ready, Delivery delivery, Counts counts) {
        if (ready.isEmpty()) {
            return;
        }
        Outcome outcome;
        try {
            outcome = delivery.deliverAll(ready.stream().map(Ready::receipt).toList());
        } catch (RuntimeException | LinkageError e) { // a delivery that broke its contract: all are offered again
            List<Exception> failures = new ArrayList<>();
            Exception cause = e instanceof Exception x ? x : new IllegalStateException(e);
            ready.forEach(r -> failures.add(cause));
            outcome = new Outcome(true, failures);
        }
        for (int i = 0; i < ready.size(); i++) {
            Ready r = ready.get(i);
            String type = r.receipt().businessType();
            String name = r.receipt().fileName();
            if (!outcome.claimed()) {
                counts.unclaimed++;
                if (complaints.due(r.file())) {
                    LOG.info("No receipt listener takes {} receipts; {} waits in InBox", type, name);
                }
                continue;
            }
            Exception failure = outcome.failures().get(i);
            ReceiptRefused refusal = refusal(failure);
            if (refusal != null) {
                quarantine(r.file(), type, refusal, counts);
                continue;
            }
            if (failure != null) {
                counts.failed++;
                if (complaints.due(r.file())) {
                    LOG.warn("Receipt {}/{} was not taken; it stays in InBox and is offered again at the next scan",
                            type, name, failure);
                } else {
                    LOG.debug("Receipt {}/{} was not taken again", type, name, failure);
                }
                continue;
            }
            delivered.put(r.receipt().sha256(), new Delivered(type, r.file()));
            if (complaints.resolved(r.file())) {
                LOG.info("Receipt {}/{} delivered after earlier attempts", type, name);
            }
            counts.delivered++;
        }
        ready.clear();
    }

    /** The refusal when every consumer that did not take the receipt refused it for good, else null. */
    private static ReceiptRefused refusal(Exception failure) {
        if (failure == null) {
            return null;
        }
        Throwable cause = failure instanceof ReceiptRefused r ? r : failure.getCause();
        if (!(cause instanceof ReceiptRefused refused)) {
            return null;
        }
        for (Throwable other : failure.getSuppressed()) {
            if (!(other instanceof ReceiptRefused)) {
                return null; // another consumer may take it later: offered again
            }
        }
        return refused;
    }

    /**
     * Moves a refused receipt to {@code InBox/refused/} with the reason beside it, in one line of the log: an expected
     * refusal, not a failure of this server. When it cannot be moved it stays in InBox and is refused again.
     */
    private void quarantine(Path file, String type, ReceiptRefused refusal, Counts counts) {
        files.forget(file);
        String reason = refusal.getMessage(Messages.DEFAULT_LOCALE);
        try {
            Path to = moveTo(file, REFUSED);
            AtomicFiles.write(to.resolveSibling(to.getFileName() + REASON), (reason + "\n").getBytes(UTF_8));
            counts.refused++;
            LOG.warn("Receipt {}/{} refused, kept apart as {}: {}", type, file.getFileName(), to, reason);
        } catch (IOException e) {
            if (complaints.due(file)) {
                LOG.warn("Receipt {}/{} refused ({}) and cannot be kept apart: {}", type, file.getFileName(), reason,
                        e.toString());
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // another scanner of this root in this JVM
        }
    }

    private Path businessDir(String businessType) {
        if (businessType == null || !BUSINESS_TYPE.matcher(businessType).matches()) {
            throw new IllegalArgumentException("business type must be 2 to 10 upper-case letters or digits: "
                    + businessType);
        }
        return root.resolve(businessType);
    }

    private List<String> businessTypes() throws IOException {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> BUSINESS_TYPE.matcher(n).matches()).sorted().toList();
        }
    }

    private void createBoxes(Path box) throws IOException {
        boolean created = false;
        for (String name : BOXES) {
            Path dir = box.resolve(name);
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                created = true;
            }
        }
        if (created) {
            AtomicFiles.forceDirectory(box);
            AtomicFiles.forceDirectory(root);
            if (root.toAbsolutePath().getParent() != null) {
                AtomicFiles.forceDirectory(root.toAbsolutePath().getParent());
            }
        }
    }

    /** See the class comment: the name, or its stem with the next free {@code _<n>}. */
    private static String freeName(Path box, String fileName, Set<Path> chosen) {
        if (!used(box, fileName, chosen)) {
            return fileName;
        }
        String stem = fileName.substring(0, fileName.length() - XML.length());
        Matcher numbered = NUMBERED.matcher(stem);
        boolean hasSuffix = numbered.matches();
        String base = hasSuffix ? numbered.group(1) : stem;
        long n = hasSuffix ? Long.parseLong(numbered.group(2)) : 1;
        for (long k = n + 1;; k++) {
            String candidate = base + "_" + k + XML;
            if (!used(box, candidate, chosen)) {
                return candidate;
            }
        }
    }

    /** Whether {@code name} was used in the box, or is {@code chosen} for a message being queued. */
    private static boolean used(Path box, String name, Set<Path> chosen) {
        if (chosen.contains(box.resolve(OUT_BOX).resolve(name))) {
            return true;
        }
        for (String folder : NAMING_BOXES) {
            if (Files.exists(box.resolve(folder).resolve(name), NOFOLLOW_LINKS)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> messageNames(Path dir) {
        try {
            return SettledFiles.messageFiles(dir).stream().map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static Path moveToProcessed(Path file) throws IOException {
        return moveTo(file, PROCESSED);
    }

    /** Moves an InBox file into the InBox's sub-folder {@code folder}, under a free name. */
    private static Path moveTo(Path file, String folder) throws IOException {
        Path dir = file.resolveSibling(folder);
        Files.createDirectories(dir);
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.length() - XML.length());
        String ext = name.substring(name.length() - XML.length());
        Path target = dir.resolve(name);
        for (int k = 2; Files.exists(target, NOFOLLOW_LINKS); k++) {
            target = dir.resolve(stem + "~" + k + ext);
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads the lines appended to the log since the last read (by this or another process). */
    private void readProcessedLog() throws IOException {
        try (FileChannel ch = FileChannel.open(root.resolve(PROCESSED_LOG), READ)) {
            long size = ch.size();
            if (size < logOffset) {
                logOffset = 0; // replaced by a shorter file: read it all again
            }
            if (size == logOffset) {
                return;
            }
            ch.position(logOffset);
            InputStream in = new BufferedInputStream(Channels.newInputStream(ch));
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long position = logOffset;
            for (int b = in.read(); b >= 0; b = in.read()) {
                position++;
                if (b == '\n') {
                    addHash(line.toString(UTF_8));
                    line.reset();
                    logOffset = position; // an unfinished last line is read again once it is finished
                } else {
                    line.write(b);
                }
            }
        } catch (NoSuchFileException e) {
            logOffset = 0;
        }
    }

    private void addHash(String line) {
        if (line.length() >= 64 && HASH.matcher(line.substring(0, 64)).matches()
                && (line.length() == 64 || line.charAt(64) == ' ')) {
            processed.add(line.substring(0, 64));
        }
    }

    /**
     * Records the receipts delivered since the last call in the log, then moves them to {@code processed/}. When the
     * log cannot be written they stay in InBox and are delivered again at the next scan (consumers are idempotent).
     */
    private void recordDelivered() {
        if (delivered.isEmpty()) {
            return;
        }
        try {
            recordProcessed(delivered);
            for (Delivered d : delivered.values()) {
                files.forget(d.file());
                try {
                    moveToProcessed(d.file());
                } catch (IOException e) {
                    // left in InBox: the log knows it, the next scan moves it as a duplicate
                    LOG.warn("Cannot move processed receipt {}", d.file(), e);
                }
            }
        } catch (IOException e) {
            if (complaints.due(root.resolve(PROCESSED_LOG))) {
                LOG.warn("Cannot record {} delivered receipts in {}; they are delivered again at the next scan",
                        delivered.size(), root.resolve(PROCESSED_LOG), e);
            }
        } finally {
            delivered.clear();
        }
    }

    /**
     * Appends "hash time type/name" per receipt and forces it to disk once; a line cut short by a crash is ended
     * first.
     */
    private void recordProcessed(Map<String, Delivered> receipts) throws IOException {
        Path log = root.resolve(PROCESSED_LOG);
        StringBuilder lines = new StringBuilder();
        String time = clock.instant().toString();
        receipts.forEach((hash, d) -> lines.append(hash).append(' ').append(time).append(' ').append(d.type())
                .append('/').append(d.file().getFileName().toString().replaceAll("\\p{Cntrl}", "?")).append('\n'));
        String text = lines.toString();
        boolean created;
        try (FileChannel ch = FileChannel.open(log, CREATE, READ, WRITE)) {
            long end = ch.size();
            created = end == 0;
            if (end > 0) {
                ByteBuffer last = ByteBuffer.allocate(1);
                ch.read(last, end - 1);
                if (last.get(0) != '\n') {
                    text = "\n" + text;
                }
            }
            ByteBuffer buf = ByteBuffer.wrap(text.getBytes(UTF_8));
            while (buf.hasRemaining()) {
                end += ch.write(buf, end);
            }
            ch.force(true);
        }
        if (created) {
            AtomicFiles.forceDirectory(root);
        }
        processed.addAll(receipts.keySet());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static final class Counts {
        int delivered;
        int duplicates;
        int failed;
        int refused;
        int unclaimed;
        int unsettled;
        int settling;

        ScanResult result() {
            return new ScanResult(delivered, duplicates, failed, refused, unclaimed, unsettled, settling, false);
        }
    }
}
