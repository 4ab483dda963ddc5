package org.tongguan.customs.simulator.internal;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.core.customs.EnvelopeInfo;
import org.tongguan.core.customs.Envelopes;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.core.customs.Signer;
import org.tongguan.core.io.AtomicFiles;
import org.tongguan.core.io.Complaints;
import org.tongguan.core.io.SettledFiles;
import org.tongguan.customs.simulator.CheckInfo;
import org.tongguan.customs.simulator.CustomsRule;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.customs.simulator.Verdict;
import org.w3c.dom.Document;

/**
 * The simulated e-port client and customs, without OSGi: one {@link #scanOnce} takes the complete messages of every
 * {@code <root>/<type>/OutBox}, moves each to {@code SentBox}, answers it with an import receipt in {@code InBox} and,
 * {@code delay} later (at a later scan), with a business receipt. The receipt formats and check codes are described
 * in the {@code org.tongguan.customs.simulator} package.
 *
 * <p>A message file is complete when it is not empty, had the same size and modification time at the previous scan
 * and was not modified within {@link #SETTLE} of the clock's now (the filebox transport's rule); names starting with a
 * dot are never read. Nothing is taken while the signer lacks the customs card: the messages wait in {@code OutBox}.
 *
 * <p>The 预录入统一编号 of a business id (per folder) is kept in {@code <dataDir>/seqnos.properties}: a document sent
 * again keeps its number. Business receipts not yet due are kept in memory only; {@link #flush} writes them at once
 * (the component does so when it stops), a crash loses them. Receipts are written whole or not at all but not forced
 * to disk (they stand for what customs sends over the network): a crash of the process loses none, one of the
 * machine may lose those not yet read. Numbers and the 预录入统一编号 book are forced before a receipt carries them.
 */
final class CustomsDesk {
    static final String OUT_BOX = "OutBox";
    static final String SENT_BOX = "SentBox";
    static final String FAIL_BOX = "FailBox";
    static final String IN_BOX = "InBox";
    static final String SEQ_NOS = "seqnos.properties";
    static final Duration SETTLE = Duration.ofMillis(200);
    static final String DEFAULT_DISTRICT = "0000";
    static final CheckInfo NO_RULE = new CheckInfo("0000", "无此报文类型的审核规则，转人工");
    static final String RULE_FAILED_CODE = "9999";
    private static final String XML = ".xml";
    private static final int RECENT = 10;
    /** Messages being checked side by side ahead of the one taken; bounds the messages held at once. */
    static final int WINDOW = 32;
    private static final Pattern BUSINESS_TYPE = Pattern.compile("[A-Z0-9]{2,10}");
    private static final Pattern DISTRICT = Pattern.compile("[0-9]{4}");
    private static final Pattern SEQ_NO = Pattern.compile("[0-9]{18}");
    private static final Pattern TRAILING_DIGITS = Pattern.compile("\\d{3}$");
    private static final DateTimeFormatter MANAGE_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Logger LOG = LoggerFactory.getLogger(CustomsDesk.class);

    /**
     * What one scan did; {@code lookAgain}: how soon a scan has something to do (a message new or changed since the
     * previous scan may have settled, a business receipt falls due), or null when only new messages could give it
     * work.
     */
    record ScanResult(int taken, int rejected, int businessReceipts, int unsettled, boolean waitingForCard,
            Duration lookAgain) {
    }

    /** Files per folder of one business type. */
    record FolderCounts(int outBox, int sentBox, int failBox, int inBox) {
    }

    /** For the console. */
    record Status(Path root, Path dataDir, String cardNo, boolean cardPresent, Duration delay,
            Map<String, FolderCounts> folders, long taken, long rejected, long businessReceipts, int pending,
            List<String> recentReceipts) {
    }


    /** Who a receipt answers: from the verified envelope, or read unverified from a refused one. */
    private record Addressing(String businessId, String messageId, String messageType, String senderId,
            String receiverId) {
    }

