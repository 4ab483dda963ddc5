package org.tongguan.opl.simulation.internal;

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

/** How the simulated customs judges a 出境加工账册 备案 or 变更. */
class OplRuleTest {
    private final OplRule rule = new OplRule();

    /** Numbers in the simulator's format, remembering what was asked. */
    private static final class Numbers implements NumberSource {
        final List<String> asked = new ArrayList<>();

        @Override
        public String next(String kind, String district) {
            asked.add(kind + "/" + district);
            return "O" + district + String.format("%07d", asked.size());
        }

        @Override
        public String nextListNo(String district, char impExp) {
            throw new IllegalStateException("a ledger takes no list number");
        }
    }

    private static SignedMessage message(String head) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><OplPutrecMessage><OplPutrecBsc>" + head
                + "<EtpsPreentNo>OPL1</EtpsPreentNo><MasterCuscd>9000</MasterCuscd></OplPutrecBsc>"
                + "<OplExpGds><GdsSeqno>1</GdsSeqno></OplExpGds><OperCusRegCode>6101940123</OperCusRegCode>"
                + "</OplPutrecMessage>";
        return new SignedMessage(new EnvelopeInfo("1.0", "OPL1", "OPL1-1", "OPL101_OPL1_1.xml", "OPL101",
                "DXPENT6101940123", "DXPEDCEMS", Instant.EPOCH), "1", xml.getBytes(StandardCharsets.UTF_8), "OP1");
    }

    private static final String PARTIES = "<BizopEtpsno>6101940123</BizopEtpsno><RcvgdEtpsno>6101940123</RcvgdEtpsno>"
            + "<SupvModecd>1427</SupvModecd>";

    @Test
    void aLedgerWithoutItsProcessingEnterpriseIsRefusedAndTakesNoNumber() {
        Numbers numbers = new Numbers();
        Verdict v = rule.judge(message("<OplNo></OplNo><BizopEtpsno>6101940123</BizopEtpsno>"
                + "<SupvModecd>1427</SupvModecd>"), numbers);
        assertEquals(Verdict.Result.REFUSED, v.result());
        assertEquals(1, v.checks().size());
        assertEquals(OplRule.REFUSED_CODE, v.checks().get(0).code());
        assertTrue(v.checks().get(0).text().contains("加工单位"), v.checks().get(0).text());
        assertTrue(numbers.asked.isEmpty());
    }

    @Test
    void anotherSupervisionModeIsRefused() {
        Verdict v = rule.judge(message("<BizopEtpsno>6101940123</BizopEtpsno><RcvgdEtpsno>6101940123</RcvgdEtpsno>"
                + "<SupvModecd>0615</SupvModecd>"), new Numbers());
        assertEquals(Verdict.Result.REFUSED, v.result());
        assertTrue(v.checks().get(0).text().contains("0615"), v.checks().get(0).text());
    }

    @Test
    void aFilingIsApprovedWithANumberOfItsCustomsDistrict() {
        Numbers numbers = new Numbers();
        Verdict v = rule.judge(message("<OplNo></OplNo>" + PARTIES), numbers);
        assertEquals(Verdict.Result.APPROVED, v.result());
        assertEquals(OplRule.PASSED_CODE, v.checks().get(0).code());
        assertEquals("O90000000001", v.assignedNumbers().get(NumberSource.OPL_NO));
        assertEquals(List.of("oplNo/9000"), numbers.asked);
    }

    @Test
    void aChangeKeepsItsNumber() {
        Numbers numbers = new Numbers();
        Verdict v = rule.judge(message("<OplNo>O90000000007</OplNo>" + PARTIES), numbers);
        assertEquals(Verdict.Result.APPROVED, v.result());
        assertTrue(v.assignedNumbers().isEmpty());
        assertTrue(numbers.asked.isEmpty());
    }
}
