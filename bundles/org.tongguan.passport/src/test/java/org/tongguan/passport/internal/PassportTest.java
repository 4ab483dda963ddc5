package org.tongguan.passport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongguan.ledger.testing.LedgerFixture.ENTERPRISE;
import static org.tongguan.ledger.testing.LedgerFixture.SYSTEM;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongguan.core.ValidationException;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.invt.internal.InvtType;
import org.tongguan.ledger.testing.LedgerFixture;

/**
 * 核放单 on the real document service and database, bound to real 核注清单 under an approved ledger: the 关联单证 rules
 * (how many the 绑定类型 allows, a 核注清单 only if customs approved it for the 区内企业, none for 卡口登记 and 空车), the
 * weights, the goods filled from the list, and 作废 as the only change after approval.
 */
class PassportTest {
    static final String EMS = "E90000000001";
    static final String LIST = "QD900026I000000001";
    static final String OTHER_LIST = "QD900026I000000002";

    @TempDir
    Path dir;
    private LedgerFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = fixture(dir);
        approvedList(f, EMS, LIST);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    /** The ledger area's fixture with the list and the release slip types, and an approved ledger. */
    static LedgerFixture fixture(Path dir) throws Exception {
        LedgerFixture f = new LedgerFixture(dir.resolve("cards"));
        f.add(new InvtType(f.registry));
        f.add(new PassportType(f.registry, () -> f.documents));
        f.approvedLedger(EMS);
        return f;
    }

    /** A 核注清单 (进口 of 料件 1) under the ledger, of its enterprise, declared and approved with that number. */
    static Document approvedList(LedgerFixture f, String emsNo, String bondInvtNo) throws Exception {
        Document d = f.declare(list(f, emsNo));
        d = f.approve(d, Map.of("bondInvtNo", bondInvtNo));
        assertEquals(DocumentState.APPROVED, d.state());
        return d;
    }

    /** A 核注清单 (进口 of 500 of 料件 1) under the ledger, 暂存. */
    static Document list(LedgerFixture f, String emsNo) {
        String enterprise = f.registry.ledger(emsNo).orElseThrow().enterpriseCode();
        Map<String, String> h = new HashMap<>(Map.of("putrecNo", emsNo, "impexpMarkcd", "I", "mtpckEndprdMarkcd", "I",
                "supvModecd", "0615", "trspModecd", "2", "impexpPortcd", "9000", "dclPlcCuscd", "9000",
                "stshipTrsarvNatcd", "502", "dclcusFlag", "2", "invtType", "0"));
        h.put("rcvgdEtpsno", enterprise);
        h.put("dclEtpsno", enterprise);
        Document d = f.documents.create(SYSTEM, InvtType.ID, h);
        return f.saveRow(d, InvtType.ITEMS, Map.of("putrecSeqno", "1", "dclQty", "500", "natcd", "502"));
    }

    /** A 核放单 入区 of the test enterprise, 二线进出区, 一票一车, bound to the list; weights of Ipassport.xml. */
    static Map<String, String> header(String rltNo) {
        Map<String, String> h = new HashMap<>();
        h.put("ioTypecd", "I");
        h.put("passportTypecd", "3");
        h.put("bindTypecd", "2");
        h.put("rltNo", rltNo);
        h.put("masterCuscd", "9000");
        h.put("areainEtpsno", ENTERPRISE);
        h.put("dclEtpsno", ENTERPRISE);
        h.put("vehicleNo", "陕AS09P7");
        h.put("vehicleWt", "1450");
        h.put("vehicleFrameWt", "1120");
        h.put("totalGrossWt", "400");
        h.put("totalNetWt", "285.478");
        h.put("dclErConc", "张关务 029-88886666");
        return h;
    }

    private Document slip(Map<String, String> header) {
        return f.documents.create(SYSTEM, PassportType.ID, header);
    }