    /**
     * A business receipt waiting for its time, with the verdict given when the message was taken: only the envelope's
     * addressing is kept, not the message (a whole document held for the delay would outlive the young heap).
     */
    private static final class Pending {
        final String type;
        final EnvelopeInfo info;
        final Verdict verdict;
        final String etpsPreentNo;
        final String tmsCnt;
        final String typecd;
        final Instant due;
        final boolean release;

        /** {@code tmsCnt} and {@code typecd}: read from the business message when it was taken, for the receipt. */
        Pending(String type, EnvelopeInfo info, Verdict verdict, String etpsPreentNo, String tmsCnt, String typecd,
                Instant due, boolean release) {
            this.type = type;
            this.info = info;
            this.verdict = verdict;
            this.etpsPreentNo = etpsPreentNo;
            this.tmsCnt = tmsCnt;
            this.typecd = typecd;
            this.due = due;
            this.release = release;
        }
    }

    private final Path root;
    private final Path dataDir;
    private final Clock clock;
    private final Signer signer;
    private final Function<String, Optional<CustomsRule>> rules;
    private final NumberSource numbers;
    private final String cardNo;
    private final char[] pin;
    private final Duration delay;
    private final Complaints complaints;
    private final Executor workers;
    // guarded by this
    private final SettledFiles files;
    private final List<Pending> pending = new ArrayList<>();
    private Map<String, String> seqNos; // the seqnos book, read at first use
    private boolean seqNosAppended; // lines appended to the book and not yet forced to disk
    private final java.util.Set<Path> claimed = new java.util.HashSet<>(); // receipt names of answers not yet written
    private final Deque<String> recent = new ArrayDeque<>();
    private long taken;
    private long rejected;
    private long businessReceipts;

    /**
     * @param rules the rule for a message type, if any
     * @param cardNo the customs card that signs the receipts; {@code pin} opens it
     * @param delay how long after the import receipt the business receipt is written
     */
    CustomsDesk(Path root, Path dataDir, Clock clock, Signer signer, Function<String, Optional<CustomsRule>> rules,
            NumberSource numbers, String cardNo, char[] pin, Duration delay) {
        this(root, dataDir, clock, signer, rules, numbers, cardNo, pin, delay, Runnable::run);
    }

    /**
     * @param workers where the envelopes of arrived messages are checked side by side, up to {@link #WINDOW} ahead
     *        of the one taken (the desk's own state is only touched by the scanning thread)
     */
    CustomsDesk(Path root, Path dataDir, Clock clock, Signer signer, Function<String, Optional<CustomsRule>> rules,
            NumberSource numbers, String cardNo, char[] pin, Duration delay, Executor workers) {
        this.root = root;
        this.dataDir = dataDir;
        this.clock = clock;
        this.signer = signer;
        this.rules = rules;
        this.numbers = numbers;
        this.cardNo = cardNo;
        this.pin = pin.clone();
        this.delay = delay;
        this.complaints = new Complaints(clock, Duration.ofMinutes(1));
        this.workers = workers;
        this.files = new SettledFiles(clock, SETTLE);
    }

    Path root() {
        return root;
    }

    /** The console command that issues the customs card this desk signs with. */
    String issueCommand() {
        return "tongguan:card-issue " + cardNo + " LEGAL_PERSON 0000000000 海关模拟器 " + new String(pin);
    }

    /** Whether the signer has the customs card that signs the receipts. */
    boolean hasCustomsCard() {
        return signer.card(cardNo).isPresent();
    }

    /** One pass: takes the complete OutBox messages, then writes the business receipts that are due. Never throws. */
    synchronized ScanResult scanOnce() {
        int[] counts = new int[3]; // taken, rejected, business receipts
        boolean waiting = !hasCustomsCard();
        if (waiting) {
            if (complaints.due("card")) {
                LOG.error("The customs simulator cannot sign receipts: the signer has no card {}. Messages wait in"
                        + " OutBox until an administrator issues it with the console command: {}", cardNo,
                        issueCommand());
            }
        } else {
            complaints.resolved("card");
            takeMessages(counts);
        }
        Instant now = clock.instant();
        writeDueReceipts(now, counts);
        int unsettled = waiting ? 0 : files.unsettled();
        boolean settling = !waiting && files.settling() > 0;
        return new ScanResult(counts[0], counts[1], counts[2], unsettled, waiting, lookAgain(now, settling));
    }

