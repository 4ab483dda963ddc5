package org.tongguan.ledger.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongguan.core.customs.CardType;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentService;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.enterprise.CreditCodes;
import org.tongguan.core.enterprise.Enterprise;
import org.tongguan.core.internal.declaration.TestDocuments;
import org.tongguan.core.internal.notice.NoticeServiceImpl;
import org.tongguan.core.notice.NoticeService;
import org.tongguan.core.security.UserContext;
import org.tongguan.core.testing.TestDatabase;
import org.tongguan.core.testing.TestPolicy;
import org.tongguan.ledger.internal.DcrType;
import org.tongguan.ledger.internal.EmsType;
import org.tongguan.ledger.MovementBook;
import org.tongguan.ledger.internal.book.LedgerBookImpl;
import org.tongguan.ledger.internal.book.LedgerRegistryImpl;
import org.tongguan.signing.sm2.internal.SoftwareCardSigner;

/**
 * The 加工贸易账册 area on a real database with a real SM2 signer, for unit tests of the area and of the areas that
 * move its ledgers: the document service, the ledger book in a ledger registry, the 加工贸易账册 and 报核 types, an enterprise with an
 * operator card, and customs' answers ({@link #approve}) sealed with a customs card.
 */
public final class LedgerFixture implements AutoCloseable {
    public static final UserContext SYSTEM = UserContext.system("test");
    public static final String ENTERPRISE = "6101940123";
    public static final String CARD = "OP6101940123";
    public static final char[] PIN = "135790".toCharArray();

    public final TestDatabase db;
    public final TestPolicy policy = new TestPolicy();
    public final SoftwareCardSigner signer;
    public final TestDocuments harness;
    public final DocumentService documents;
    public final NoticeService notices;
    public final LedgerBookImpl book;
    /** The registry of books, with {@link #book} for the kind E; other areas' tests add their books. */
    public final LedgerRegistryImpl registry = new LedgerRegistryImpl();
    private int numbers;

    /** @param cards a folder for the card media */
    public LedgerFixture(Path cards, String... areaChangelogs) {
        String[] changelogs = new String[2 + areaChangelogs.length];
        changelogs[0] = "org/tongguan/core/db/changelog.xml";
        changelogs[1] = "org/tongguan/ledger/db/changelog.xml";
        System.arraycopy(areaChangelogs, 0, changelogs, 2, areaChangelogs.length);
        db = new TestDatabase(changelogs);
        signer = new SoftwareCardSigner(cards);
        signer.issuer().issue(CARD, CardType.OPERATOR, ENTERPRISE, "张关务", PIN);
        harness = new TestDocuments(db, policy, signer);
        documents = harness.service();
        notices = new NoticeServiceImpl(db.jpa(), policy);
        book = new LedgerBookImpl(db.jpa(), policy, notices);
        registry.add(book, Map.of(MovementBook.KINDS, "E"));
        harness.enterprise(enterprise(ENTERPRISE, "西安高新加工贸易有限公司"));
        harness.add(new EmsType(book, book)).add(new DcrType(book, book));
    }

    public LedgerFixture add(DocumentType type) {
        harness.add(type);
        return this;
    }

    public static Enterprise enterprise(String code, String name) {
        Enterprise e = new Enterprise();
        e.setCustomsCode(code);
        String first17 = "91610000" + code.substring(1);
        e.setCreditCode(first17 + CreditCodes.checkCharacter(first17));
        e.setName(name);
        return e;
    }

    /** The header of a 加工贸易账册 of the test enterprise. */
    public static Map<String, String> ledgerHeader() {
        Map<String, String> h = new HashMap<>();
        for (String unit : new String[] {"bizop", "rcvgd", "dcl"}) {
            h.put(unit + "Etpsno", ENTERPRISE);
        }
        h.put("masterCuscd", "9000");
        h.put("dclEtpsTypecd", "1");
        h.put("usageTypecd", "1");
        h.put("finishValidDate", "2031-12-31");
        h.put("ucnsDclSegcd", "1");
        h.put("vclrPridVal", "365");
        return h;
    }

    /** A 料件 or 成品 row: 料号, HS code 3901100090 (聚乙烯) or 8536500000 (开关), unit 035 千克, 人民币. */
    public static Map<String, String> item(String mtno, String name, String hs, String price, String qty) {
        return Map.of("gdsMtno", mtno, "gdecd", hs, "gdsNm", name, "dclUnitcd", "035", "lawfUnitcd", "035",
                "dclUprcAmt", price, "dclCurrcd", "142", "dclQty", qty, "natcd", "142");
    }

    public static Map<String, String> bom(int product, int material, String net, String lossRate) {
        return Map.of("endprdSeqno", Integer.toString(product), "mtpckSeqno", Integer.toString(material),
                "ucnsVerno", "0", "netUseupQty", net, "tgblLossRate", lossRate);
    }

