package org.tongguan.transport.filebox.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongguan.core.customs.IncomingMessage;
import org.tongguan.core.customs.OutgoingMessage;
import org.tongguan.core.customs.ReceiptListener;
import org.tongguan.core.io.DataPaths;

class FileboxTransportTest {
    @TempDir
    Path root;
    private FileboxTransport transport;

    @AfterEach
    void deactivate() {
        if (transport != null) {
            transport.deactivate();
        }
    }

    @Test
    void theRootDefaultsUnderKarafData() {
        assertEquals(Path.of("/opt/tongguan/data/tongguan/filebox"),
                DataPaths.resolve(FileboxTransport.DEFAULT_ROOT, FileboxTransport.DEFAULT_ROOT,
                        k -> k.equals("karaf.data") ? "/opt/tongguan/data" : null));
        assertEquals(Path.of("data/tongguan/filebox").toAbsolutePath(),
                DataPaths.resolve(FileboxTransport.DEFAULT_ROOT, FileboxTransport.DEFAULT_ROOT, k -> null));
        assertEquals(Path.of("data/tongguan/filebox").toAbsolutePath(),
                DataPaths.resolve(" ", FileboxTransport.DEFAULT_ROOT, k -> null));
        assertEquals(Path.of("/srv/eport/boxes"),
                DataPaths.resolve("/srv/eport/boxes/", FileboxTransport.DEFAULT_ROOT, k -> "/x"));
    }

    @Test
    void theActivatedComponentSendsAndItsPumpDeliversReceiptsUntilDeactivated() throws Exception {
        transport = new FileboxTransport(config(root.toString(), 50));
        List<IncomingMessage> invReceipts = new CopyOnWriteArrayList<>();
        List<IncomingMessage> emsReceipts = new CopyOnWriteArrayList<>();
        transport.addListener(invReceipts::add, Map.of(ReceiptListener.BUSINESS_TYPE, "INV"));
        transport.addListener(emsReceipts::add, Map.of(ReceiptListener.BUSINESS_TYPE, "EMS"));

        transport.send(new OutgoingMessage("INV", "INV101_I_QP0001_1.xml", "<a/>".getBytes(UTF_8)));
        transport.send(new OutgoingMessage("INV", "INV101_I_QP0001_1.xml", "<a/>".getBytes(UTF_8)));
        assertEquals(List.of("INV101_I_QP0001_1.xml", "INV101_I_QP0001_2.xml"), transport.pending("INV"));
        Files.move(root.resolve("INV/OutBox/INV101_I_QP0001_2.xml"),
                root.resolve("INV/FailBox/INV101_I_QP0001_2.xml"));
        assertEquals(List.of("INV101_I_QP0001_2.xml"), transport.failed("INV"));

        Files.writeString(root.resolve("INV/InBox/Receipt_1.xml"), "<DealFlag>0</DealFlag>");
        // listeners are called before the file is moved: wait for the move
        awaitTrue(() -> Files.exists(root.resolve("INV/InBox/processed/Receipt_1.xml")));
        assertEquals(List.of("Receipt_1.xml"), invReceipts.stream().map(IncomingMessage::fileName).toList());
        assertTrue(emsReceipts.isEmpty());
        assertTrue(pumpRunning());

        transport.deactivate();
        awaitTrue(() -> !pumpRunning());
        // what arrives while stopped is taken after the restart
        Files.writeString(root.resolve("INV/InBox/Receipt_2.xml"), "<DealFlag>0</DealFlag><n>2</n>");
        transport = new FileboxTransport(config(root.toString(), 50));
        transport.addListener(invReceipts::add, Map.of());
        awaitTrue(() -> Files.exists(root.resolve("INV/InBox/processed/Receipt_2.xml")));
        assertEquals(List.of("Receipt_1.xml", "Receipt_2.xml"),
                invReceipts.stream().map(IncomingMessage::fileName).toList());
    }

    @Test
    void aModifiedRootMovesThePump() throws Exception {
        Path other = Files.createDirectories(root.resolve("other"));
        transport = new FileboxTransport(config(root.resolve("first").toString(), 50));
        List<String> got = new CopyOnWriteArrayList<>();
        transport.addListener(r -> got.add(r.fileName()), Map.of());

        transport.modified(config(other.toString(), 50));
        transport.send(new OutgoingMessage("SAS", "SAS_1.xml", "<s/>".getBytes(UTF_8)));
        assertTrue(Files.exists(other.resolve("SAS/OutBox/SAS_1.xml")));
        Files.writeString(other.resolve("SAS/InBox/R.xml"), "<r/>");
        awaitTrue(() -> Files.exists(other.resolve("SAS/InBox/processed/R.xml")));
        assertEquals(List.of("R.xml"), got);
        awaitTrue(() -> Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(FileboxTransport.THREAD_NAME) && t.isAlive()).count() == 1);
        assertFalse(Files.exists(root.resolve("first/SAS")));
    }

    private static boolean pumpRunning() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals(FileboxTransport.THREAD_NAME) && t.isAlive());
    }

    /** Polls {@code condition} for up to 20 s: a wait, not a timing assertion. */
    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("condition not met within 20 s");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void theClientSignsWhenTheFolderIsARealClientsUnlessTheDeployerSaysOtherwise() {
        assertFalse(FileboxTransport.clientSigns(config(FileboxTransport.DEFAULT_ROOT, 500, "auto")),
                "the embedded folder: the product signs, the simulator is the client");
        assertTrue(FileboxTransport.clientSigns(config("/srv/eport/ImpPath", 500, "auto")));
        assertTrue(FileboxTransport.clientSigns(config(FileboxTransport.DEFAULT_ROOT, 500, "eport")));
        assertFalse(FileboxTransport.clientSigns(config("/srv/eport/ImpPath", 500, "product")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FileboxTransport.clientSigns(config("/srv/eport/ImpPath", 500, "client")));
        assertTrue(e.getMessage().contains("'client'"), e.getMessage());
    }

    private static FileboxTransport.Config config(String root, long pollMillis) {
        return config(root, pollMillis, "auto");
    }

    private static FileboxTransport.Config config(String root, long pollMillis, String signing) {
        return new FileboxTransport.Config() {
            @Override
            public String signing() {
                return signing;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return FileboxTransport.Config.class;
            }

            @Override
            public String root() {
                return root;
            }

            @Override
            public long pollMillis() {
                return pollMillis;
            }
        };
    }
}