    /**
     * The pause until a message may have settled or the next business receipt falls due; null when neither waits. A
     * receipt due already was not written by this scan (it could not be): it is tried again after the whole pause.
     */
    private Duration lookAgain(Instant now, boolean settling) {
        Duration soonest = settling ? SETTLE : null;
        for (Pending p : pending) {
            if (p.due.isAfter(now)) {
                Duration until = Duration.between(now, p.due);
                if (soonest == null || until.compareTo(soonest) < 0) {
                    soonest = until;
                }
            }
        }
        return soonest;
    }

    /** Writes every pending business receipt now, due or not. */
    synchronized void flush() {
        writeDueReceipts(Instant.MAX, new int[3]);
    }

    synchronized Status status() {
        Map<String, FolderCounts> folders = new LinkedHashMap<>();
        for (String type : businessTypes()) {
            Path dir = root.resolve(type);
            folders.put(type, new FolderCounts(messageFiles(dir.resolve(OUT_BOX)).size(),
                    messageFiles(dir.resolve(SENT_BOX)).size(), messageFiles(dir.resolve(FAIL_BOX)).size(),
                    messageFiles(dir.resolve(IN_BOX)).size()));
        }
        return new Status(root, dataDir, cardNo, hasCustomsCard(), delay, folders, taken, rejected, businessReceipts,
                pending.size(), List.copyOf(recent));
    }

    // ---- taking messages

    private void takeMessages(int[] counts) {
        files.beginScan();
        // up to WINDOW messages are being checked on the workers while the oldest is taken here, in file order
        Deque<Checking> window = new ArrayDeque<>();
        // taken messages are moved and answered WINDOW at a time: the disk is forced once for them all
        List<Taken> batch = new ArrayList<>();
        try {
            for (String type : businessTypes()) {
                for (Path file : messageFiles(root.resolve(type).resolve(OUT_BOX))) {
                    byte[] bytes = settled(file);
                    if (bytes == null) {
                        continue;
                    }
                    Arrived a = new Arrived(type, file, bytes);
                    window.addLast(new Checking(a, CompletableFuture.supplyAsync(() -> open(a), workers)));
                    if (window.size() >= WINDOW) {
                        if (!takeOldest(window, batch, counts)) {
                            return;
                        }
                        if (batch.size() >= WINDOW) {
                            publish(batch);
                        }
                    }
                }
            }
            while (!window.isEmpty()) {
                if (!takeOldest(window, batch, counts)) {
                    return;
                }
            }
        } finally {
            publish(batch); // what was taken before a stop is answered too
            window.forEach(c -> c.opened().cancel(false)); // left for the next scan: read and checked again then
            files.endScan();
        }
    }

    /** A receipt ready to be written into InBox, and what follows once it is. */
    private record Answer(Path receipt, byte[] bytes, Runnable written) {
    }

    /** A message taken from OutBox: moved to SentBox, then answered. */
    private record Taken(Path file, Path sentBox, Answer answer) {
    }

    /** A taken message in SentBox ({@code sent}), moved from {@code from}. */
    private record Moved(Path sent, Path from, Answer answer) {
    }

