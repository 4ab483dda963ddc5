package org.tongguan.customs.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongguan.core.customs.wire.CustomsReceipt;
import org.tongguan.core.customs.wire.PocketAssembler;
import org.tongguan.core.customs.wire.ReceiptSchemas;
import org.tongguan.core.customs.wire.ReceiptType;
import org.tongguan.core.customs.wire.WireMessage;
import org.tongguan.core.customs.wire.WireReader;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.testing.MutableClock;
import org.tongguan.customs.simulator.CheckInfo;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.customs.simulator.Verdict;

/**
 * The simulator's answers to a 业务申报表 (SAS101) and a 出入库单 (SAS111): the numbers in the formats of
 * DOMAIN-AREAS.md §0.6, receipts SAS201 and SAS211 whose content validates against the pilot's schemas and that read
 * back as approvals carrying those numbers.
 */
class SasAnswersTest {
    private static final Instant AT = Instant.parse("2026-03-14T01:30:00Z"); // 09:30 in Beijing
    private static final String SEQ_NO = "900020260000000007";

    @TempDir
    Path dir;

    @Test
    void theFormsNumberIsSAndItsDistrictAndASequence() {
        NumberSource numbers = new CounterFile(dir, new MutableClock(AT));
        assertEquals("S900000001", numbers.next(NumberSource.SAS_DCL_NO, "9000"));
        assertEquals("S900000002", numbers.next(NumberSource.SAS_DCL_NO, "9000"));
        assertEquals("S310000001", numbers.next(NumberSource.SAS_DCL_NO, "3100"));
    }

    @Test
    void theStockNumberIsXDistrictDirectionDayAndADailySequence() {
        MutableClock clock = new MutableClock(AT);
        NumberSource numbers = new CounterFile(dir, clock);
        assertEquals("X9000I260314000001", numbers.nextStockNo("9000", 'I'));
        assertEquals("X9000E260314000002", numbers.nextStockNo("9000", 'E'), "one sequence for I and E");
        clock.set(AT.plusSeconds(86_400));
        assertEquals("X9000I260315000001", numbers.nextStockNo("9000", 'I'), "a new day starts again");
        assertEquals(18, numbers.nextStockNo("9000", 'E').length());
    }

    @Test
    void theFormsApprovalIsASas201WithItsNumber() throws Exception {
        Map<String, String> head = Map.ofEntries(Map.entry("seqNo", ""), Map.entry("sasDclNo", ""),
                Map.entry("masterCuscd", "9000"), Map.entry("dclTypecd", "1"), Map.entry("businessTypecd", "A"),
                Map.entry("directionTypecd", "E"), Map.entry("areainEtpsno", "6101940123"),
                Map.entry("areainEtpsNm", "西安高新加工贸易有限公司"), Map.entry("validTime", "20311231"),
                Map.entry("dclEr", "张关务"), Map.entry("col4", ""), Map.entry("etpsPreentNo", "SASDCL1"));
        CustomsReceipt r = approved(ReceiptType.SAS201, "SAS101", head, Map.of("sasDclNo", "S900000001"),
                "SASDCL1");
        assertEquals(Map.of("sasDclNo", "S900000001"), r.numbers());
    }

    @Test
    void theStockDocumentsApprovalIsASas211WithItsNumber() throws Exception {
        Map<String, String> head = Map.of("sasDclNo", "S900000001", "masterCuscd", "9000", "dclTypecd", "1",
                "stockTypecd", "E", "businessTypecd", "A", "dclEr", "张关务", "packageQty", "", "grossWt", "650",
                "netWt", "600", "etpsPreentNo", "STOCK1");
        CustomsReceipt r = approved(ReceiptType.SAS211, "SAS111", head, Map.of("sasStockNo", "X9000E260314000001"),
                "STOCK1");
        assertEquals(Map.of("sasStockNo", "X9000E260314000001"), r.numbers());
    }

    private static CustomsReceipt approved(ReceiptType type, String messageType, Map<String, String> head,
            Map<String, String> numbers, String inner) throws Exception {
        assertEquals(type, ReceiptType.answering(messageType).orElseThrow().approval());
        Verdict v = Verdict.approved(numbers, new CheckInfo("8100", "审核通过"));
        Answers.Receipt receipt = Answers.approval(type, messageType, head, v, SEQ_NO, inner, AT, 72);
        assertEquals(List.of(), ReceiptSchemas.contentErrors(type.type(), receipt.bytes()));
        CustomsReceipt r = new PocketAssembler().offer(assertInstanceOf(WireMessage.ReceiptPocket.class,
                WireReader.read(receipt.stem() + ".xml", receipt.bytes()))).orElseThrow();
        assertEquals(type.type(), r.messageType());
        assertEquals(DocumentEvent.APPROVE, r.outcome().event());
        assertEquals(SEQ_NO, r.seqNo());
        assertEquals(List.of("[8100] 审核通过"), r.checks());
        return r;
    }
}
