package org.tongguan.transport.filebox.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongguan.core.customs.IncomingMessage;
import org.tongguan.core.customs.OutgoingMessage;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.customs.ReceiptListener;
import org.tongguan.core.customs.ReceiptRefused;
import org.tongguan.core.customs.ReceiptRequest;
import org.tongguan.core.testing.MutableClock;

class FileboxTest {
    private static final Duration SETTLE = Duration.ofMillis(200);

    @TempDir
    Path root;
    /** An hour ahead of the files' modification times: only the size rule holds receipts back, unless a test says. */
    private final MutableClock clock = new MutableClock(Instant.now().plus(Duration.ofHours(1)));
    private final List<IncomingMessage> received = new CopyOnWriteArrayList<>();
    private final Filebox.Delivery recording = r -> {
        received.add(r);
        return true;
    };

    private Filebox box() {
        return new Filebox(root, clock, SETTLE);
    }

    // ---- sending

    @Test
    void sendWritesExactlyTheContentUnderOutBoxAndLeavesNoTemporaryFile() throws IOException {
        byte[] content = "<Signature><Object><Package>清单</Package></Object></Signature>".getBytes(UTF_8);

        String name = box().send(new OutgoingMessage("INV", "INV101_I_QP0001_1.xml", content));

        assertEquals("INV101_I_QP0001_1.xml", name);
        assertArrayEquals(content, Files.readAllBytes(root.resolve("INV/OutBox/INV101_I_QP0001_1.xml")));
        assertEquals(List.of("INV101_I_QP0001_1.xml"), allNames(root.resolve("INV/OutBox")));
        for (String folder : List.of("SentBox", "FailBox", "InBox")) {
            assertTrue(Files.isDirectory(root.resolve("INV").resolve(folder)), folder);
        }
    }

