package org.tongguan.invt.simulation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tongguan.core.customs.EnvelopeInfo;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.customs.simulator.Verdict;

/** How the simulated customs judges a 保税核注清单. */
class InvtRuleTest {
    @Test
    void theSimulatedCustomsApprovesWithAListNumberAndReleasesOrReturnsAnEmptyList() {
        InvtRule rule = new InvtRule();
        NumberSource numbers = new NumberSource() {
            @Override
            public String next(String kind, String district) {
                throw new IllegalStateException();
            }

            @Override
            public String nextListNo(String district, char impExp) {
                return "QD" + district + "26" + impExp + "000000007";
            }
        };
        Verdict v = rule.judge(message("<InvtHeadType><DclPlcCuscd>9000</DclPlcCuscd><ImpexpMarkcd>E</ImpexpMarkcd>"
                + "</InvtHeadType><InvtListType><GdsSeqno>1</GdsSeqno></InvtListType>"), numbers);
        assertEquals(Verdict.Result.APPROVED, v.result());
        assertEquals("QD900026E000000007", v.assignedNumbers().get("bondInvtNo"));
        assertTrue(v.release());
        Verdict empty = rule.judge(message("<InvtHeadType><ImpexpMarkcd>I</ImpexpMarkcd></InvtHeadType>"), numbers);
        assertEquals(Verdict.Result.REFUSED, empty.result(), "the client refuses a list without rows at import");
        assertEquals(InvtRule.NO_ROWS_CODE, empty.checks().get(0).code());
    }

    private static SignedMessage message(String body) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><InvtMessage>" + body
                + "<OperCusRegCode>6101940123</OperCusRegCode><SysId>Z8</SysId></InvtMessage>";
        return new SignedMessage(new EnvelopeInfo("1.0", "INVT1", "INVT1-1", "INV101_INVT1_1.xml", "INV101",
                "DXPENT6101940123", "DXPEDCINV", Instant.EPOCH), "1", xml.getBytes(StandardCharsets.UTF_8), "OP1");
    }
}
