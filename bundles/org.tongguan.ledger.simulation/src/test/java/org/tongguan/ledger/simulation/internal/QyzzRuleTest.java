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
import org.tongguan.core.customs.wire.ImportLayout;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.customs.simulator.Verdict;

/** How the simulated customs judges a 企业资质申请 (manual 000 §四(四) receipt), a 账册 and a 报核, read as imported. */
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

    private static SignedMessage message(String type, String head, String body) {
        String root = ImportLayout.of(type).orElseThrow().root();
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><" + root + ">" + head + body
                + "<OperCusRegCode>6101940123</OperCusRegCode></" + root + ">";
        return new SignedMessage(new EnvelopeInfo("1.0", "Q1", "Q1-1", type + "_Q1_1.xml", type, "DXPENT6101940123",
                "DXPEDCEMS", Instant.EPOCH), "1", xml.getBytes(StandardCharsets.UTF_8), "OP1");
    }

    private static SignedMessage qualification(String body) {
        return message(QyzzRule.MESSAGE_TYPE, "<EtArcrpBsc><EtpsPreentNo>QYZZ1</EtpsPreentNo><MasterCuscd>9000"
                + "</MasterCuscd></EtArcrpBsc>", body);
    }

    @Test
    void anApplicationWithoutTableBodyIsReturnedWith3349AndTakesNoNumber() {
        Numbers numbers = new Numbers();
        Verdict v = rule.judge(qualification(""), numbers);
        assertEquals(Verdict.Result.RETURNED, v.result());
        assertEquals("3349", v.checks().get(0).code());
        assertTrue(v.checks().get(0).text().contains("企业必须申报表体"));
        assertTrue(numbers.taken.isEmpty());
    }

    @Test
    void anApplicationWithRowsIsApprovedWithAnArchiveNumberOfItsCustomsDistrict() {
        Numbers numbers = new Numbers();
        Verdict v = rule.judge(qualification("<EtArcrpDt><GdsSeqno>1</GdsSeqno><MtpckEndprdTypecd>I"
                + "</MtpckEndprdTypecd></EtArcrpDt>"), numbers);
        assertEquals(Verdict.Result.APPROVED, v.result());
        assertEquals("900026000001", v.assignedNumbers().get(NumberSource.ARCHIVE_NO));
        assertEquals("3402", v.checks().get(0).code());
    }

    /** 账册: 料件 and 单损耗 rows are read by the layout's elements, fields by their keys. */
    @Test
    void aLedgerIsJudgedOnItsImgAndCmRows() {
        String head = "<EmsPutrecBsc><EmsNo></EmsNo><MasterCuscd>9000</MasterCuscd></EmsPutrecBsc>";
        Numbers numbers = new Numbers();
        Verdict none = new EmsRule().judge(message(EmsRule.MESSAGE_TYPE, head,
                "<EmsPutrecExg><GdsSeqno>1</GdsSeqno></EmsPutrecExg>"), numbers);
        assertEquals(EmsRule.NO_MTPCK_CODE, none.checks().get(0).code(), "成品 are no 料件");
        String img = "<EmsPutrecImg><GdsSeqno>1</GdsSeqno></EmsPutrecImg>";
        Verdict wrong = new EmsRule().judge(message(EmsRule.MESSAGE_TYPE, head, img + "<EmsPutrecCm><EndprdSeqno>1"
                + "</EndprdSeqno><MtpckSeqno>1</MtpckSeqno><UcnsQty>2</UcnsQty><NetUseupQty>1</NetUseupQty>"
                + "<TgblLossRate>0</TgblLossRate></EmsPutrecCm>"), numbers);
        assertEquals(EmsRule.UCNS_CODE, wrong.checks().get(0).code());
        assertTrue(wrong.checks().get(0).text().contains("成品序号 1 料件序号 1"), wrong.checks().get(0).text());
        Verdict ok = new EmsRule().judge(message(EmsRule.MESSAGE_TYPE, head, img), numbers);
        assertEquals(Verdict.Result.APPROVED, ok.result());
        assertEquals("900026000001", ok.assignedNumbers().get(NumberSource.EMS_NO));
    }

    /** 报核: the 料件 rows are those of 类型 I; 实际剩余 and 差异率 are read back from the schema's names. */
    @Test
    void aReportJudgesTheMtpckRowsOnly() {
        String head = "<EmsChgoffBsc><EmsNo>E90006000001</EmsNo></EmsChgoffBsc>";
        String endprd = "<EmsChgoffDt><Typecd>E</Typecd><Seqno>1</Seqno></EmsChgoffDt>";
        Verdict ok = new DcrRule().judge(message(DcrRule.MESSAGE_TYPE, head, "<EmsChgoffDt><Typecd>I</Typecd>"
                + "<Seqno>1</Seqno><ActlRemainQty>10</ActlRemainQty><DsmlRate>1.5</DsmlRate></EmsChgoffDt>"
                + endprd), new Numbers());
        assertEquals(Verdict.Result.APPROVED, ok.result(), ok.checks().toString());
        Verdict missing = new DcrRule().judge(message(DcrRule.MESSAGE_TYPE, head, "<EmsChgoffDt><Typecd>I</Typecd>"
                + "<Seqno>2</Seqno><ActlRemainQty></ActlRemainQty></EmsChgoffDt>" + endprd), new Numbers());
        assertEquals(DcrRule.NO_ACTUAL_CODE, missing.checks().get(0).code());
        assertTrue(missing.checks().get(0).text().startsWith("料件序号 2 "), missing.checks().get(0).text());
        Verdict far = new DcrRule().judge(message(DcrRule.MESSAGE_TYPE, head, "<EmsChgoffDt><Typecd>I</Typecd>"
                + "<Seqno>3</Seqno><ActlRemainQty>10</ActlRemainQty><DsmlRate>-7.5</DsmlRate></EmsChgoffDt>"),
                new Numbers());
        assertEquals(DcrRule.DIFFERENCE_CODE, far.checks().get(0).code());
    }
}
