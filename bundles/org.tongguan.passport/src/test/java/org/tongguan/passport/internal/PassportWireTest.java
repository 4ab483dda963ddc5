package org.tongguan.passport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongguan.ledger.testing.LedgerFixture.SYSTEM;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tongguan.core.customs.CardType;
import org.tongguan.core.customs.wire.ImportLayout;
import org.tongguan.core.customs.wire.LayoutCheck;
import org.tongguan.core.customs.wire.WireElement;
import org.tongguan.core.customs.wire.WireNames;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.Receipt;
import org.tongguan.core.internal.declaration.TestDocuments;
import org.tongguan.ledger.internal.EmsType;
import org.tongguan.ledger.testing.LedgerFixture;

/**
 * The 核放单 in the real formats (docs/wire-formats.md): its message element for element as the public samples
 * (XA Ipassport.xml 入区, Epassport.xml 出区), written from a document holding the samples' values through the
 * document service; and every public receipt of a 核放单 applied to a declared slip as the e-port client drops it
 * into InBox: the client's answers (处理成功 with the 预录入统一编号, a {@code Failed_} with its CheckInfo), customs'
 * approval (SAS221: the 核放单编号 from its copy, or XA's without one), the gate (SAS223: 已过卡 with the pass time,
 * XA's of two gates), the 查验处置 (SAS224, kept and shown) and XA's result 9 (kept, moves nothing).
 */
class PassportWireTest {
    /** The 区内企业 of the samples and the 申报企业 of Ipassport.xml. */
    private static final String ZONE = "6104W6003C";
    private static final String DECLARER = "6101981055";
    private static final String NAME = "陕西空港丝路云跨境供应链管理服务有限公司";

    @TempDir
    Path dir;
    private LedgerFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = PassportTest.fixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static String sample(String name) {
        return TestDocuments.sample(name);
    }

    private void deliver(String fileName, String content) throws Exception {
        f.harness.deliver("SAS", fileName, content);
    }

    /** The samples' enterprise with its own approved ledger and lists, numbered as the samples' 关联单证. */
    private void theSamplesEnterprise() throws Exception {
        f.harness.enterprise(LedgerFixture.enterprise(ZONE, NAME)).enterprise(LedgerFixture.enterprise(DECLARER,
                NAME));
        f.signer.issuer().issue("OP" + ZONE, CardType.OPERATOR, ZONE, "孙进", LedgerFixture.PIN);
        Map<String, String> h = LedgerFixture.ledgerHeader();
        for (String unit : new String[] {"bizop", "rcvgd", "dcl"}) {
            h.put(unit + "Etpsno", ZONE);
        }
        Document ledger = f.documents.create(SYSTEM, EmsType.ID, h);
        ledger = f.saveRow(ledger, "mtpck", LedgerFixture.item("M-PE", "聚乙烯粒子", "3901100090", "4.5", "10000"));
        ledger = f.saveRow(ledger, "endprd", LedgerFixture.item("P-A", "开关A", "8536500000", "23", "1000"));
        ledger = f.saveRow(ledger, "ucns", LedgerFixture.bom(1, 1, "0.2", "2"));
        ledger = f.documents.declare(SYSTEM, ledger.id(), ledger.version(), "OP" + ZONE, LedgerFixture.PIN, true);
        assertEquals(DocumentState.APPROVED, f.approve(ledger, Map.of("emsNo", "E90130000001")).state());
        for (String no : new String[] {"QD901319I000000228", "QD901319E000000187"}) {
            Document list = PassportTest.list(f, "E90130000001");
            list = f.documents.declare(SYSTEM, list.id(), list.version(), "OP" + ZONE, LedgerFixture.PIN, true);
            assertEquals(DocumentState.APPROVED, f.approve(list, Map.of("bondInvtNo", no)).state());
        }
    }

    /** The PassPortMessage of a sample. */
    private static WireElement message(String name) {
        return LayoutCheck.read(sample(name).getBytes(StandardCharsets.UTF_8)).child("Object").orElseThrow()
                .child("Package").orElseThrow().child("DataInfo").orElseThrow().child("BussinessData").orElseThrow()
                .child("PassPortMessage").orElseThrow();
    }

