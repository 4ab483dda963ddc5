package org.tongguan.core.internal.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongguan.core.declaration.Receipt;
import org.tongguan.core.io.SafeXml;
import org.w3c.dom.Element;

/**
 * The two receipts as the customs simulator writes them (org.tongguan.customs.simulator package-info and
 * CustomsDesk: indented by two spaces, UTF-8 with a declaration).
 */
class ReceiptReaderTest {

    @Test
    void anAcceptedImportReceipt() throws Exception {
        ReceiptReader.Parsed p = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <CommonResponeMessage>
                  <SeqNo>900020250000000001</SeqNo>
                  <EtpsPreentNo>QYZZ0000000050</EtpsPreentNo>
                  <DealFlag>0</DealFlag>
                </CommonResponeMessage>
                """).orElseThrow();
        assertEquals(Receipt.Kind.IMPORT, p.kind());
        assertEquals("900020250000000001", p.seqNo());
        assertTrue(p.accepted());
        assertNull(p.manageResult());
        assertNull(p.manageDate());
        assertNull(p.remark());
        assertEquals(List.of(), p.checks());
        assertEquals(Map.of(), p.numbers());
    }

    @Test
    void aRefusedImportReceiptHasNoSeqNoAndSaysWhy() throws Exception {
        ReceiptReader.Parsed p = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <CommonResponeMessage>
                  <SeqNo></SeqNo>
                  <EtpsPreentNo>QYZZ0000000050</EtpsPreentNo>
                  <CheckInfo>
                    <Code>0003</Code>
                    <Text>签名验证失败</Text>
                  </CheckInfo>
                  <DealFlag>-1</DealFlag>
                </CommonResponeMessage>
                """).orElseThrow();
        assertEquals(Receipt.Kind.IMPORT, p.kind());
        assertNull(p.seqNo());
        assertFalse(p.accepted());
        assertEquals(List.of(new Receipt.Check("0003", "签名验证失败")), p.checks());
        assertEquals("[0003] 签名验证失败", p.checks().get(0).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "", "1", "00"})
    void onlyDealFlagZeroIsAccepted(String flag) throws Exception {
        ReceiptReader.Parsed p = read("<CommonResponeMessage><SeqNo>9000</SeqNo><DealFlag>" + flag
                + "</DealFlag></CommonResponeMessage>").orElseThrow();
        assertFalse(p.accepted(), flag);
        assertEquals("9000", p.seqNo());
    }

    @Test
    void anApprovalWithNumbersAndChecksInOrder() throws Exception {
        ReceiptReader.Parsed p = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <HdeApprResult>
                  <EtpsPreentNo>QYZZ0000000050</EtpsPreentNo>
                  <BusinessId>QYZZ0000000050</BusinessId>
                  <TmsCnt>0</TmsCnt>
                  <Typecd>1</Typecd>
                  <ManageResult>1</ManageResult>
                  <ManageDate>20250314093000</ManageDate>
                  <Rmk>通过</Rmk>
                  <CheckInfo>
                    <Code>0101</Code>
                    <Text>第一条：资质齐全</Text>
                  </CheckInfo>
                  <CheckInfo>
                    <Code>0102</Code>
                    <Text>第二条：A &lt; B &amp; C</Text>
                  </CheckInfo>
                  <CheckInfo>
                    <Code>0001</Code>
                    <Text>第三条</Text>
                  </CheckInfo>
                  <AssignedNumber kind="archiveNo">6101QY2025000001</AssignedNumber>
                  <AssignedNumber kind="emsNo">E61012500001</AssignedNumber>
                </HdeApprResult>
                """).orElseThrow();
        assertEquals(Receipt.Kind.BUSINESS, p.kind());
        assertNull(p.seqNo());
        assertTrue(p.accepted());
        assertEquals("1", p.manageResult());
        // 09:30 in Beijing (UTC+8) is 01:30 UTC
        assertEquals(Instant.parse("2025-03-14T01:30:00Z"), p.manageDate());
        assertEquals("通过", p.remark());
        assertEquals(List.of(new Receipt.Check("0101", "第一条：资质齐全"), new Receipt.Check("0102", "第二条：A < B & C"),
                new Receipt.Check("0001", "第三条")), p.checks());
        assertEquals(Map.of("archiveNo", "6101QY2025000001", "emsNo", "E61012500001"), p.numbers());
        assertEquals(List.of("archiveNo", "emsNo"), List.copyOf(p.numbers().keySet()));
    }

    @ParameterizedTest
    @CsvSource({"1, 通过, 20250314093000, 2025-03-14T01:30:00Z", "2, 转人工, 20250101000000, 2024-12-31T16:00:00Z",
            "3, 退单, 20251231235959, 2025-12-31T15:59:59Z"})
    void eachManageResultIsReadWithItsDateAndRemark(String result, String remark, String date, String instant)
            throws Exception {
        ReceiptReader.Parsed p = read(business(result, date, remark)).orElseThrow();
        assertEquals(Receipt.Kind.BUSINESS, p.kind());
        assertEquals(result, p.manageResult());
        assertEquals(remark, p.remark());
        assertEquals(Instant.parse(instant), p.manageDate());
        assertEquals(List.of(new Receipt.Check("3349", "加工账册资质: 商务部前置审批开关开启, 企业必须申报表体")), p.checks());
        assertEquals(Map.of(), p.numbers());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2025-03-14 09:30:00", "202503140930", "20251314093000", "tomorrow"})
    void aManageDateThatIsNoDateIsNull(String date) throws Exception {
        assertNull(read(business("3", date, "退单")).orElseThrow().manageDate());
    }

    /**
     * A ManageDate naming no real time (30 February, hour 24) must not become another day. Shows a bug:
     * ReceiptReader's "yyyyMMddHHmmss" formatter resolves SMART, so "20250230093000" is read as 28 February and
     * "20250314240000" as 15 March 00:00.
     */
    @ParameterizedTest
    @ValueSource(strings = {"20250230093000", "20250431120000", "20250314240000"})
    void anImpossibleManageDateIsNotMovedToAnotherDay(String date) throws Exception {
        assertNull(read(business("1", date, "通过")).orElseThrow().manageDate());
    }

    @Test
    void aReceiptInADefaultNamespaceIsRead() throws Exception {
        ReceiptReader.Parsed p = read("<HdeApprResult xmlns=\"http://www.chinaport.gov.cn/ems\"><ManageResult>3"
                + "</ManageResult><Rmk>退单</Rmk></HdeApprResult>").orElseThrow();
        assertEquals("3", p.manageResult());
        assertEquals("退单", p.remark());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<QyzzMessage><Head><etpsPreentNo>Q1</etpsPreentNo></Head></QyzzMessage>",
            "<CommonResponseMessage><DealFlag>0</DealFlag></CommonResponseMessage>",
            "<Envelop><CommonResponeMessage><DealFlag>0</DealFlag></CommonResponeMessage></Envelop>"})
    void anyOtherRootIsNoReceipt(String xml) throws Exception {
        assertEquals(Optional.empty(), read(xml));
    }

    private static String business(String result, String date, String remark) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <HdeApprResult>
                  <EtpsPreentNo>QYZZ0000000050</EtpsPreentNo>
                  <BusinessId>QYZZ0000000050</BusinessId>
                  <TmsCnt>0</TmsCnt>
                  <Typecd></Typecd>
                  <ManageResult>%s</ManageResult>
                  <ManageDate>%s</ManageDate>
                  <Rmk>%s</Rmk>
                  <CheckInfo>
                    <Code>3349</Code>
                    <Text>加工账册资质: 商务部前置审批开关开启, 企业必须申报表体</Text>
                  </CheckInfo>
                </HdeApprResult>
                """.formatted(result, date, remark);
    }

    private static Optional<ReceiptReader.Parsed> read(String xml) throws Exception {
        Element root = SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        return ReceiptReader.read(root);
    }
}
