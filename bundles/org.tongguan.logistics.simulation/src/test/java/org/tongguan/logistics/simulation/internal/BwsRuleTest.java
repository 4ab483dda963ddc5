package org.tongguan.logistics.simulation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongguan.core.customs.EnvelopeInfo;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.customs.simulator.Verdict;

/** How the simulated customs judges a 物流账册 备案 or 变更. */
class BwsRuleTest {
    private final BwsRule rule = new BwsRule();

    /** Numbers in the simulator's format, remembering what was asked. */
    private static final class Numbers implements NumberSource {
        final List<String> asked = new ArrayList<>();

        @Override
        public String next(String kind, String district) {
            asked.add(kind + "/" + district);
            return "T" + district + "W" + String.format("%06d", asked.size());
        }

        @Override
        public String nextListNo(String district, char impExp) {
            throw new IllegalStateException("a ledger takes no list number");
        }
    }

    private static SignedMessage message(String head, String body) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><BwsMessage><BwsBsc>" + head
                + "<EtpsPreentNo>BWS1</EtpsPreentNo><MasterCuscd>9000</MasterCuscd></BwsBsc>" + body
                + "<OperCusRegCode>6101940123</OperCusRegCode></BwsMessage>";
        return new SignedMessage(new EnvelopeInfo("1.0", "BWS1", "BWS1-1", "BWS101_BWS1_1.xml", "BWS101",
                "DXPENT6101940123", "DXPEDCEMS", Instant.EPOCH), "1", xml.getBytes(StandardCharsets.UTF_8), "OP1");
    }

    @Test
    void aLedgerWithoutGoodsIsRefusedAtImportAndTakesNoNumber() {
        Numbers numbers = new Numbers();
        Verdict v = rule.judge(message("", ""), numbers);
        assertEquals(Verdict.Result.REFUSED, v.result());
        assertEquals(BwsRule.NO_ITEMS_CODE, v.checks().get(0).code());
        assertTrue(numbers.asked.isEmpty());
    }

    @Test
    void aFilingIsApprovedWithATNumberOfItsCustomsDistrict() {
        Numbers numbers = new Numbers();
        Verdict v = rule.judge(message("<BwsNo></BwsNo>", "<BwsDt><GdsSeqno>1</GdsSeqno></BwsDt>"), numbers);
        assertEquals(Verdict.Result.APPROVED, v.result());
        assertEquals("T9000W000001", v.assignedNumbers().get(NumberSource.BWS_NO));
        assertEquals(List.of("bwsNo/9000"), numbers.asked);
    }

    @Test
    void aChangeKeepsItsNumber() {
        Numbers numbers = new Numbers();
        Verdict v = rule.judge(message("<BwsNo>T9000W000007</BwsNo>", "<BwsDt><GdsSeqno>1</GdsSeqno></BwsDt>"),
                numbers);
        assertEquals(Verdict.Result.APPROVED, v.result());
        assertTrue(v.assignedNumbers().isEmpty());
        assertTrue(numbers.asked.isEmpty());
    }
}