    /**
     * Moves the taken messages to SentBox and writes their import receipts, after the 预录入统一编号 they carry are on
     * disk. A message that cannot be moved stays in OutBox; one whose receipt cannot be written is put back there:
     * both are taken again at the next scan (and keep their numbers).
     */
    private void publish(List<Taken> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Moved> moved = new ArrayList<>();
        try {
            if (seqNosAppended) {
                PropertyFiles.force(dataDir.resolve(SEQ_NOS));
                seqNosAppended = false;
            }
            for (Taken t : batch) {
                try {
                    Files.createDirectories(t.sentBox());
                    Path sent = Files.move(t.file(), freePath(t.sentBox(), t.file().getFileName().toString()),
                            StandardCopyOption.ATOMIC_MOVE);
                    moved.add(new Moved(sent, t.file(), t.answer()));
                } catch (IOException e) {
                    if (complaints.due(t.file())) {
                        LOG.warn("Cannot move {} to SentBox; it is taken again at the next scan", t.file(), e);
                    }
                }
            }
        } catch (UncheckedIOException e) {
            LOG.warn("Cannot store the 预录入统一编号 book; the messages are taken again at the next scan", e);
        } finally {
            batch.clear();
        }
        java.util.Set<Answer> written = write(moved.stream().map(Moved::answer).toList());
        for (Moved m : moved) {
            if (!written.contains(m.answer())) {
                try {
                    Files.move(m.sent(), m.from(), StandardCopyOption.ATOMIC_MOVE); // back to OutBox
                } catch (IOException e) {
                    LOG.error("Message {} was not answered and cannot be put back as {}", m.sent(), m.from(), e);
                }
            }
        }
    }

    /**
     * Writes the answers' receipts together ({@link AtomicFiles#writeAll}) and runs what follows each one written.
     *
     * @return the answers written (all of them unless writing failed part way)
     */
    private java.util.Set<Answer> write(List<Answer> answers) {
        java.util.Set<Answer> written = new java.util.LinkedHashSet<>(answers);
        try {
            if (!answers.isEmpty()) {
                // not forced to disk: see the class comment
                AtomicFiles.writeAll(answers.stream().map(a -> Map.entry(a.receipt(), a.bytes())).toList(), false);
            }
        } catch (IOException e) {
            written.removeIf(a -> !Files.exists(a.receipt(), NOFOLLOW_LINKS));
            LOG.warn("Wrote {} of {} receipts; the others are written at the next scan", written.size(),
                    answers.size(), e);
        } finally {
            claimed.clear(); // the names are taken on disk now, or free again
        }
        written.forEach(a -> a.written().run());
        return written;
    }

    /** A message file read whole from OutBox. */
    private record Arrived(String type, Path file, byte[] bytes) {
    }

    /** An arrived message and the check of its envelope, under way on a worker. */
    private record Checking(Arrived arrived, CompletableFuture<Opened> opened) {
    }

    /** What checking an arrived message found: its verified content and the fields read from it, or a refusal. */
    private record Opened(SignedMessage message, Map<String, String> fields, CheckInfo refusal) {
    }