    /**
     * A document holding a sample's values, as a clerk enters them (the 海关编码 of each party, the rest typed; the
     * 企业内部编号 is the product's, the 主管关区 one of its table), written: the header's elements are the sample's in its order with the same
     * texts, GX's numbers before them and GX's other elements after them (what the sample has not, e.g. the 社会信用代码
     * filled from the registry), the 关联单证 as the sample's, OperCusRegCode last; nothing else (what receipts tell is
     * not part of the import).
     */
    @ParameterizedTest
    @CsvSource({"xa-Ipassport.xml", "xa-Epassport.xml"})
    void theMessageIsTheSamplesElementForElement(String name) throws Exception {
        theSamplesEnterprise();
        WireElement sample = message(name);
        WireElement sampleHead = sample.child("PassportHead").orElseThrow();
        Map<String, String> header = new HashMap<>();
        for (WireElement e : sampleHead.children()) {
            header.put(WireNames.key("SAS121", e.name()), e.text());
        }
        header.remove("etpsPreentNo"); // the product's own
        // the samples' 主管关区 9013 is newer than the product's table of 关区 (codes/SOURCES.md): one of the table's
        header.put("masterCuscd", "9008");
        for (String filled : new String[] {"areainEtpsNm", "dclEtpsNm", "inputName"}) {
            header.remove(filled); // the registry fills the names from the 海关编码
        }
        Document d = f.documents.create(SYSTEM, PassportType.ID, header);
        assertEquals(ZONE, d.enterpriseCode());
        assertEquals(1, d.items(PassportType.RELATIONS).size());

        WireElement m = LayoutCheck.assertWrittenAsLayout(ImportLayout.SAS121, f.documents.message(SYSTEM, d.id()),
                List.of());
        assertEquals(List.of("PassportHead", "PassportAcmp", "OperCusRegCode"), m.childNames());
        List<String> head = m.child("PassportHead").orElseThrow().childNames();
        List<String> expected = new ArrayList<>(List.of("SeqNo", "PassportNo"));
        expected.addAll(sampleHead.childNames());
        expected.addAll(List.of("AreainOriactNo", "AreainEtpsSccd", "DclEtpsSccd", "InputSccd", "VehicleFrameNo",
                "ContainerNo", "Rmk", "Col1"));
        assertEquals(expected, head);
        WireElement ours = m.child("PassportHead").orElseThrow();
        for (WireElement e : sampleHead.children()) {
            String want = e.name().equals("EtpsPreentNo") ? d.etpsPreentNo()
                    : e.name().equals("MasterCuscd") ? "9008" : e.text();
            assertEquals(want, ours.text(e.name()), e.name());
        }
        assertEquals(LedgerFixture.enterprise(ZONE, NAME).getCreditCode(), ours.text("AreainEtpsSccd"));
        WireElement relation = m.child("PassportAcmp").orElseThrow();
        assertEquals(sample.child("PassportAcmp").orElseThrow(), relation);
        assertEquals(ZONE, m.text("OperCusRegCode"), "the declaring card's enterprise: the 区内企业's");
    }

    private Document declaredSlip() throws Exception {
        PassportTest.approvedList(f, PassportTest.EMS, PassportTest.LIST);
        Document d = f.documents.create(SYSTEM, PassportType.ID, PassportTest.header(PassportTest.LIST));
        return f.declare(d);
    }

    /** GX's receipts of 2024: approved with the number in customs' copy, through the gate, then a 查验处置. */
    @Test
    void customsApprovesWithTheNumberInItsCopyTheVehiclePassesAndAnInspectionIsKept() throws Exception {
        Document d = declaredSlip();
        deliver("Successed_" + f.lastSentFile(), sample("xa-pass-common-resp.xml").replace("eport201904081009",
                "202400000069440319"));
        d = f.documents.get(SYSTEM, d.id());
        assertEquals(DocumentState.ACCEPTED, d.state());
        assertEquals("202400000069440319", d.seqNo());
        assertEquals("处理成功", f.latestReceipt(d).checks().get(0).toString());

        deliver("SAS221.xml", sample("SAS221.xml"));
        d = f.documents.get(SYSTEM, d.id());
        assertEquals(DocumentState.APPROVED, d.state());
        assertEquals("Z3111I240728000000000003", d.value("passportNo"), "from customs' SasPassportBsc");
        assertEquals("1", d.value("stucd"), "已审批");
        assertEquals(Map.of("passportNo", "Z3111I240728000000000003"), f.latestReceipt(d).numbers());

        // the sample is another slip's gate: its 预录入统一编号 is ours here
        deliver("SAS223.xml", sample("SAS223.xml").replace("202400000069405902", "202400000069440319"));
        d = f.documents.get(SYSTEM, d.id());
        assertEquals("2", d.value("stucd"), "已过卡");
        assertEquals("2024-07-26 17:31:59", d.value("passTime"));
        assertEquals("Z3111I240728000000000003", d.value("passportNo"), "the number stays");
        assertEquals(Receipt.Kind.RELEASE, f.latestReceipt(d).kind());

        deliver("SAS224.xml", sample("SAS224.xml").replace("202400000069449716", "202400000069440319"));
        d = f.documents.get(SYSTEM, d.id());
        assertEquals(DocumentState.APPROVED, d.state(), "a 查验处置 moves nothing");
        assertEquals("3", d.value("dspsResult"));
        assertEquals("2024-08-01 14:53:02", d.value("dspsTime"));
        assertEquals("2", d.value("stucd"));
        assertEquals(Receipt.Kind.BUSINESS, f.latestReceipt(d).kind());
        assertEquals(4, f.documents.receipts(SYSTEM, d.id()).size(), "every receipt kept");
    }

