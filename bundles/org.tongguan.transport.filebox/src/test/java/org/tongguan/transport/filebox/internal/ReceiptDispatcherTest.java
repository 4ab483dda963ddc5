package org.tongguan.transport.filebox.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.tongguan.core.customs.IncomingMessage;
import org.tongguan.core.customs.ReceiptListener;

class ReceiptDispatcherTest {
    private final ReceiptDispatcher dispatcher = new ReceiptDispatcher();

    private static IncomingMessage receipt(String type) {
        byte[] content = ("<r>" + type + "</r>").getBytes(UTF_8);
        return new IncomingMessage(type, "R.xml", content, Filebox.sha256(content));
    }

    @Test
    void withoutListenersNothingIsTaken() throws Exception {
        assertFalse(dispatcher.deliver(receipt("INV")));
    }

    @Test
    void theBusinessTypePropertyMayBeOneTypeSeveralOrAbsent() throws Exception {
        List<String> one = new CopyOnWriteArrayList<>();
        List<String> array = new CopyOnWriteArrayList<>();
        List<String> collection = new CopyOnWriteArrayList<>();
        List<String> all = new CopyOnWriteArrayList<>();
        dispatcher.add(r -> one.add(r.businessType()), Map.of(ReceiptListener.BUSINESS_TYPE, "INV"));
        dispatcher.add(r -> array.add(r.businessType()),
                Map.of(ReceiptListener.BUSINESS_TYPE, new String[] {"EMS", "SAS"}));
        dispatcher.add(r -> collection.add(r.businessType()),
                Map.of(ReceiptListener.BUSINESS_TYPE, List.of("NPTS", "INV")));
        dispatcher.add(r -> all.add(r.businessType()), Map.of("service.ranking", 5));

        for (String type : List.of("INV", "EMS", "SAS", "NPTS", "QP")) {
            assertTrue(dispatcher.deliver(receipt(type)), type);
        }

        assertEquals(List.of("INV"), one);
        assertEquals(List.of("EMS", "SAS"), array);
        assertEquals(List.of("INV", "NPTS"), collection);
        assertEquals(List.of("INV", "EMS", "SAS", "NPTS", "QP"), all);
    }

    @Test
    void receiptsTogetherFailOnlyWhereAListenerFailedOnThem() {
        IncomingMessage good = receipt("INV");
        byte[] content = "<r>bad</r>".getBytes(UTF_8);
        IncomingMessage bad = new IncomingMessage("INV", "Bad.xml", content, Filebox.sha256(content));
        List<String> taken = new CopyOnWriteArrayList<>();
        IllegalStateException refusal = new IllegalStateException("not yet");
        dispatcher.add(r -> {
            if (r == bad) {
                throw refusal;
            }
            taken.add(r.fileName());
        }, Map.of(ReceiptListener.BUSINESS_TYPE, "INV"));
        dispatcher.add(r -> taken.add("second " + r.fileName()), Map.of(ReceiptListener.BUSINESS_TYPE, "INV"));
        dispatcher.add(r -> { }, Map.of(ReceiptListener.BUSINESS_TYPE, "EMS"));

        Filebox.Outcome outcome = dispatcher.deliverAll(List.of(good, bad));

        assertTrue(outcome.claimed());
        assertEquals(2, outcome.failures().size());
        assertEquals(null, outcome.failures().get(0));
        assertSame(refusal, outcome.failures().get(1).getCause());
        assertEquals(List.of("R.xml", "second R.xml", "second Bad.xml"), taken.stream().sorted(
                java.util.Comparator.comparing(t -> t.startsWith("second") ? 1 : 0)).toList());
        assertFalse(dispatcher.deliverAll(List.of(receipt("SAS"))).claimed(), "nobody takes SAS");

        dispatcher.add(r -> {
            throw new NoClassDefFoundError("org/tongguan/invt/Gone");
        }, Map.of());
        Filebox.Outcome updating = dispatcher.deliverAll(List.of(good));
        assertTrue(updating.failures().get(0).getCause() instanceof NoClassDefFoundError, "a bundle being updated");
    }

    @Test
    void aTypeNobodyListensToIsNotTaken() throws Exception {
        dispatcher.add(r -> { }, Map.of(ReceiptListener.BUSINESS_TYPE, "INV"));
        assertFalse(dispatcher.deliver(receipt("EMS")));
        assertTrue(dispatcher.deliver(receipt("INV")));
    }

    @Test
    void everyListenerIsCalledEvenWhenOthersFailAndTheFailuresAreReported() {
        List<String> steady = new CopyOnWriteArrayList<>();
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second");
        dispatcher.add(r -> {
            throw first;
        }, Map.of());
        dispatcher.add(r -> steady.add(r.fileName()), Map.of());
        dispatcher.add(r -> {
            throw second;
        }, Map.of());
        dispatcher.add(r -> {
            throw new NoClassDefFoundError("org/tongguan/invt/Gone");
        }, Map.of());

        ReceiptDispatcher.ReceiptNotTakenException e =
                assertThrows(ReceiptDispatcher.ReceiptNotTakenException.class, () -> dispatcher.deliver(receipt("INV")));

        assertEquals(List.of("R.xml"), steady);
        List<Throwable> all = new ArrayList<>(List.of(e.getSuppressed()));
        all.add(e.getCause());
        assertEquals(3, all.size());
        assertTrue(all.contains(first));
        assertTrue(all.contains(second));
        assertTrue(all.stream().anyMatch(NoClassDefFoundError.class::isInstance));
        assertTrue(e.getMessage().contains("INV/R.xml"), e.getMessage());
    }

    @Test
    void removedListenersAreNoLongerCalledAndUpdatedPropertiesApply() throws Exception {
        List<String> got = new CopyOnWriteArrayList<>();
        ReceiptListener listener = r -> got.add(r.businessType());
        dispatcher.add(listener, Map.of(ReceiptListener.BUSINESS_TYPE, "INV"));
        assertFalse(dispatcher.deliver(receipt("EMS")));

        dispatcher.add(listener, Map.of(ReceiptListener.BUSINESS_TYPE, "EMS")); // service properties modified
        assertTrue(dispatcher.deliver(receipt("EMS")));
        assertFalse(dispatcher.deliver(receipt("INV")));

        dispatcher.remove(listener);
        assertFalse(dispatcher.deliver(receipt("EMS")));
        assertEquals(List.of("EMS"), got);
    }
}