    /** The business message's fields the desk reads (the rules read the rest), each by the names it goes by. */
    private static final String[] ETPS_PREENT_NO = {"EtpsPreentNo", "etpsPreentNo"};
    private static final String[] DISTRICT_FIELD = {"masterCuscd", "MasterCuscd", "dclPlcCuscd", "DclPlcCuscd",
        "impexpPortcd", "ImpexpPortcd"};
    private static final String[] CHG_TMS_CNT = {"chgTmsCnt", "ChgTmsCnt"};
    private static final String[] DCL_TYPECD = {"dclTypecd", "DclTypecd"};
    private static final List<String[]> FIELD_NAMES = List.of(ETPS_PREENT_NO, DISTRICT_FIELD, CHG_TMS_CNT, DCL_TYPECD);
    private static final java.util.Set<String> FIELDS = FIELD_NAMES.stream().flatMap(java.util.Arrays::stream)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Whether each field has a value: they are read from the message's head when all are there, without its rows.
     * (Not {@link org.tongguan.customs.simulator.MessageXml#head}: a message may carry them as children of its root,
     * with no head at all.)
     */
    private static boolean hasEveryField(Map<String, String> found) {
        return FIELD_NAMES.stream().allMatch(names -> java.util.Arrays.stream(names).anyMatch(found::containsKey));
    }

    /**
     * Takes the oldest message of the window once its check is done: signature and parsing ran side by side on the
     * workers (they depend on nothing else), numbering and files happen here one by one, in file order.
     *
     * @return false when the scan must stop (receipts cannot be signed)
     */
    private boolean takeOldest(Deque<Checking> window, List<Taken> batch, int[] counts) {
        Checking c = window.removeFirst();
        Arrived a = c.arrived();
        try {
            return take(a.type(), a.file(), a.bytes(), c.opened().join(), batch, counts);
        } catch (RuntimeException e) {
            if (complaints.due(a.file())) {
                LOG.warn("Cannot take message {}; trying again at the next scan", a.file(), e);
            }
            return true;
        }
    }

    /** The file's bytes once it is complete (see the class comment), else null; read, it is forgotten for the next scan. */
    private byte[] settled(Path file) {
        try {
            byte[] bytes = files.read(file);
            if (bytes != null) {
                files.forget(file);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            files.forget(file);
            return null;
        } catch (IOException | RuntimeException e) {
            if (complaints.due(file)) {
                LOG.warn("Cannot take message {}; trying again at the next scan", file, e);
            }
            return null;
        }
    }

    /** The envelope checked and its fields read; touches nothing of the desk (runs on a worker). */
    private Opened open(Arrived a) {
        try {
            SignedMessage message = Envelopes.open(signer, a.bytes(),
                    key -> signer.card(key).map(CardMedium::certificate));
            // Envelopes.open wrote the business message: well-formed
            return new Opened(message, Xml.firsts(message.businessXml(), FIELDS, CustomsDesk::hasEveryField)
                    .orElseThrow(), null);
        } catch (RuleViolation e) {
            return new Opened(null, null, new CheckInfo(refusalCode(e.key()), e.getMessage()));
        } catch (RuntimeException e) {
            LOG.warn("Cannot open message {}/{}", a.type(), a.file().getFileName(), e);
            return new Opened(null, null, new CheckInfo("0001", "报文格式错误（" + e + "）"));
        }
    }

    /** Numbers and answers one message, added to {@code batch} to be published; false when receipts cannot be signed. */
    private boolean take(String type, Path file, byte[] bytes, Opened opened, List<Taken> batch, int[] counts) {
        String fileName = file.getFileName().toString();
        SignedMessage message = opened.message();
        CheckInfo refusal = opened.refusal();

        Addressing to;
        String etpsPreentNo;
        String seqNo;
        Map<String, String> fields = opened.fields();
        if (message != null) {
            EnvelopeInfo info = message.info();
            to = new Addressing(info.businessId(), info.messageId(), info.messageType(), info.senderId(),
                    info.receiverId());
            etpsPreentNo = Xml.first(fields, ETPS_PREENT_NO).orElse(info.businessId());
            seqNo = seqNo(type, info.businessId(), district(fields));
        } else {
            Optional<Document> raw = Xml.parse(bytes);
            to = raw.map(d -> unverifiedAddressing(d, type, fileName)).orElseGet(() -> fallback(type, fileName));
            etpsPreentNo = raw.flatMap(d -> Xml.first(d, "EtpsPreentNo", "etpsPreentNo")).orElse(to.businessId());
            seqNo = "";
        }

        Xml.Writer xml = new Xml.Writer().open("CommonResponeMessage").element("SeqNo", seqNo)
                .element("EtpsPreentNo", etpsPreentNo);
        if (refusal != null) {
            checkInfo(xml, refusal);
        }
        xml.element("DealFlag", refusal == null ? "0" : "-1").close("CommonResponeMessage");
        Path inBox = root.resolve(type).resolve(IN_BOX);
        String receiptName = claim(inBox, "Receipt_" + safe(to.messageId(), fileName) + "_1");
        byte[] receipt;
        try {
            receipt = seal(to, "201", receiptName, xml.bytes());
        } catch (RuleViolation e) {
            if (complaints.due("seal")) {
                LOG.error("The customs simulator cannot sign with card {}: {}. Messages wait in OutBox; check the"
                        + " simulator's customsCardPin", cardNo, e.getMessage());
            }
            return false;
        }
        complaints.resolved("seal");

        batch.add(new Taken(file, root.resolve(type).resolve(SENT_BOX), new Answer(inBox.resolve(receiptName), receipt,
                () -> {
                    taken++;
                    counts[0]++;
                    if (refusal != null) {
                        rejected++;
                        counts[1]++;
                        remember(type, receiptName, "入库失败 " + refusal);
                        LOG.info("Refused {}/{}: {}", type, fileName, refusal);
                        return;
                    }
                    remember(type, receiptName, "入库成功 " + seqNo);
                    LOG.info("Took {}/{} ({} {}), 预录入统一编号 {}", type, fileName, to.messageType(), to.businessId(),
                            seqNo);
                    if (Envelopes.DECLARE.equals(message.declareFlag())) {
                        pending.add(new Pending(type, message.info(), judge(message), etpsPreentNo,
                                Xml.first(fields, CHG_TMS_CNT).orElse("0"),
                                Xml.first(fields, DCL_TYPECD).orElse(""), clock.instant().plus(delay),
                                false));
                    }
                })));
        return true;
    }

    private static String refusalCode(String key) {
        return switch (key) {
            case "signing.unknownKey" -> "0002";
            case "signing.badSignature" -> "0003";
            default -> "0001";
        };
    }

    /**
     * The 预录入统一编号 of the business id in that folder: the one it got before, or a new one. The book is read once
     * and appended to (one {@code key=value} line per new number, forced to disk before the receipts carrying the
     * numbers are written), so a message costs one short write however many were numbered before; a later line wins,
     * a torn last line is ignored.
     */
    private String seqNo(String type, String businessId, String district) {
        if (businessId.isBlank()) {
            return numbers.next(NumberSource.SEQ_NO, district);
        }
        Path file = dataDir.resolve(SEQ_NOS);
        if (seqNos == null) {
            seqNos = new HashMap<>();
            // a number torn by a crash is not a number: it is left out and the business id numbered again
            PropertyFiles.load(file).forEach((k, v) -> {
                if (SEQ_NO.matcher((String) v).matches()) {
                    seqNos.put((String) k, (String) v);
                }
            });
        }
        String key = type + "/" + businessId;
        String known = seqNos.get(key);
        if (known != null) {
            return known;
        }
        String seqNo = numbers.next(NumberSource.SEQ_NO, district);
        PropertyFiles.append(file, key, seqNo, "预录入统一编号 per <business type>/<business id>");
        seqNosAppended = true;
        seqNos.put(key, seqNo);
        return seqNo;
    }

    private static String district(Map<String, String> fields) {
        return Xml.first(fields, DISTRICT_FIELD).filter(d -> DISTRICT.matcher(d).matches()).orElse(DEFAULT_DISTRICT);
    }

    private static Addressing unverifiedAddressing(Document envelope, String type, String fileName) {
        Addressing fallback = fallback(type, fileName);
        return new Addressing(Xml.first(envelope, "business_id").orElse(fallback.businessId()),
                Xml.first(envelope, "message_id").orElse(fallback.messageId()),
                Xml.first(envelope, "message_type").filter(t -> t.matches("[A-Za-z0-9]{1,20}"))
                        .orElse(fallback.messageType()),
                Xml.first(envelope, "sender_id").orElse(""), Xml.first(envelope, "receiver_id").orElse(""));
    }

    private static Addressing fallback(String type, String fileName) {
        String stem = fileName.substring(0, fileName.length() - XML.length());
        return new Addressing("", stem, type + "101", "", "");
    }

    // ---- business receipts

    private void writeDueReceipts(Instant now, int[] counts) {
        List<Answer> answers = new ArrayList<>();
        List<Pending> releases = new ArrayList<>();
        for (Pending p : pending) {
            if (p.due.isAfter(now)) {
                continue;
            }
            try {
                Answer a = p.release ? releaseReceipt(p) : businessReceipt(p);
                answers.add(new Answer(a.receipt(), a.bytes(), () -> {
                    a.written().run();
                    pending.remove(p);
                    businessReceipts++;
                    counts[2]++;
                    if (!p.release && p.verdict.release()) {
                        releases.add(new Pending(p.type, p.info, p.verdict, p.etpsPreentNo, p.tmsCnt, p.typecd,
                                clock.instant().plus(delay), true));
                    }
                }));
            } catch (RuleViolation e) {
                if (complaints.due("seal")) {
                    LOG.error("The customs simulator cannot sign with card {}: {}. The business receipt of {} waits",
                            cardNo, e.getMessage(), p.info.fileName());
                }
                break;
            } catch (UncheckedIOException e) {
                if (complaints.due(p)) {
                    LOG.warn("Cannot write the business receipt of {}/{}; trying again at the next scan", p.type,
                            p.info.fileName(), e);
                }
            }
        }
        write(answers); // those not written stay pending
        pending.addAll(releases);
    }

    /** The release receipt (核扣) of an approved message whose rule asked for one. */
    private Answer releaseReceipt(Pending p) {
        EnvelopeInfo info = p.info;
        Xml.Writer xml = new Xml.Writer().open("HdeReleaseResult")
                .element("EtpsPreentNo", p.etpsPreentNo)
                .element("BusinessId", info.businessId())
                .element("ManageDate", LocalDateTime.ofInstant(clock.instant(), Envelopes.CUSTOMS_ZONE)
                        .format(MANAGE_DATE))
                .element("Rmk", "已核扣")
                .close("HdeReleaseResult");
        Addressing to = new Addressing(info.businessId(), info.messageId(), info.messageType(), info.senderId(),
                info.receiverId());
        Path inBox = root.resolve(p.type).resolve(IN_BOX);
        String receiptName = claim(inBox, "Receipt_" + safe(info.messageId(), info.fileName()) + "_3");
        return new Answer(inBox.resolve(receiptName), seal(to, "202", receiptName, xml.bytes()), () -> {
            remember(p.type, receiptName, "已核扣");
            LOG.info("Released {}/{}", p.type, info.fileName());
        });
    }

    private Answer businessReceipt(Pending p) {
        Verdict v = p.verdict;
        EnvelopeInfo info = p.info;
        Xml.Writer xml = new Xml.Writer().open("HdeApprResult")
                .element("EtpsPreentNo", p.etpsPreentNo)
                .element("BusinessId", info.businessId())
                .element("TmsCnt", p.tmsCnt)
                .element("Typecd", p.typecd)
                .element("ManageResult", v.result().code())
                .element("ManageDate", LocalDateTime.ofInstant(clock.instant(), Envelopes.CUSTOMS_ZONE)
                        .format(MANAGE_DATE))
                .element("Rmk", v.result().nameZh());
        v.checks().forEach(c -> checkInfo(xml, c));
        v.assignedNumbers().forEach((kind, number) -> xml.element("AssignedNumber", "kind", kind, number));
        xml.close("HdeApprResult");
        Addressing to = new Addressing(info.businessId(), info.messageId(), info.messageType(), info.senderId(),
                info.receiverId());
        Path inBox = root.resolve(p.type).resolve(IN_BOX);
        String receiptName = claim(inBox, "Receipt_" + safe(info.messageId(), info.fileName()) + "_2");
        byte[] receipt = seal(to, "211", receiptName, xml.bytes());
        StringBuilder summary = new StringBuilder(v.result().nameZh());
        v.checks().forEach(c -> summary.append(' ').append(c));
        v.assignedNumbers().forEach((kind, number) -> summary.append(' ').append(kind).append('=').append(number));
        return new Answer(inBox.resolve(receiptName), receipt, () -> {
            remember(p.type, receiptName, summary.toString());
            LOG.info("Answered {}/{}: {}", p.type, info.fileName(), summary);
        });
    }

    private Verdict judge(SignedMessage message) {
        String type = message.info().messageType();
        Optional<CustomsRule> rule = rules.apply(type);
        if (rule.isEmpty()) {
            return Verdict.manual(NO_RULE);
        }
        try {
            Verdict v = rule.get().judge(message, numbers);
            if (v != null) {
                return v;
            }
            LOG.error("The customs rule for {} returned no verdict on {}", type, message.info().fileName());
            return Verdict.manual(new CheckInfo(RULE_FAILED_CODE, "审核规则出错，转人工（规则没有结论）"));
        } catch (RuntimeException e) {
            LOG.error("The customs rule for {} failed on {}", type, message.info().fileName(), e);
            return Verdict.manual(new CheckInfo(RULE_FAILED_CODE, "审核规则出错，转人工（" + e + "）"));
        }
    }

    // ---- writing receipts

    private static void checkInfo(Xml.Writer xml, CheckInfo c) {
        xml.open("CheckInfo").element("Code", c.code()).element("Text", c.text()).close("CheckInfo");
    }

    /** The receipt envelope answering {@code to}, signed with the customs card. */
    private byte[] seal(Addressing to, String receiptDigits, String receiptName, byte[] businessXml) {
        String type = TRAILING_DIGITS.matcher(to.messageType()).find()
                ? to.messageType().substring(0, to.messageType().length() - 3) + receiptDigits
                : to.messageType() + receiptDigits;
        String suffix = "211".equals(receiptDigits) ? "_2" : "202".equals(receiptDigits) ? "_3" : "_1";
        EnvelopeInfo info = new EnvelopeInfo("1.0", to.businessId(), to.messageId() + suffix, receiptName, type,
                to.receiverId(), to.senderId(), clock.instant().truncatedTo(ChronoUnit.SECONDS));
        return Envelopes.seal(signer, cardNo, pin, info, Envelopes.DECLARE, businessXml);
    }

    private void remember(String type, String receiptName, String summary) {
        String line = LocalDateTime.ofInstant(clock.instant(), Envelopes.CUSTOMS_ZONE).format(LOG_TIME) + " " + type
                + "/" + receiptName + " " + summary;
        recent.addFirst(line);
        while (recent.size() > RECENT) {
            recent.removeLast();
        }
    }

    /** {@code id} as a safe file name part: letters, digits, '.', '_', '-'; the message file's stem if nothing is left. */
    private static String safe(String id, String fileName) {
        String s = id.replaceAll("[^A-Za-z0-9_.-]", "_");
        if (s.length() > 100) {
            s = s.substring(0, 100);
        }
        if (s.isEmpty() || s.startsWith(".")) {
            String stem = fileName.endsWith(XML) ? fileName.substring(0, fileName.length() - XML.length()) : fileName;
            s = stem.replaceAll("[^A-Za-z0-9_.-]", "_").replaceFirst("^\\.+", "");
        }
        return s;
    }

    /** {@code stem + ".xml"}, or {@code stem-2.xml}, {@code stem-3.xml}, … when that name is taken in {@code dir}. */
    private static String freeName(Path dir, String stem) {
        return freeName(dir, stem, java.util.Set.of());
    }

    private static String freeName(Path dir, String stem, java.util.Set<Path> claimed) {
        String name = stem + XML;
        for (int k = 2; claimed.contains(dir.resolve(name)) || Files.exists(dir.resolve(name), NOFOLLOW_LINKS); k++) {
            name = stem + "-" + k + XML;
        }
        return name;
    }

    /** A free receipt name in {@code dir}, also among the answers not yet written, claimed until they are. */
    private String claim(Path dir, String stem) {
        String name = freeName(dir, stem, claimed);
        claimed.add(dir.resolve(name));
        return name;
    }

    private static Path freePath(Path dir, String fileName) {
        String stem = fileName.substring(0, fileName.length() - XML.length());
        return dir.resolve(freeName(dir, stem));
    }

    // ---- folders

    private List<String> businessTypes() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> BUSINESS_TYPE.matcher(n).matches()).sorted().toList();
        } catch (IOException e) {
            if (complaints.due(root)) {
                LOG.warn("Cannot list {}", root, e);
            }
            return List.of();
        }
    }

    /** The message files of {@code dir}; none when it cannot be listed (it is looked at again at the next scan). */
    private static List<Path> messageFiles(Path dir) {
        try {
            return SettledFiles.messageFiles(dir);
        } catch (IOException e) {
            return List.of();
        }
    }
}