    /**
     * XA's receipts of 2019: the answer's SeqNo named by the approval, which has no copy (its businessId is the
     * number), the gate of two cards (已过二卡, both times), and a result 9 that is kept and moves nothing.
     */
    @Test
    void xiansReceiptsApproveWithoutACopyAndPassTwoGates() throws Exception {
        Document d = declaredSlip();
        deliver("Successed_" + f.lastSentFile(), sample("xa-pass-common-resp.xml"));
        deliver("CUS0000E0100002019010309242300017943432.xml", sample("xa-sas221-approved.xml"));
        d = f.documents.get(SYSTEM, d.id());
        assertEquals(DocumentState.APPROVED, d.state());
        assertEquals("Z9008I19010300999", d.value("passportNo"), "the approval's businessId");
        assertEquals("111", f.latestReceipt(d).remark());

        deliver("CUS0000E0100002019012816072400021374650.xml", sample("xa-sas223.xml"));
        d = f.documents.get(SYSTEM, d.id());
        assertEquals("4", d.value("stucd"), "已过二卡");
        assertEquals("2019-01-28 16:01:31", d.value("passTime"));
        assertEquals("2019-01-28 16:07:23", d.value("secdPassTime"));

        Document other = f.declare(f.documents.create(SYSTEM, PassportType.ID, PassportTest.header(
                PassportTest.LIST)));
        deliver("Successed_" + f.lastSentFile(), sample("xa-pass-common-resp.xml").replace("eport201904081009",
                "seq201903061457"));
        deliver("CUS0000E0100002019010309243400017943504.xml", sample("xa-sas221-result9.xml"));
        other = f.documents.get(SYSTEM, other.id());
        assertEquals(DocumentState.ACCEPTED, other.state(), "result 9: kept, moves nothing");
        assertEquals("", other.value("stucd"), "nor does its copy tell the slip anything");
        assertEquals("222", f.latestReceipt(other).remark());
        assertEquals(2, f.documents.receipts(SYSTEM, other.id()).size());
    }

    /**
     * Where the e-port client signs, the slip goes as the samples' skeleton (with their {@code PocketInfo}), no PIN
     * asked, and the client takes it for the card it names; customs' answers approve it as any other.
     */
    @Test
    void whereTheClientSignsTheSlipGoesAsTheSamplesSkeleton() throws Exception {
        f.harness.clientSigns(true);
        PassportTest.approvedList(f, PassportTest.EMS, PassportTest.LIST);
        Document d = f.documents.create(SYSTEM, PassportType.ID, PassportTest.header(PassportTest.LIST));
        d = f.documents.declare(SYSTEM, d.id(), d.version(), LedgerFixture.CARD, null, true);
        assertEquals(DocumentState.DECLARED, d.state());
        WireElement sent = LayoutCheck.read(f.sent().get(f.sent().size() - 1).content());
        WireElement data = sent.child("Object").orElseThrow().child("Package").orElseThrow().child("DataInfo")
                .orElseThrow();
        assertEquals(List.of("PocketInfo", "BussinessData"), data.childNames(), "as Ipassport.xml");
        assertEquals("1", data.child("PocketInfo").orElseThrow().text("is_unstructured"));
        assertEquals(LedgerFixture.CARD, sent.child("KeyInfo").orElseThrow().text("KeyName"));
        d = f.approve(d, Map.of("passportNo", "Z9000I260101000000000009"));
        assertEquals(DocumentState.APPROVED, d.state(), "the client opened it for the card it names");
        assertEquals("Z9000I260101000000000009", d.value("passportNo"));
    }

    @Test
    void aFailedAnswerIsDeclareFailedWithItsText() throws Exception {
        Document d = declaredSlip();
        deliver("Failed_" + f.lastSentFile(), sample("Failed_SAS121_I_9f0895a2-12f6-4d7b-9588-d53d3560e501.xml"));
        d = f.documents.get(SYSTEM, d.id());
        assertEquals(DocumentState.DECLARE_FAILED, d.state());
        String shown = f.latestReceipt(d).checks().get(0).toString();
        assertTrue(shown.contains("企业内部编号浙B2M765、区内企业编码330261A004与系统已有记录【202300000059988116】的对应字段重复"),
                shown);
    }
}