    private static Map<String, String> with(Map<String, String> h, String... keyValues) {
        Map<String, String> m = new HashMap<>(h);
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] == null) {
                m.remove(keyValues[i]);
            } else {
                m.put(keyValues[i], keyValues[i + 1]);
            }
        }
        return m;
    }

    private ValidationException refused(Map<String, String> header) {
        return assertThrows(ValidationException.class, () -> slip(header));
    }

    @Test
    void aSlipBoundToAnApprovedListKeepsItsRelationAndItsComputedTotalWeight() {
        Document d = slip(header(LIST));
        assertEquals(ENTERPRISE, d.enterpriseCode(), "the 区内企业's slip");
        assertEquals("1", d.value("rltTbTypecd"), "二线进出区 relates a 核注清单");
        assertEquals("2970", d.value("totalWt"), "1450 + 1120 + 0 + 400");
        assertEquals("1", d.value("dclTypecd"), "备案");
        assertEquals(ENTERPRISE, d.value("inputEtpsno"), "the 申报企业 enters it when no 录入单位 is given");
        assertEquals("西安高新加工贸易有限公司", d.value("inputName"));
        List<Document.Item> relations = d.items(PassportType.RELATIONS);
        assertEquals(1, relations.size());
        assertEquals(Map.of("rtlBillTypecd", "1", "rtlBillNo", LIST), relations.get(0).values());
    }

    @Test
    void aRelatedListMustBeOneCustomsApprovedForTheEnterpriseInTheZone() throws Exception {
        ValidationException unknown = refused(header("QD900026I000000099"));
        assertEquals("rltNo", unknown.errors().get(0).field());
        assertTrue(unknown.getMessage().contains("核注清单 QD900026I000000099 不是区内企业 6101940123 经海关审批通过的核注清单"),
                unknown.getMessage());
        // declared, not yet approved: customs gave it no 核注清单编号 yet
        Document declared = f.declare(list(f, EMS));
        ValidationException waiting = refused(header(declared.etpsPreentNo()));
        assertTrue(waiting.getMessage().contains("核注清单 " + declared.etpsPreentNo() + " 不是区内企业"),
                waiting.getMessage());
        // another enterprise in the zone may not name this one's list
        f.harness.enterprise(LedgerFixture.enterprise("6101940124", "西安另一家保税企业有限公司"));
        ValidationException other = refused(with(header(LIST), "areainEtpsno", "6101940124"));
        assertTrue(other.getMessage().contains("不是区内企业 6101940124 经海关审批通过的核注清单"), other.getMessage());
    }

    @Test
    void theBindingTypeDecidesHowManyRelatedDocuments() throws Exception {
        approvedList(f, EMS, OTHER_LIST);
        ValidationException two = refused(header(LIST + "," + OTHER_LIST));
        assertTrue(two.getMessage().contains("一票一车的核放单只可有一个关联单证，填写了 2 个"), two.getMessage());
        ValidationException one = refused(with(header(LIST), "bindTypecd", "1"));
        assertTrue(one.getMessage().contains("一车多票的核放单须关联多个单证"), one.getMessage());
        // 一车多票: several, however the clerk separated them; written as customs' receipts join them
        Document d = slip(with(header(LIST + "， " + OTHER_LIST + "\\" + LIST), "bindTypecd", "1"));
        assertEquals(LIST + "\\" + OTHER_LIST, d.value("rltNo"));
        assertEquals(2, d.items(PassportType.RELATIONS).size());
        ValidationException many = refused(with(header(LIST), "bindTypecd", "3", "rltNo", LIST + " " + OTHER_LIST));
        assertTrue(many.getMessage().contains("一票多车的核放单只可有一个关联单证"), many.getMessage());
    }

    @Test
    void gateRegisteredGoodsAndEmptyVehiclesRelateNoDocumentAndAnEmptyVehicleCarriesNoGoods() {
        ValidationException gate = refused(with(header(LIST), "passportTypecd", "5"));
        assertEquals("rltNo", gate.errors().get(0).field());
        assertTrue(gate.getMessage().contains("卡口登记货物的核放单不关联单证"), gate.getMessage());
        Document registered = slip(with(header(LIST), "passportTypecd", "5", "rltNo", null));
        assertTrue(registered.items(PassportType.RELATIONS).isEmpty());

        Document empty = slip(with(header(LIST), "passportTypecd", "6", "rltNo", null, "totalGrossWt", null,
                "totalNetWt", null));
        assertEquals("0", empty.value("totalGrossWt"));
        assertEquals("2570", empty.value("totalWt"), "vehicle and trailer only");
        ValidationException goods = assertThrows(ValidationException.class, () -> f.saveRow(empty,
                PassportType.ITEMS, Map.of("gdsNm", "铜线", "gdecd", "7408110000", "dclUnitcd", "035", "dclQty", "1",
                        "grossWt", "1", "netWt", "1")));
        assertTrue(goods.getMessage().contains("空车进出区的核放单没有表体"), goods.getMessage());
        ValidationException loaded = refused(with(header(LIST), "passportTypecd", "6", "rltNo", null));
        assertTrue(loaded.getMessage().contains("空车进出区的核放单没有货物，货物总毛重须为 0（填写的是 400）"),
                loaded.getMessage());
        // a 提运单 by its own number; an 出入库单 in customs' form
        assertEquals("3", slip(with(header("COSU6391946850"), "passportTypecd", "1")).value("rltTbTypecd"));
        ValidationException stock = refused(with(header("X9008I19012800001"), "passportTypecd", "4"));
        assertTrue(stock.getMessage().contains("出入库单编号 X9008I19012800001 格式不对"), stock.getMessage());
        assertEquals("2", slip(with(header("X9008I190128000001"), "passportTypecd", "4")).value("rltTbTypecd"));
    }

    @Test
    void weightsAreAboveZeroAndTheTotalIsTheirSumWithinHalfAPercent() {
        ValidationException zero = refused(with(header(LIST), "vehicleWt", "0"));
        assertEquals("vehicleWt", zero.errors().get(0).field());
        assertTrue(zero.getMessage().contains("车自重须大于 0（填写的是 0）"), zero.getMessage());
        ValidationException net = refused(with(header(LIST), "totalNetWt", "401"));
        assertTrue(net.getMessage().contains("净重 401 不能大于毛重 400"), net.getMessage());
        ValidationException total = refused(with(header(LIST), "totalWt", "3000", "containerWt", "15"));
        assertEquals("totalWt", total.errors().get(0).field());
        assertTrue(total.getMessage().contains(
                "总重量 3000 与 车自重 1450 + 车架重 1120 + 集装箱自重 15 + 货物总毛重 400 = 2985 不符（至多相差 0.5%）"),
                total.getMessage());
        // 出区 sample Epassport.xml: 1825 declared for 1255 + 570 + 0 + 3.12 = 1828.12, 0.17 % apart
        Document close = slip(with(header(LIST), "vehicleWt", "1255", "vehicleFrameWt", "570", "totalGrossWt",
                "3.12", "totalNetWt", "2.72", "totalWt", "1825"));
        assertEquals("1825", close.value("totalWt"), "as declared");
        ValidationException missing = refused(with(header(LIST), "totalGrossWt", null));
        assertTrue(missing.getMessage().contains("货物总毛重为必填项"), missing.getMessage());
    }

    @Test
    void aRowNamingTheListsRowIsFilledFromItAndItsWeightsAreChecked() {
        Document d = slip(header(LIST));
        d = f.saveRow(d, PassportType.ITEMS, Map.of("rltGdsSeqno", "1", "dclQty", "500", "grossWt", "400",
                "netWt", "285.478"));
        Document.Item row = d.items(PassportType.ITEMS).get(0);
        assertEquals("1", row.value("passportSeqNo"));
        assertEquals("M-PE", row.value("gdsMtno"), "the list's row 1");
        assertEquals("3901100090", row.value("gdecd"));
        assertEquals("聚乙烯粒子", row.value("gdsNm"));
        assertEquals("035", row.value("dclUnitcd"));
        Document doc = d;
        ValidationException unknown = assertThrows(ValidationException.class, () -> f.saveRow(doc,
                PassportType.ITEMS, Map.of("rltGdsSeqno", "7", "dclQty", "1", "grossWt", "1", "netWt", "1")));
        assertEquals("items.rltGdsSeqno", unknown.errors().get(0).field());
        assertTrue(unknown.getMessage().contains("关联商品序号 7 不是核注清单 " + LIST + " 的表体序号"), unknown.getMessage());
        ValidationException weights = assertThrows(ValidationException.class, () -> f.saveRow(doc,
                PassportType.ITEMS, Map.of("rltGdsSeqno", "1", "dclQty", "1", "grossWt", "0", "netWt", "0")));
        assertTrue(weights.getMessage().contains("毛重须大于 0"), weights.getMessage());
        ValidationException named = assertThrows(ValidationException.class, () -> f.saveRow(doc,
                PassportType.ITEMS, Map.of("dclQty", "1", "grossWt", "2", "netWt", "1")));
        assertTrue(named.getMessage().contains("商品名称为必填项"), named.getMessage());
    }

    @Test
    void anApprovedSlipIsCancelledByItsOnlyChangeUnlessItPassedTheGate() throws Exception {
        Document d = f.declare(slip(header(LIST)));
        d = f.approve(d, Map.of("passportNo", "Z9000I260101000000000001"));
        assertEquals(DocumentState.APPROVED, d.state());
        assertEquals("Z9000I260101000000000001", d.value("passportNo"));
        d = f.documents.change(SYSTEM, d.id(), d.version());
        assertEquals(DocumentState.DRAFT, d.state());
        assertEquals("3", d.value("dclTypecd"), "作废");
        d = f.approve(f.declare(d), Map.of());
        assertEquals("6", d.value("stucd"), "已作废");
        assertEquals("Z9000I260101000000000001", d.value("passportNo"));
        Document cancelled = f.documents.change(SYSTEM, d.id(), d.version());
        ValidationException again = assertThrows(ValidationException.class, () -> f.declare(cancelled));
        assertTrue(again.getMessage().contains("核放单 Z9000I260101000000000001 已作废，不能作废"), again.getMessage());

        Document passed = f.declare(slip(header(LIST)));
        passed = f.approve(passed, Map.of("passportNo", "Z9000I260101000000000002"));
        passed = f.release(passed); // the gate: SAS223 已过卡
        assertEquals("2", passed.value("stucd"));
        Document p = f.documents.change(SYSTEM, passed.id(), passed.version());
        ValidationException late = assertThrows(ValidationException.class, () -> f.declare(p));
        assertTrue(late.getMessage().contains("已过卡，不能作废"), late.getMessage());
    }
}
