package org.tongguan.ledger.simulation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongguan.core.customs.EnvelopeInfo;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.customs.simulator.Verdict;

/** How the simulated customs judges a 企业资质申请 (manual 000 §四(四) receipt). */
class QyzzRuleTest {
    private final QyzzRule rule = new QyzzRule();

    /** Numbers as the simulator hands them out, counted per kind and district. */
    private static final class Numbers implements NumberSource {
        final Map<String, Integer> taken = new HashMap<>();

        @Override
        public String next(String kind, String district) {
            int n = taken.merge(kind + district, 1, Integer::sum);
            return district + "26" + String.format("%06d", n);
        }

        @Override
        public String nextListNo(String district, char impExp) {
            throw new IllegalStateException("an application takes no list number");
        }
    }

    private static SignedMessage message(String body) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><QyzzMessage><Head><etpsPreentNo>QYZZ1</etpsPreentNo>"
                + "<masterCuscd>9000</masterCuscd></Head>" + body + "</QyzzMessage>";
        return new SignedMessage(new EnvelopeInfo("1.0", "QYZZ1", "QYZZ1-1", "QYZZ101_QYZZ1_1.xml", "QYZZ101",
                "DXPENT6101940123", "DXPEDCEMS", Instant.EPOCH), "1", xml.getBytes(StandardCharsets.UTF_8), "OP1");
    }

    @Test
    void anApplicationWithoutTableBodyIsReturnedWith3349AndTakesNoNumber() {
        Numbers numbers = new Numbers();
        Verdict v = rule.judge(message("<mtpck></mtpck><endprd></endprd>"), numbers);
        assertEquals(Verdict.Result.RETURNED, v.result());
        assertEquals("3349", v.checks().get(0).code());
        assertTrue(v.checks().get(0).text().contains("企业必须申报表体"));
        assertTrue(numbers.taken.isEmpty());
    }

    @Test
    void anApplicationWithRowsIsApprovedWithAnArchiveNumberOfItsCustomsDistrict() {
        Numbers numbers = new Numbers();
        Verdict v = rule.judge(message("<mtpck><Item><gdsSeqno>1</gdsSeqno></Item></mtpck><endprd></endprd>"),
                numbers);
        assertEquals(Verdict.Result.APPROVED, v.result());
        assertEquals("900026000001", v.assignedNumbers().get(NumberSource.ARCHIVE_NO));
        assertEquals("3402", v.checks().get(0).code());
    }
}