    public Document saveRow(Document d, String tab, Map<String, String> values) {
        return documents.saveItem(SYSTEM, d.id(), d.version(), tab, null, values);
    }

    /** 申报 with the enterprise's card. */
    public Document declare(Document d) {
        return documents.declare(SYSTEM, d.id(), d.version(), CARD, PIN, true);
    }

    /** Customs' import receipt and approval, with the numbers it assigns (kind → number). */
    public Document approve(Document d, Map<String, String> assigned) throws Exception {
        harness.answer(d.etpsPreentNo(), signer, TestDocuments.imported(d.etpsPreentNo(),
                "9000202600" + String.format("%08d", ++numbers)));
        harness.answer(d.etpsPreentNo(), signer, TestDocuments.judged(d.etpsPreentNo(), "1",
                assigned));
        return documents.get(SYSTEM, d.id());
    }

    /** Customs' answer to the latest message of {@code d}, not yet delivered. */
    public org.tongguan.core.customs.IncomingMessage receipt(Document d, TestDocuments.Answer answer) {
        return harness.receipt(d.etpsPreentNo(), signer, answer);
    }

    /** Customs' answer to {@code answered}, not yet delivered. */
    public org.tongguan.core.customs.IncomingMessage receipt(org.tongguan.core.customs.SignedMessage answered,
            TestDocuments.Answer answer) {
        return harness.receipt(answered, answer);
    }

    /** Customs' answer other than approval: 2 转人工 or 3 退单 with checks "code text". */
    public Document judge(Document d, String result, String... checks) throws Exception {
        harness.answer(d.etpsPreentNo(), signer, TestDocuments.judged(d.etpsPreentNo(),
                result, Map.of(), checks));
        return documents.get(SYSTEM, d.id());
    }

    /** Customs' release receipt (核扣). */
    public Document release(Document d) throws Exception {
        harness.answer(d.etpsPreentNo(), signer, TestDocuments.released(d.etpsPreentNo()));
        return documents.get(SYSTEM, d.id());
    }

    /**
     * A ledger of 3 料件 (1 PE 粒子 4.5/kg, 2 铜线 60/kg, 3 塑料外壳 2/kg) and 2 成品 (1 开关 A, 2 开关 B, 1000 each
     * filed), with the BOM: A takes 0.2 of 1 (2 % loss → 单耗 0.204081633), 0.05 of 2; B takes 0.3 of 1, 0.1 of 3
     * (4 % loss → 0.104166667): filed, declared and approved as {@code emsNo}.
     */
    public Document approvedLedger(String emsNo) throws Exception {
        Document d = approve(declaredLedger(), Map.of("emsNo", emsNo));
        if (d.state() != DocumentState.APPROVED) {
            throw new IllegalStateException("ledger not approved: " + d.state());
        }
        return d;
    }

    /** The ledger {@link #approvedLedger} describes, filed and declared. */
    public Document declaredLedger() {
        return declare(draftLedger());
    }

    /** The ledger {@link #approvedLedger} describes, filed (暂存). */
    public Document draftLedger() {
        Document d = documents.create(SYSTEM, EmsType.ID, ledgerHeader());
        d = saveRow(d, "mtpck", item("M-PE", "聚乙烯粒子", "3901100090", "4.5", "10000"));
        d = saveRow(d, "mtpck", item("M-CU", "铜线", "7408110000", "60", "2000"));
        d = saveRow(d, "mtpck", item("M-SHELL", "塑料外壳", "3926909090", "2", "5000"));
        d = saveRow(d, "endprd", item("P-A", "开关A", "8536500000", "23", "1000"));
        d = saveRow(d, "endprd", item("P-B", "开关B", "8536500000", "30", "1000"));
        d = saveRow(d, "ucns", bom(1, 1, "0.2", "2"));
        d = saveRow(d, "ucns", bom(1, 2, "0.05", "0"));
        d = saveRow(d, "ucns", bom(2, 1, "0.3", "0"));
        return saveRow(d, "ucns", bom(2, 3, "0.1", "4"));
    }

    public List<org.tongguan.core.customs.OutgoingMessage> sent() {
        return harness.sent();
    }

    /** The file name of the latest message handed to the transport: what the client's answer is named after. */
    public String lastSentFile() {
        List<org.tongguan.core.customs.OutgoingMessage> sent = sent();
        return sent.get(sent.size() - 1).fileName();
    }

    /** The latest receipt kept of the document. */
    public org.tongguan.core.declaration.Receipt latestReceipt(Document d) {
        return documents.receipts(SYSTEM, d.id()).get(0);
    }

    @Override
    public void close() {
        db.close();
    }
}