    @Test
    void aReaderPollingOutBoxNeverSeesAPartialFile() throws Exception {
        byte[] big = new byte[5 * 1024 * 1024];
        new Random(42).nextBytes(big);
        Filebox box = box();
        Path outBox = root.resolve("EMS/OutBox");
        Files.createDirectories(outBox);
        AtomicBoolean sending = new AtomicBoolean(true);
        CountDownLatch readerStarted = new CountDownLatch(1);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            // reads what a client reading OutBox would pick up (names not starting with a dot), over and over
            Future<Integer> reads = reader.submit(() -> {
                readerStarted.countDown();
                int count = 0;
                boolean last;
                do {
                    last = !sending.get();
                    for (Path file : messageFiles(outBox)) {
                        byte[] read = Files.readAllBytes(file);
                        if (read.length != big.length) {
                            throw new AssertionError(file.getFileName() + " read with " + read.length + " bytes");
                        }
                        count++;
                    }
                } while (!last);
                return count;
            });
            readerStarted.await();
            for (int i = 0; i < 8; i++) {
                box.send(new OutgoingMessage("EMS", "EMS_BIG_1.xml", big));
            }
            sending.set(false);

            int fullReads = reads.get(2, TimeUnit.MINUTES);
            assertTrue(fullReads >= 8, "the final pass reads all eight messages: " + fullReads);
        } finally {
            reader.shutdownNow();
        }
        assertEquals(8, box.pending("EMS").size());
        assertEquals(8, allNames(outBox).size(), "no temporary file left");
        assertArrayEquals(big, Files.readAllBytes(outBox.resolve("EMS_BIG_8.xml")));
    }

    @Test
    void resendingAUsedNameGetsTheNextFreeSuffix() throws IOException {
        Filebox box = box();
        OutgoingMessage first = message("INV", "INV101_I_QP0001_1.xml", "<a>1</a>");

        assertEquals("INV101_I_QP0001_1.xml", box.send(first));
        assertEquals("INV101_I_QP0001_2.xml", box.send(message("INV", "INV101_I_QP0001_1.xml", "<a>2</a>")));
        // the e-port client has taken both: one sent, one failed; their names stay used
        move("INV/OutBox/INV101_I_QP0001_1.xml", "INV/SentBox/INV101_I_QP0001_1.xml");
        move("INV/OutBox/INV101_I_QP0001_2.xml", "INV/FailBox/INV101_I_QP0001_2.xml");
        assertEquals("INV101_I_QP0001_3.xml", box.send(message("INV", "INV101_I_QP0001_1.xml", "<a>3</a>")));
        assertEquals("INV101_I_QP0001_4.xml", box.send(message("INV", "INV101_I_QP0001_2.xml", "<a>4</a>")));

        assertEquals("<a>1</a>", Files.readString(root.resolve("INV/SentBox/INV101_I_QP0001_1.xml")));
        assertEquals("<a>3</a>", Files.readString(root.resolve("INV/OutBox/INV101_I_QP0001_3.xml")));
        assertEquals("<a>4</a>", Files.readString(root.resolve("INV/OutBox/INV101_I_QP0001_4.xml")));

        assertEquals("PLAIN.xml", box.send(message("INV", "PLAIN.xml", "<b/>")));
        assertEquals("PLAIN_2.xml", box.send(message("INV", "PLAIN.xml", "<b/>")));
        assertEquals("PLAIN_3.xml", box.send(message("INV", "PLAIN.xml", "<b/>")));
        // another business type's folder does not count
        assertEquals("PLAIN.xml", box.send(message("EMS", "PLAIN.xml", "<b/>")));
    }

    @Test
    void messagesSentTogetherGetNamesFreeAmongThemselvesAndABadOneHoldsBackNoOther() throws IOException {
        Filebox box = box();
        OutgoingMessage a = message("INV", "INV101_I_QP0001_1.xml", "<a>1</a>");
        OutgoingMessage again = message("INV", "INV101_I_QP0001_1.xml", "<a>2</a>");
        // a folder that cannot be written: nothing of that message is queued, and the reason names it
        Files.createDirectories(root.resolve("SAS"));
        Files.writeString(root.resolve("SAS/OutBox"), "not a folder");
        OutgoingMessage blocked = message("SAS", "SAS101_1.xml", "<s/>");
        OutgoingMessage other = message("EMS", "EMS101_1.xml", "<e/>");
        java.util.Map<OutgoingMessage, RuntimeException> failed = new java.util.HashMap<>();

        List<String> names = box.sendAll(List.of(a, again, blocked, other), failed);

        assertEquals(java.util.Arrays.asList("INV101_I_QP0001_1.xml", "INV101_I_QP0001_2.xml", null, "EMS101_1.xml"),
                names);
        assertEquals(java.util.Set.of(blocked), failed.keySet());
        assertTrue(failed.get(blocked).getMessage().contains("cannot queue SAS/SAS101_1.xml"), failed.toString());
        assertEquals("<a>1</a>", Files.readString(root.resolve("INV/OutBox/INV101_I_QP0001_1.xml")));
        assertEquals("<a>2</a>", Files.readString(root.resolve("INV/OutBox/INV101_I_QP0001_2.xml")));
        assertEquals(List.of("EMS101_1.xml"), allNames(root.resolve("EMS/OutBox")));
    }

    @Test
    void pendingListsOutBoxAndFailedListsFailBox() throws IOException {
        Filebox box = box();
        box.send(message("SAS", "SAS_A_1.xml", "<a/>"));
        box.send(message("SAS", "SAS_B_1.xml", "<b/>"));
        box.send(message("SAS", "SAS_C_1.xml", "<c/>"));
        move("SAS/OutBox/SAS_A_1.xml", "SAS/SentBox/SAS_A_1.xml");
        move("SAS/OutBox/SAS_C_1.xml", "SAS/FailBox/SAS_C_1.xml");
        Files.writeString(root.resolve("SAS/OutBox/.SAS_D_1.xml.tmp"), "<d"); // a send cut short by a crash

        assertEquals(List.of("SAS_B_1.xml"), box.pending("SAS"));
        assertEquals(List.of("SAS_C_1.xml"), box.failed("SAS"));
        assertEquals(List.of(), box.pending("NPTS"));
        assertEquals(List.of(), box.failed("NPTS"));
        assertThrows(IllegalArgumentException.class, () -> box.pending("sas"));
        assertThrows(IllegalArgumentException.class, () -> box.failed("../SAS"));
    }

    // ---- receiving

    @Test
    void aCompleteReceiptIsDeliveredOnceAndMovedToProcessed() throws IOException {
        Filebox box = box();
        byte[] content = "<HdeApprResult><etpsPreentNo>QP0001</etpsPreentNo></HdeApprResult>".getBytes(UTF_8);
        receipt("INV", "Receipt_INV_1.xml", content);

        Filebox.ScanResult first = box.scanOnce(recording);
        assertEquals(1, first.unsettled(), "seen for the first time: waits one scan");
        assertEquals(1, first.settling(), "new: the next scan may take it (the pump looks again soon)");
        assertTrue(received.isEmpty());
        assertEquals(1, box.scanOnce(recording).delivered());
        box.scanOnce(recording);

        assertEquals(1, received.size());
        IncomingMessage r = received.get(0);
        assertEquals("INV", r.businessType());
        assertEquals("Receipt_INV_1.xml", r.fileName());
        assertArrayEquals(content, r.content());
        assertEquals(Filebox.sha256(content), r.sha256());
        assertFalse(Files.exists(root.resolve("INV/InBox/Receipt_INV_1.xml")));
        assertArrayEquals(content, Files.readAllBytes(root.resolve("INV/InBox/processed/Receipt_INV_1.xml")));
        assertEquals(List.of(r.sha256()), loggedHashes());
    }

    @Test
    void manyReceiptsOfOneScanAreLoggedTogetherAndTheSameContentTwiceIsDeliveredOnce() throws IOException {
        Filebox box = box();
        int count = Filebox.LOG_BATCH + 10; // more than one batch of log lines
        List<String> hashes = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] content = ("<CommonResponeMessage><SeqNo>" + i + "</SeqNo></CommonResponeMessage>").getBytes(UTF_8);
            receipt("INV", "Receipt_" + i + ".xml", content);
            hashes.add(Filebox.sha256(content));
        }
        receipt("INV", "Receipt_again.xml", ("<CommonResponeMessage><SeqNo>" + 7 + "</SeqNo></CommonResponeMessage>")
                .getBytes(UTF_8));
        box.scanOnce(recording);

        Filebox.ScanResult result = box.scanOnce(recording);
        assertEquals(count, result.delivered());
        assertEquals(1, result.duplicates(), "the same content in one scan");
        assertEquals(count, received.size());
        assertEquals(new java.util.TreeSet<>(hashes), new java.util.TreeSet<>(loggedHashes()));
        assertEquals(List.of(), messageFiles(root.resolve("INV/InBox")).stream().filter(Files::isRegularFile).toList());
        assertEquals(count + 1, messageFiles(root.resolve("INV/InBox/processed")).size());
        assertEquals(0, box().scanOnce(recording).delivered(), "a restarted filebox delivers none again");
    }

    @Test
    void aReceiptWrittenSlowlyIsNotDeliveredUntilComplete() throws IOException {
        Filebox box = box();
        Path file = Files.createDirectories(root.resolve("INV/InBox")).resolve("Receipt_slow.xml");
        byte[] full = ("<CommonResponeMessage><SeqNo>20240001</SeqNo><CheckInfo>" + "通过".repeat(500)
                + "</CheckInfo><DealFlag>0</DealFlag></CommonResponeMessage>").getBytes(UTF_8);
        int half = full.length / 2;
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(full, 0, half);
            out.flush();
            // the writer pauses 50 ms: the half file is neither new to the scanner nor old enough
            clock.set(modified(file).plusMillis(50));
            box.scanOnce(recording);
            box.scanOnce(recording);
            assertTrue(received.isEmpty(), "half a receipt was delivered");

            out.write(full, half, full.length - half);
        }
        box.scanOnce(recording);
        assertTrue(received.isEmpty(), "delivered although its size just changed");
        clock.set(modified(file).plusMillis(50));
        box.scanOnce(recording);
        assertTrue(received.isEmpty(), "delivered although modified 50 ms ago");

        clock.set(modified(file).plus(SETTLE).plusMillis(1));
        assertEquals(1, box.scanOnce(recording).delivered());
        assertArrayEquals(full, received.get(0).content());
    }

    @Test
    void aReceiptGrowingBetweenScansWaitsForTwoScansThatAgree() throws IOException {
        Filebox box = new Filebox(root, clock, Duration.ZERO);
        Path file = Files.createDirectories(root.resolve("EMS/InBox")).resolve("Receipt_growing.xml");
        byte[] full = "<HdeApprResult><manageResult>1</manageResult><rmk>审核通过</rmk></HdeApprResult>"
                .getBytes(UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < full.length; i += 10) {
                out.write(full, i, Math.min(10, full.length - i));
                out.flush();
                box.scanOnce(recording);
                assertTrue(received.isEmpty(), "delivered after " + (i + 10) + " bytes");
            }
        }
        box.scanOnce(recording);
        assertEquals(1, received.size());
        assertArrayEquals(full, received.get(0).content());
    }

    @Test
    void hiddenNonXmlAndEmptyFilesAreNotReceipts() throws IOException {
        Filebox box = box();
        receipt("INV", ".Receipt_1.xml", "<a/>".getBytes(UTF_8));
        receipt("INV", ".Receipt_2.xml.tmp", "<b/>".getBytes(UTF_8));
        receipt("INV", "notes.txt", "<c/>".getBytes(UTF_8));
        receipt("INV", "empty.xml", new byte[0]);
        receipt("misc", "not-a-business-type.xml", "<d/>".getBytes(UTF_8));
        Files.createDirectories(root.resolve("INV/InBox/folder.xml"));

        assertEquals(1, box.scanOnce(recording).settling(), "the empty file is new");
        Filebox.ScanResult again = box.scanOnce(recording);
        assertEquals(1, again.unsettled(), "an empty file is never taken");
        assertEquals(0, again.settling(), "but unchanged it gives no reason to look again soon");
        box.scanOnce(recording);

        assertTrue(received.isEmpty(), received.toString());
        assertEquals(List.of(".Receipt_1.xml", ".Receipt_2.xml.tmp", "empty.xml", "folder.xml", "notes.txt"),
                allNames(root.resolve("INV/InBox")));
        assertTrue(Files.exists(root.resolve("misc/InBox/not-a-business-type.xml")));
    }

    @Test
    void aDuplicateReceiptIsDeliveredOnce() throws IOException {
        Filebox box = box();
        byte[] same = "<HdeApprResult><businessId>QD0001</businessId><typecd>1</typecd></HdeApprResult>"
                .getBytes(UTF_8);
        receipt("INV", "Receipt_A.xml", same);
        receipt("INV", "Receipt_B.xml", same);

        box.scanOnce(recording);
        Filebox.ScanResult result = box.scanOnce(recording);

        assertEquals(1, result.delivered());
        assertEquals(1, result.duplicates());
        assertEquals(1, received.size());
        assertEquals(List.of("Receipt_A.xml", "Receipt_B.xml"), allNames(root.resolve("INV/InBox/processed")));

        // sent a third time, later, under a name already in processed/
        receipt("INV", "Receipt_A.xml", same);
        box.scanOnce(recording);
        assertEquals(1, box.scanOnce(recording).duplicates());
        assertEquals(1, received.size());
        assertEquals(List.of("Receipt_A.xml", "Receipt_A~2.xml", "Receipt_B.xml"),
                allNames(root.resolve("INV/InBox/processed")));
        assertEquals(List.of(Filebox.sha256(same)), loggedHashes());
    }

    @Test
    void aReceiptAListenerThrowsOnStaysInInBoxAndIsDeliveredAtTheNextScan() throws IOException {
        ReceiptDispatcher dispatcher = new ReceiptDispatcher();
        List<IncomingMessage> steady = new CopyOnWriteArrayList<>();
        AtomicInteger flakyCalls = new AtomicInteger();
        dispatcher.add(steady::add, Map.of());
        dispatcher.add(r -> {
            if (flakyCalls.incrementAndGet() == 1) {
                throw new IllegalStateException("database unavailable");
            }
        }, Map.of());
        Filebox box = box();
        receipt("INV", "Receipt_1.xml", "<r>1</r>".getBytes(UTF_8));

        box.scanOnce(dispatcher);
        Filebox.ScanResult failed = box.scanOnce(dispatcher);

        assertEquals(1, failed.failed());
        assertEquals(0, failed.delivered());
        assertTrue(Files.exists(root.resolve("INV/InBox/Receipt_1.xml")));
        assertFalse(Files.exists(root.resolve("INV/InBox/processed/Receipt_1.xml")));
        assertEquals(List.of(), loggedHashes());
        assertEquals(1, steady.size(), "the other listener took it");

        assertEquals(1, box.scanOnce(dispatcher).delivered());
        assertEquals(2, flakyCalls.get());
        assertEquals(2, steady.size(), "offered again to every listener: listeners must be idempotent");
        assertTrue(Files.exists(root.resolve("INV/InBox/processed/Receipt_1.xml")));

        box.scanOnce(dispatcher);
        assertEquals(2, flakyCalls.get());
    }

    @Test
    void aCrashBetweenDeliveryAndMoveDoesNotDeliverAgainAfterRestart() throws IOException {
        byte[] content = "<CommonResponeMessage><SeqNo>1</SeqNo><DealFlag>0</DealFlag></CommonResponeMessage>"
                .getBytes(UTF_8);
        receipt("INV", "Receipt_1.xml", content);
        Filebox beforeCrash = box();
        beforeCrash.scanOnce(recording);
        beforeCrash.scanOnce(recording);
        assertEquals(1, received.size());
        // the crash came after the hash was logged but before the move: the file is still in InBox
        move("INV/InBox/processed/Receipt_1.xml", "INV/InBox/Receipt_1.xml");

        Filebox restarted = box();
        restarted.scanOnce(recording);
        Filebox.ScanResult result = restarted.scanOnce(recording);

        assertEquals(1, result.duplicates());
        assertEquals(1, received.size());
        assertFalse(Files.exists(root.resolve("INV/InBox/Receipt_1.xml")));
        assertEquals(List.of("Receipt_1.xml"), allNames(root.resolve("INV/InBox/processed")));
    }

    @Test
    void aCrashBeforeTheHashReachedTheLogDeliversAgain() throws IOException {
        receipt("SAS", "Receipt_1.xml", "<r/>".getBytes(UTF_8));
        Filebox beforeCrash = box();
        beforeCrash.scanOnce(recording);
        beforeCrash.scanOnce(recording);
        assertEquals(1, received.size());
        // the crash came right after delivery: neither the log line nor the move made it to disk
        move("SAS/InBox/processed/Receipt_1.xml", "SAS/InBox/Receipt_1.xml");
        Files.write(root.resolve(Filebox.PROCESSED_LOG), new byte[0]);

        Filebox restarted = box();
        restarted.scanOnce(recording);
        assertEquals(1, restarted.scanOnce(recording).delivered());
        assertEquals(2, received.size(), "at least once: delivered again, so listeners must be idempotent");
        assertTrue(Files.exists(root.resolve("SAS/InBox/processed/Receipt_1.xml")));
        assertEquals(List.of(Filebox.sha256("<r/>".getBytes(UTF_8))), loggedHashes());
    }

    @Test
    void aRestartedFileboxResumesWithReceiptsLeftInInBox() throws IOException {
        receipt("NPTS", "Receipt_1.xml", "<r>1</r>".getBytes(UTF_8));
        Filebox before = box();
        before.scanOnce(r -> false);
        assertEquals(1, before.scanOnce(r -> false).unclaimed()); // nobody took it, then the process stopped

        Filebox restarted = box();
        restarted.scanOnce(recording);
        assertEquals(1, restarted.scanOnce(recording).delivered());
        assertEquals("Receipt_1.xml", received.get(0).fileName());
    }

    @Test
    void receiptsGoOnlyToListenersOfTheirBusinessType() throws IOException {
        ReceiptDispatcher dispatcher = new ReceiptDispatcher();
        List<String> inv = new CopyOnWriteArrayList<>();
        List<String> emsAndSas = new CopyOnWriteArrayList<>();
        List<String> all = new CopyOnWriteArrayList<>();
        ReceiptListener everything = r -> all.add(r.businessType());
        dispatcher.add(r -> inv.add(r.businessType()), Map.of(ReceiptListener.BUSINESS_TYPE, "INV"));
        dispatcher.add(r -> emsAndSas.add(r.businessType()),
                Map.of(ReceiptListener.BUSINESS_TYPE, new String[] {"EMS", "SAS"}));
        dispatcher.add(everything, Map.of());
        Filebox box = box();
        receipt("INV", "R.xml", "<inv/>".getBytes(UTF_8));
        receipt("EMS", "R.xml", "<ems/>".getBytes(UTF_8));
        receipt("NPTS", "R.xml", "<npts/>".getBytes(UTF_8));

        box.scanOnce(dispatcher);
        assertEquals(3, box.scanOnce(dispatcher).delivered());

        assertEquals(List.of("INV"), inv);
        assertEquals(List.of("EMS"), emsAndSas);
        assertEquals(List.of("EMS", "INV", "NPTS"), all.stream().sorted().toList());

        // with nobody listening to NPTS, an NPTS receipt waits in InBox until someone does
        dispatcher.remove(everything);
        receipt("NPTS", "R2.xml", "<npts>2</npts>".getBytes(UTF_8));
        box.scanOnce(dispatcher);
        Filebox.ScanResult waiting = box.scanOnce(dispatcher);
        assertEquals(1, waiting.unclaimed());
        assertTrue(Files.exists(root.resolve("NPTS/InBox/R2.xml")));
        List<String> npts = new ArrayList<>();
        dispatcher.add(r -> npts.add(r.fileName()), Map.of(ReceiptListener.BUSINESS_TYPE, "NPTS"));
        assertEquals(1, box.scanOnce(dispatcher).delivered());
        assertEquals(List.of("R2.xml"), npts);
        assertEquals(List.of("INV"), inv);
    }

    @Test
    void noScanWhileAnotherScannerHoldsTheRootLock() throws IOException {
        Filebox box = box();
        receipt("INV", "Receipt_1.xml", "<r/>".getBytes(UTF_8));
        try (FileChannel channel = FileChannel.open(root.resolve(Filebox.SCAN_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            assertTrue(box.scanOnce(recording).busy());
            assertTrue(box.scanOnce(recording).busy());
            assertTrue(received.isEmpty());
        }
        box.scanOnce(recording);
        assertEquals(1, box.scanOnce(recording).delivered());
    }

    @Test
    void hashesAppendedToTheLogByAnotherProcessAreHonoured() throws IOException {
        byte[] first = "<r>first</r>".getBytes(UTF_8);
        byte[] elsewhere = "<r>elsewhere</r>".getBytes(UTF_8);
        Path log = root.resolve(Filebox.PROCESSED_LOG);
        Files.writeString(log, Filebox.sha256(first) + " 2025-01-01T00:00:00Z INV/Receipt_1.xml\n");
        Filebox box = box();
        box.scanOnce(recording); // has read the log's first line
        Files.writeString(log, Filebox.sha256(elsewhere) + " 2025-01-01T00:00:01Z INV/Receipt_9.xml\n",
                StandardOpenOption.APPEND);
        receipt("INV", "Receipt_1.xml", first);
        receipt("INV", "Receipt_9.xml", elsewhere);

        box.scanOnce(recording);
        assertEquals(2, box.scanOnce(recording).duplicates());
        assertTrue(received.isEmpty());
    }

    @Test
    void aLogLineCutShortByACrashDoesNotSpoilTheNextOne() throws IOException {
        byte[] old = "<r>old</r>".getBytes(UTF_8);
        byte[] fresh = "<r>new</r>".getBytes(UTF_8);
        String cut = Filebox.sha256("<r>cut</r>".getBytes(UTF_8)).substring(0, 30);
        Files.writeString(root.resolve(Filebox.PROCESSED_LOG),
                Filebox.sha256(old) + " 2025-01-01T00:00:00Z INV/old.xml\n" + cut);
        Filebox box = box();
        receipt("INV", "old.xml", old);
        receipt("INV", "new.xml", fresh);

        box.scanOnce(recording);
        Filebox.ScanResult result = box.scanOnce(recording);

        assertEquals(1, result.duplicates());
        assertEquals(1, result.delivered());
        assertEquals(List.of("new.xml"), received.stream().map(IncomingMessage::fileName).toList());
        List<String> lines = Files.readAllLines(root.resolve(Filebox.PROCESSED_LOG));
        assertEquals(3, lines.size(), lines.toString());
        assertEquals(cut, lines.get(1));
        assertTrue(lines.get(2).startsWith(Filebox.sha256(fresh) + " "), lines.get(2));
        assertTrue(lines.get(2).endsWith(" INV/new.xml"), lines.get(2));

        // a fresh reader of the log knows both hashes
        receipt("INV", "new-again.xml", fresh);
        Filebox restarted = box();
        restarted.scanOnce(recording);
        assertEquals(1, restarted.scanOnce(recording).duplicates());
        assertEquals(1, received.size());
    }

    // ---- refused receipts, requests, resending

    @Test
    void aReceiptRefusedForGoodIsKeptApartWithItsReasonAndNotRecordedAsProcessed() throws IOException {
        Filebox box = box();
        byte[] xxe = "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>".getBytes(UTF_8);
        byte[] good = "<HdeApprResult><etpsPreentNo>QP0001</etpsPreentNo></HdeApprResult>".getBytes(UTF_8);
        receipt("INV", "Receipt_bad_2.xml", xxe);
        receipt("INV", "Receipt_good_2.xml", good);
        Filebox.Delivery refusing = r -> {
            if (r.fileName().contains("bad")) {
                throw new ReceiptRefused(new RuleViolation("signing.badEnvelope", "DOCTYPE is disallowed"));
            }
            received.add(r);
            return true;
        };

        box.scanOnce(refusing);
        Filebox.ScanResult scan = box.scanOnce(refusing);

        assertEquals(1, scan.refused());
        assertEquals(1, scan.delivered());
        assertEquals(0, scan.failed(), "not offered again: it would be refused again");
        assertEquals(List.of("Receipt_bad_2.xml", "Receipt_bad_2.xml.reason.txt"),
                allNames(root.resolve("INV/InBox/refused")));
        assertArrayEquals(xxe, Files.readAllBytes(root.resolve("INV/InBox/refused/Receipt_bad_2.xml")));
        String reason = Files.readString(root.resolve("INV/InBox/refused/Receipt_bad_2.xml.reason.txt"), UTF_8);
        assertTrue(reason.contains("报文信封格式不正确（DOCTYPE is disallowed）"), reason);
        assertEquals(List.of("Receipt_good_2.xml"), allNames(root.resolve("INV/InBox/processed")));
        assertEquals(List.of(Filebox.sha256(good)), loggedHashes(), "the refused one is not processed");
        assertEquals(0, box.scanOnce(refusing).refused(), "gone from InBox: refused once");
    }

    @Test
    void aReceiptOneListenerRefusesAndAnotherCouldNotTakeYetIsOfferedAgain() throws IOException {
        Filebox box = box();
        receipt("INV", "Receipt_1.xml", "<r/>".getBytes(UTF_8));
        ReceiptDispatcher dispatcher = new ReceiptDispatcher();
        dispatcher.add(r -> {
            throw new ReceiptRefused(new RuleViolation("signing.badSignature", "X"));
        }, Map.of());
        dispatcher.add(r -> {
            throw new IllegalStateException("database away");
        }, Map.of());

        box.scanOnce(dispatcher);
        Filebox.ScanResult scan = box.scanOnce(dispatcher);

        assertEquals(0, scan.refused());
        assertEquals(1, scan.failed());
        assertTrue(Files.exists(root.resolve("INV/InBox/Receipt_1.xml")));
    }

    @Test
    void aReceiptRequestIsQueuedInOutBoxAsTheFormatSaysAndASecondOneGetsASuffix() throws IOException {
        Filebox box = box();
        ReceiptRequest request = new ReceiptRequest("QP0001", "QP0001-1", "EMS101_QP0001_1.xml",
                Instant.parse("2025-03-14T01:30:00Z"));

        assertEquals("ReceiptRequest_QP0001-1.xml", box.requestReceipts("QYZZ", request));
        assertEquals("ReceiptRequest_QP0001-1_2.xml", box.requestReceipts("QYZZ", request));

        byte[] written = Files.readAllBytes(root.resolve("QYZZ/OutBox/ReceiptRequest_QP0001-1.xml"));
        assertEquals(request, ReceiptRequest.parse(written));
        assertTrue(new String(written, UTF_8).contains("<MessageId>QP0001-1</MessageId>"));
        assertEquals(List.of("ReceiptRequest_QP0001-1.xml", "ReceiptRequest_QP0001-1_2.xml"), box.pending("QYZZ"));
    }

    @Test
    void aMessageIsKnownAsQueuedWhereverTheEportClientMovedIt() throws IOException {
        Filebox box = box();
        assertFalse(box.queued("INV", "INV101_QP1_1.xml"));
        box.send(message("INV", "INV101_QP1_1.xml", "<signed/>"));
        assertTrue(box.queued("INV", "INV101_QP1_1.xml"), "in OutBox");
        move("INV/OutBox/INV101_QP1_1.xml", "INV/SentBox/INV101_QP1_1.xml");
        assertTrue(box.queued("INV", "INV101_QP1_1.xml"), "sent: a crash before the outbox was emptied sends it not twice");
        move("INV/SentBox/INV101_QP1_1.xml", "INV/FailBox/INV101_QP1_1.xml");
        assertTrue(box.queued("INV", "INV101_QP1_1.xml"));
        assertFalse(box.queued("INV", "INV101_QP1_2.xml"));
    }

    @Test
    void aMessageInFailBoxIsQueuedAgainUnderItsNameAndNothingElseIs() throws IOException {
        Filebox box = box();
        box.send(message("INV", "INV101_QP1_1.xml", "<signed/>"));
        move("INV/OutBox/INV101_QP1_1.xml", "INV/FailBox/INV101_QP1_1.xml");

        assertFalse(box.resendFailed("INV", "INV101_QP9_1.xml"), "not in FailBox");
        assertFalse(box.resendFailed("INV", "../OutBox/x.xml"));
        assertTrue(box.resendFailed("INV", "INV101_QP1_1.xml"));

        assertEquals(List.of("INV101_QP1_1.xml"), box.pending("INV"));
        assertEquals(List.of(), box.failed("INV"));
        assertEquals("<signed/>", Files.readString(root.resolve("INV/OutBox/INV101_QP1_1.xml"), UTF_8));
        assertFalse(box.resendFailed("INV", "INV101_QP1_1.xml"), "once");
    }

    // ---- helpers

    private static OutgoingMessage message(String type, String name, String content) {
        return new OutgoingMessage(type, name, content.getBytes(UTF_8));
    }

    private Path receipt(String type, String name, byte[] content) throws IOException {
        Path inBox = Files.createDirectories(root.resolve(type).resolve("InBox"));
        return Files.write(inBox.resolve(name), content);
    }

    private void move(String from, String to) throws IOException {
        Files.move(root.resolve(from), root.resolve(to));
    }

    private static Instant modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file).toInstant();
    }

    private List<String> loggedHashes() throws IOException {
        Path log = root.resolve(Filebox.PROCESSED_LOG);
        if (!Files.exists(log)) {
            return List.of();
        }
        return Files.readAllLines(log).stream().map(l -> l.split(" ")[0]).toList();
    }

    private static List<String> allNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<Path> messageFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
