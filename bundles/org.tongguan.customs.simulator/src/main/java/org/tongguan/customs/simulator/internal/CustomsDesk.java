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
import org.tongguan.core.customs.ReceiptRequest;
import org.tongguan.core.customs.Signer;
import org.tongguan.core.customs.wire.ReceiptType;
import org.tongguan.core.customs.wire.WireMessage;
import org.tongguan.core.customs.wire.WireReader;
import org.tongguan.core.io.AtomicFiles;
import org.tongguan.core.io.Complaints;
import org.tongguan.core.io.SettledFiles;
import org.tongguan.customs.simulator.CheckInfo;
import org.tongguan.customs.simulator.CustomsRule;
import org.tongguan.customs.simulator.MessageXml;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.customs.simulator.Verdict;
import org.w3c.dom.Document;

/**
 * The simulated e-port client and customs, without OSGi: one {@link #scanOnce} takes the complete messages of every
 * {@code <root>/<type>/OutBox}, moves each to {@code SentBox}, answers it with the e-port client's
 * {@code Successed_} / {@code Failed_} answer in {@code InBox} and, {@code delay} later (at a later scan), with
 * customs' receipt ({@link Answers}, in the real formats). The formats and check codes are described in the
 * {@code org.tongguan.customs.simulator} package.
 *
 * <p>A message file is complete when it is not empty, had the same size and modification time at the previous scan
 * and was not modified within {@link #SETTLE} of the clock's now (the filebox transport's rule); names starting with a
 * dot are never read. Nothing is taken while the signer lacks the customs card: the messages wait in {@code OutBox}.
 *
 * <p>The 预录入统一编号 of a business id (per folder) is kept in {@code <dataDir>/seqnos.properties}: a document sent
 * again keeps its number. Every receipt a message is owed is sealed when the message is taken (the business receipt
 * dated when it falls due) and kept in the {@link Journal}, forced to disk once per batch before the batch leaves
 * {@code OutBox}: a crash at any point loses nothing taken, and after a restart the receipts owed are written, each
 * once (a receipt written twice has one content, which the e-port side takes once). {@link #flush} writes the owed
 * receipts at once (the component does so when it stops). Receipts are written whole or not at all but not forced to
 * disk (they stand for what customs sends over the network; the journal has them). Numbers and the 预录入统一编号 book
 * are forced before a receipt carries them.
 *
 * <p>A {@link ReceiptRequest} in an {@code OutBox} (申请回执补发) is answered by writing again, with the same bytes,
 * the receipts of that message already written; it then goes to {@code SentBox}, or to {@code FailBox} when it is not
 * a request at all.
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
    private record Addressing(String businessId, String messageId, String messageType) {
    }

    /**
     * A receipt owed and what writing it counts as: only the receipt is kept, not the message it answers (a whole
     * document held for the answer delay would outlive the young heap).
     *
     * @param kind 1 the client's answer, 2 customs' approval receipt, 3 its 核扣 (INV211)
     * @param summary what the console's recent list and the log say when it is written
     */
    private record Due(Journal.Owed owed, int kind, String summary) {
        Path inBox(Path root) {
            return root.resolve(owed.type()).resolve(IN_BOX).resolve(owed.receiptName());
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
    private final Journal journal;
    private boolean replayed; // the journal's owed receipts are pending again (read at the first scan)
    private final List<Due> pending = new ArrayList<>(); // receipts owed, in the order taken
    private final java.util.Set<Path> claimedSent = new java.util.HashSet<>(); // SentBox names of a batch not moved
    private Map<String, String> seqNos; // the seqnos book, read at first use
    private boolean seqNosAppended; // lines appended to the book and not yet forced to disk
    private final java.util.Set<Path> claimed = new java.util.HashSet<>(); // InBox names of receipts owed
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
        this.journal = new Journal(dataDir);
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
        if (!replay()) {
            return new ScanResult(0, 0, 0, 0, false, null);
        }
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
        for (Due p : pending) {
            if (p.owed().due().isAfter(now)) {
                Duration until = Duration.between(now, p.owed().due());
                if (soonest == null || until.compareTo(soonest) < 0) {
                    soonest = until;
                }
            }
        }
        return soonest;
    }

    /** Writes every receipt owed now, due or not. */
    synchronized void flush() {
        if (replay()) {
            writeDueReceipts(Instant.MAX, new int[3]);
        }
    }

    /**
     * Once, before anything is taken: the receipts the journal owes for messages in SentBox are pending again (due as
     * they were, so those overdue go out at once).
     *
     * @return false when the journal cannot be read: nothing is taken until it can (what was taken meanwhile would
     *         be owed twice)
     */
    private boolean replay() {
        if (replayed) {
            return true;
        }
        try {
            List<Journal.Owed> owed = journal.replay(o -> Files.exists(root.resolve(o.type()).resolve(SENT_BOX)
                    .resolve(o.sentName()), NOFOLLOW_LINKS));
            for (Journal.Owed o : owed) {
                int kind = receiptKind(o);
                Due d = new Due(o, kind, (kind == 1 ? "入库回执" : kind == 2 ? "审批回执" : "核扣回执") + "（重启后补写）");
                pending.add(d);
                claimed.add(d.inBox(root));
            }
            replayed = true;
            complaints.resolved(journal.file());
            if (!owed.isEmpty()) {
                LOG.info("Customs simulator: {} receipts owed before the restart are written as they fall due",
                        owed.size());
            }
            return true;
        } catch (UncheckedIOException e) {
            if (complaints.due(journal.file())) {
                LOG.error("The customs simulator cannot read its journal {}: nothing is taken until it can ({})",
                        journal.file(), e.getMessage());
            }
            return false;
        }
    }

    /** 1 the client's answer, 2 an approval receipt, 3 a 核扣 (a receipt without an approval result). */
    private static int receiptKind(Journal.Owed o) {
        WireMessage m = WireReader.read(o.receiptName(), o.bytes());
        if (m instanceof WireMessage.EportAnswer) {
            return 1;
        }
        return m instanceof WireMessage.ReceiptPocket p && p.content().child("HdeApprResult").isEmpty() ? 3 : 2;
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
                    if (ReceiptRequest.isRequest(file.getFileName().toString())) {
                        answerRequest(type, file, bytes);
                        continue;
                    }
                    Arrived a = new Arrived(type, file, bytes);
                    window.addLast(new Checking(a, CompletableFuture.supplyAsync(() -> open(a), workers)));
                    if (window.size() >= WINDOW) {
                        takeOldest(window, batch);
                        if (batch.size() >= WINDOW) {
                            publish(batch, counts);
                        }
                    }
                }
            }
            while (!window.isEmpty()) {
                takeOldest(window, batch);
            }
        } finally {
            publish(batch, counts); // what was taken before a stop is answered too
            window.forEach(c -> c.opened().cancel(false)); // left for the next scan: read and checked again then
            files.endScan();
        }
    }

    /**
     * A message taken from OutBox, to be moved to {@code sent} once the journal has what it is owed.
     *
     * @param logLine what the log says once it is moved (null: a refused message, logged as such)
     */
    private record Taken(Path file, Path sent, String type, String messageId, List<Due> owed, CheckInfo refusal,
            String logLine) {
    }

    /**
     * The taken messages' owed receipts go to the journal, forced once for the batch (after the 预录入统一编号 book
     * they carry), then each message moves to SentBox and its receipts are pending; those due (the import receipts)
     * are written at once. A message that cannot be moved stays in OutBox and owes nothing: it is taken again at the
     * next scan (and keeps its number).
     */
    private void publish(List<Taken> batch, int[] counts) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            if (seqNosAppended) {
                PropertyFiles.force(dataDir.resolve(SEQ_NOS));
                seqNosAppended = false;
            }
            Instant now = clock.instant();
            for (Taken t : batch) {
                journal.taken(now, t.type(), t.sent().getFileName().toString(), t.messageId(),
                        t.owed().stream().map(Due::owed).toList());
            }
            journal.force();
        } catch (UncheckedIOException e) {
            LOG.warn("Cannot store the 预录入统一编号 book or the journal; the messages are taken again at the next"
                    + " scan", e);
            batch.forEach(t -> t.owed().forEach(d -> claimed.remove(d.inBox(root))));
            batch.clear();
            claimedSent.clear();
            return;
        }
        for (Taken t : batch) {
            try {
                Files.createDirectories(t.sent().getParent());
                Files.move(t.file(), t.sent(), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                t.owed().forEach(d -> claimed.remove(d.inBox(root)));
                try {
                    journal.cancelled(t.type(), t.sent().getFileName().toString());
                } catch (UncheckedIOException journalToo) {
                    e.addSuppressed(journalToo); // replay cancels it: the message is not in SentBox
                }
                if (complaints.due(t.file())) {
                    LOG.warn("Cannot move {} to SentBox; it is taken again at the next scan", t.file(), e);
                }
                continue;
            }
            taken++;
            counts[0]++;
            if (t.refusal() != null) {
                rejected++;
                counts[1]++;
                LOG.info("Refused {}/{}: {}", t.type(), t.file().getFileName(), t.refusal());
            } else {
                LOG.info(t.logLine());
            }
            pending.addAll(t.owed());
        }
        batch.clear();
        claimedSent.clear();
        writeDueReceipts(clock.instant(), counts);
        compactJournal();
    }

    /** The journal rewritten without old answers once it has grown large (see {@link Journal}). */
    private void compactJournal() {
        try {
            if (journal.compactIfLarge(clock.instant())) {
                LOG.info("Customs simulator: journal {} compacted to {} bytes", journal.file(),
                        Files.size(journal.file()));
            }
        } catch (IOException | UncheckedIOException e) {
            if (complaints.due("compact")) {
                LOG.warn("Cannot compact the journal {}; it grows meanwhile: {}", journal.file(), e.toString());
            }
        }
    }

    /**
     * Writes receipts together ({@link AtomicFiles#writeAll}, not forced: see the class comment) and marks them
     * written in the journal.
     *
     * @return those written (all of them unless writing failed part way)
     */
    private List<Due> write(List<Due> receipts) {
        List<Due> written = new ArrayList<>(receipts);
        try {
            if (!receipts.isEmpty()) {
                AtomicFiles.writeAll(receipts.stream().map(d -> Map.entry(d.inBox(root), d.owed().bytes())).toList(),
                        false);
            }
        } catch (IOException e) {
            written.removeIf(d -> !Files.exists(d.inBox(root), NOFOLLOW_LINKS));
            LOG.warn("Wrote {} of {} receipts; the others are written at the next scan", written.size(),
                    receipts.size(), e);
        }
        try {
            journal.written(written.stream().map(Due::owed).toList());
        } catch (UncheckedIOException e) {
            // written all the same: after a restart they are written again, with the same content, taken once
            LOG.warn("Cannot mark {} receipts written in the journal", written.size(), e);
        }
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
    // the 企业内部编号: EtpsPreentNo in the EMS messages, EtpsInnerInvtNo in a 核注清单 (docs/wire-formats.md)
    private static final String[] ETPS_PREENT_NO = {"EtpsPreentNo", "EtpsInnerInvtNo", "etpsPreentNo"};
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
     */
    private void takeOldest(Deque<Checking> window, List<Taken> batch) {
        Checking c = window.removeFirst();
        Arrived a = c.arrived();
        try {
            take(a.type(), a.file(), a.bytes(), c.opened().join(), batch);
        } catch (RuntimeException e) {
            if (complaints.due(a.file())) {
                LOG.warn("Cannot take message {}; trying again at the next scan", a.file(), e);
            }
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
            // what the client takes: signed by the product, or for the client to sign with the card it names
            SignedMessage message = Envelopes.openAsClient(signer, a.bytes(),
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
    private void take(String type, Path file, byte[] bytes, Opened opened, List<Taken> batch) {
        String fileName = file.getFileName().toString();
        SignedMessage message = opened.message();
        CheckInfo refusal = opened.refusal();

        Addressing to;
        String etpsPreentNo;
        Map<String, String> fields = opened.fields();
        Verdict verdict = null;
        if (message != null) {
            EnvelopeInfo info = message.info();
            to = new Addressing(info.businessId(), info.messageId(), info.messageType());
            etpsPreentNo = Xml.first(fields, ETPS_PREENT_NO).orElse(info.businessId());
            if (Envelopes.DECLARE.equals(message.declareFlag())) {
                // judged now, answered after the delay: the verdict is written and journaled with the message
                verdict = judge(message);
                if (verdict.result() == Verdict.Result.REFUSED) {
                    refusal = Answers.refusal(verdict);
                }
            }
        } else {
            Optional<Document> raw = Xml.parse(bytes);
            to = raw.map(d -> unverifiedAddressing(d, type, fileName)).orElseGet(() -> fallback(type, fileName));
            etpsPreentNo = raw.flatMap(d -> Xml.first(d, "EtpsPreentNo", "etpsPreentNo")).orElse(to.businessId());
        }
        // a message the client refuses gets no 预录入统一编号
        String seqNo = refusal == null ? seqNo(type, to.businessId(), district(fields)) : "";

        Path inBox = root.resolve(type).resolve(IN_BOX);
        String messageId = safe(to.messageId(), fileName);
        Path sentBox = root.resolve(type).resolve(SENT_BOX);
        Instant now = clock.instant();
        List<Due> owed = new ArrayList<>();
        String answerName = claim(inBox, Answers.answerStem(fileName, refusal == null));
        owed.add(new Due(new Journal.Owed(type, "", messageId, answerName, now,
                Answers.answer(seqNo, etpsPreentNo, refusal)), 1,
                refusal == null ? "入库成功 " + seqNo : "入库失败 " + refusal));
        if (verdict != null && refusal == null) {
            owed.addAll(receipts(type, inBox, message, verdict, seqNo, etpsPreentNo, now.plus(delay)));
        }
        Path sent = sentBox.resolve(freeName(sentBox, fileName.substring(0, fileName.length() - XML.length()),
                claimedSent));
        claimedSent.add(sent);
        String sentName = sent.getFileName().toString();
        List<Due> forMessage = owed.stream().map(d -> new Due(new Journal.Owed(type, sentName, messageId,
                d.owed().receiptName(), d.owed().due(), d.owed().bytes()), d.kind(), d.summary())).toList();
        batch.add(new Taken(file, sent, type, messageId, forMessage, refusal, refusal != null ? null
                : "Took " + type + "/" + fileName + " (" + to.messageType() + " " + to.businessId()
                        + "), 预录入统一编号 " + seqNo));
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
                        .orElse(fallback.messageType()));
    }

    private static Addressing fallback(String type, String fileName) {
        String stem = fileName.substring(0, fileName.length() - XML.length());
        return new Addressing("", stem, type + "101");
    }

    // ---- receipts

    /** Writes the owed receipts due by {@code now}; those not written stay owed for the next scan. */
    private void writeDueReceipts(Instant now, int[] counts) {
        List<Due> due = pending.stream().filter(d -> !d.owed().due().isAfter(now)).toList();
        if (due.isEmpty()) {
            return;
        }
        List<Due> written = write(due);
        java.util.Set<Due> done = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        done.addAll(written);
        pending.removeIf(done::contains);
        for (Due d : written) {
            claimed.remove(d.inBox(root));
            remember(d.owed().type(), d.owed().receiptName(), d.summary());
            if (d.kind() != 1) {
                businessReceipts++;
                counts[2]++;
                LOG.info("Answered {}/{}: {}", d.owed().type(), d.owed().sentName(), d.summary());
            }
        }
    }

    /**
     * 申请回执补发: the receipts of the message the request names that were written before are written again, the
     * same bytes (one still in InBox is left there); the request goes to SentBox, or to FailBox when it is not one.
     */
    private void answerRequest(String type, Path file, byte[] bytes) {
        ReceiptRequest request;
        try {
            request = ReceiptRequest.parse(bytes);
        } catch (IllegalArgumentException e) {
            LOG.info("Receipt request {}/{} refused, moved to FailBox: {}", type, file.getFileName(), e.getMessage());
            moveRequest(file, FAIL_BOX);
            return;
        }
        List<Journal.Owed> answered;
        try {
            answered = journal.answered(type, safe(request.messageId(), request.fileName()));
        } catch (UncheckedIOException e) {
            if (complaints.due(file)) {
                LOG.warn("Cannot read the journal for receipt request {}; trying again at the next scan", file, e);
            }
            return;
        }
        List<Map.Entry<Path, byte[]>> again = new ArrayList<>();
        for (Journal.Owed o : answered) {
            Path target = root.resolve(type).resolve(IN_BOX).resolve(o.receiptName());
            if (!Files.exists(target, NOFOLLOW_LINKS)) {
                again.add(Map.entry(target, o.bytes()));
            }
        }
        try {
            AtomicFiles.writeAll(again, false);
        } catch (IOException e) {
            if (complaints.due(file)) {
                LOG.warn("Cannot write the receipts again for {}; trying again at the next scan", file, e);
            }
            return;
        }
        long owed = pending.stream().filter(d -> d.owed().type().equals(type)
                && d.owed().messageId().equals(safe(request.messageId(), request.fileName()))).count();
        LOG.info("Receipt request {}/{} for {}: {} receipts written again, {} already waiting in InBox, {} still due",
                type, file.getFileName(), request.messageId(), again.size(), answered.size() - again.size(), owed);
        remember(type, file.getFileName().toString(), "回执补发 " + again.size());
        moveRequest(file, SENT_BOX);
    }

    private void moveRequest(Path file, String box) {
        Path dir = file.getParent().resolveSibling(box);
        try {
            Files.createDirectories(dir);
            Files.move(file, freePath(dir, file.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // answered again at the next scan: the same receipts, taken once
            if (complaints.due(file)) {
                LOG.warn("Cannot move receipt request {} to {}", file, box, e);
            }
        }
    }

    /**
     * Customs' receipts of a declared message the client imported, dated {@code due}: the approval and, when the
     * verdict asks for it, the 核扣 after the delay again. A message type customs answers with no receipt the product
     * knows ({@link ReceiptType#answering}) gets the client's answer only (logged once).
     */
    private List<Due> receipts(String type, Path inBox, SignedMessage message, Verdict verdict, String seqNo,
            String etpsPreentNo, Instant due) {
        String messageType = message.info().messageType();
        Optional<ReceiptType.Answers> answers = ReceiptType.answering(messageType);
        if (answers.isEmpty()) {
            if (complaints.due("receipt type " + messageType)) {
                LOG.warn("The customs simulator knows no receipt for message type {}: only the client's answer is"
                        + " written", messageType);
            }
            return List.of();
        }
        Map<String, String> head = MessageXml.head(message).fields();
        String messageId = safe(message.info().messageId(), message.info().fileName());
        List<Due> owed = new ArrayList<>();
        Answers.Receipt approval = Answers.approval(answers.get().approval(), messageType, head, verdict, seqNo,
                etpsPreentNo, due, serial(seqNo, 2));
        owed.add(due(type, inBox, messageId, approval, due, 2));
        if (verdict.release() && answers.get().release() != null) {
            Instant later = due.plus(delay);
            owed.add(due(type, inBox, messageId, Answers.release(answers.get().release(), messageType, head,
                    verdict.assignedNumbers().values().stream().findFirst().orElse(null), seqNo, etpsPreentNo, later,
                    serial(seqNo, 3)), later, 3));
        }
        return owed;
    }

    /** A receipt owed, under a free name in InBox claimed until it is written. */
    private Due due(String type, Path inBox, String messageId, Answers.Receipt r, Instant due, int kind) {
        return new Due(new Journal.Owed(type, "", messageId, claim(inBox, r.stem()), due, r.bytes()), kind,
                r.summary());
    }

    /**
     * The 11-digit serial of a receipt's message id: the 预录入统一编号's own sequence (its last 10 digits) and the
     * receipt's kind, unique with the second it is dated.
     */
    private static long serial(String seqNo, int kind) {
        String sequence = seqNo.length() > 10 ? seqNo.substring(seqNo.length() - 10) : seqNo;
        return Long.parseLong(sequence.isEmpty() ? "0" : sequence) * 10 + kind;
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

    /** A free receipt name in {@code dir}, also among the receipts owed, claimed until it is written. */
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
