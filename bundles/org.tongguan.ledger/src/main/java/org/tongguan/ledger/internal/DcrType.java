package org.tongguan.ledger.internal;

import static org.tongguan.ledger.LedgerTexts.plain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.Messages;
import org.tongguan.core.customs.wire.ImportLayout;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.Validator;
import org.tongguan.core.code.CodeTableId;
import org.tongguan.core.declaration.DocumentPage;
import org.tongguan.core.declaration.AbstractDocumentType;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentAction;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.DocumentRows;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.Elements;
import org.tongguan.core.declaration.Elements.Party;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.declaration.ItemTab;
import org.tongguan.core.declaration.RowCheck;
import org.tongguan.core.declaration.RowExplanation;
import org.tongguan.ledger.Ledger;
import org.tongguan.ledger.LedgerBook;
import org.tongguan.ledger.Source;
import org.tongguan.ledger.Verification;
import org.tongguan.ledger.internal.book.LedgerStore;
import org.tongguan.ledger.LedgerTexts;

/**
 * 账册报核 (manual 004 第3篇: 正常申报, 补充申报, 核销结果确认): for a ledger and a period, the product computes per
 * 料件 期初, 进口, 成品耗用 (through the BOM), the other movements and 应剩余 from the approved lists; the clerk enters
 * the 实际剩余 and sees 差异数量, 差异金额 (× 申报单价) and 差异率 (% of 应剩余). The figures are made again at every
 * 暂存; 申报 refuses figures that lists approved since have made stale. The period starts the day after the last
 * confirmed one (or at the ledger's first approval); a 补充 报核 repeats the period of an approved 正常 one. After
 * customs approves it, 核销结果确认 records the 实际剩余 as the start of the next period.
 */
@Component(service = DocumentType.class, property = "document.type=" + DcrType.ID)
public class DcrType extends AbstractDocumentType {
    public static final String ID = "dcr";
    /** The message's 类型代码 of a row: I 料件, E 成品 (EMS121.xsd {@code EmsChgoffDt}). */
    static final String ROW_KIND = "typecd";
    static final String PERMISSION = "ledger.dcr";
    static final Messages MESSAGES = QyzzType.MESSAGES;
    static final String MTPCK = "mtpck";
    static final String ENDPRD = "endprd";
    static final String CONFIRM = "confirm";
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private static final ZoneId CUSTOMS_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int EXPLAIN_LIMIT = 1000;

    private static final List<FieldSpec> HEADER = Elements.of(List.of(
            Elements.SEQ_NO,
            Elements.EMS_NO.asRequired(),
            FieldSpec.options("chgoffTypecd", "dcr.chgoffTypecd", FieldSpec.optionKeys("dcr.chgoffTypecd.", "1", "2"))
                    .asRequired().defaultValue("1"),
            FieldSpec.date("vclrBgnDate", "dcr.vclrBgnDate").asReadOnly(),
            FieldSpec.date("vclrEndDate", "dcr.vclrEndDate").asRequired(),
            FieldSpec.enterprise("bizopEtpsno", Elements.label("bizopEtpsno")).asReadOnly(),
            FieldSpec.text("bizopEtpsNm", Elements.label("bizopEtpsNm"), 512).asReadOnly(),
            Elements.MASTER_CUSCD.asReadOnly()),
            Party.DCL.fields(), List.of(
            FieldSpec.options("chgoffConfirm", "dcr.chgoffConfirm",
                    FieldSpec.optionKeys("dcr.chgoffConfirm.", "0", "1"))
                    .asReadOnly().defaultValue("0"),
            FieldSpec.date("confirmTime", "dcr.confirmTime").asReadOnly(),
            Elements.INPUT_TIME,
            Elements.RMK));

    private static final List<String> FIGURES = List.of("openQty", "impQty", "transInQty", "consumeQty", "rexpQty",
            "dmstQty", "transOutQty", "scrapQty", "expectQty");

    private static final List<ItemTab> TABS;

    static {
        List<FieldSpec> m = new ArrayList<>(List.of(
                Elements.GDS_SEQNO.asReadOnly(), Elements.GDS_MTNO.asReadOnly(), Elements.GDS_NM.asReadOnly(),
                Elements.DCL_UNITCD.asReadOnly(),
                Elements.DCL_UPRC_AMT.asReadOnly()));
        for (String f : FIGURES) {
            m.add(FieldSpec.decimal(f, "dcr." + f, 5).asReadOnly());
        }
        m.add(FieldSpec.decimal("actualQty", "dcr.actualQty", 5));
        m.add(FieldSpec.decimal("diffQty", "dcr.diffQty", 5).asReadOnly());
        m.add(FieldSpec.decimal("diffAmt", "dcr.diffAmt", 2).asReadOnly());
        m.add(FieldSpec.decimal("diffRate", "dcr.diffRate", 4).asReadOnly());
        List<FieldSpec> e = List.of(
                Elements.GDS_SEQNO.asReadOnly(), Elements.GDS_MTNO.asReadOnly(), Elements.GDS_NM.asReadOnly(),
                Elements.DCL_UNITCD.asReadOnly(),
                FieldSpec.decimal("expQty", "dcr.expQty", 5).asReadOnly(),
                FieldSpec.decimal("retInQty", "dcr.retInQty", 5).asReadOnly(),
                FieldSpec.decimal("retOutQty", "dcr.retOutQty", 5).asReadOnly());
        TABS = List.of(new ItemTab(MTPCK, "dcr.tab.mtpck", "EmsChgoffDt", m, null, List.of("gdsSeqno")).asDerived()
                .withRowField(ROW_KIND, "I"),
                new ItemTab(ENDPRD, "dcr.tab.endprd", "EmsChgoffDt", e, null, List.of("gdsSeqno")).asDerived()
                        .withRowField(ROW_KIND, "E"));
    }

    private final LedgerBook book;
    private final LedgerStore store;
    private final Clock clock;

    @Activate
    public DcrType(@Reference LedgerBook book, @Reference LedgerStore store) {
        this(book, store, Clock.systemUTC());
    }

    DcrType(LedgerBook book, LedgerStore store, Clock clock) {
        super(new Description(ID, MESSAGES, "dcr.title", PERMISSION, ImportLayout.EMS121, "EMS", "bizopEtpsno",
                HEADER, TABS, "inputTime", null, "emsNo", null, List.of())
                .withPages(DocumentPage.entry("ledger/dcr", LedgerMenu.ENTRY, 30, "dcr.title"),
                        DocumentPage.query("ledger/dcr-query", LedgerMenu.QUERY, 40, "dcr.query.title")));
        this.book = book;
        this.store = store;
        this.clock = clock;
    }

    /** The ledger fills the 经营单位 and 主管海关; the period starts where the rules say and ends by today. */
    @Override
    public void validateHeader(Map<String, String> header, Validator v) {
        String emsNo = header.get("emsNo");
        Optional<Ledger> ledger = emsNo == null ? Optional.empty() : book.ledger(emsNo);
        if (emsNo != null && ledger.isEmpty()) {
            v.error("emsNo", MESSAGES, "ledger.notApproved", emsNo);
            return;
        }
        if (ledger.isEmpty()) {
            return;
        }
        Ledger l = ledger.get();
        header.put("bizopEtpsno", l.enterpriseCode());
        putIfText(header, "bizopEtpsNm", l.enterpriseName());
        putIfText(header, "masterCuscd", l.masterCuscd());
        String endText = header.get("vclrEndDate");
        if (endText == null) {
            return;
        }
        LocalDate end = LocalDate.parse(endText, BASIC);
        LocalDate begin;
        if ("2".equals(header.get("chgoffTypecd"))) {
            Optional<LocalDate> normal = store.normalPeriodEndingOn(l.emsNo(), end);
            if (normal.isEmpty()) {
                v.error("chgoffTypecd", MESSAGES, "dcr.supplement.noNormal", end.toString());
                return;
            }
            begin = normal.get();
        } else {
            begin = book.nextPeriodStart(l.emsNo());
        }
        header.put("vclrBgnDate", BASIC.format(begin));
        if (end.isBefore(begin)) {
            v.error("vclrEndDate", MESSAGES, "dcr.vclrEndDate.beforeBegin", begin.toString());
        } else if (end.isAfter(LocalDate.now(clock.withZone(CUSTOMS_ZONE)))) {
            v.error("vclrEndDate", MESSAGES, "dcr.vclrEndDate.future");
        }
    }

    private static void putIfText(Map<String, String> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value);
        }
    }

    /** The figures of the period, made again; the 实际剩余 entered so far kept by 序号. */
    @Override
    public Map<String, List<Map<String, String>>> deriveItems(Document doc) {
        Verification ver = verification(doc).orElse(null);
        if (ver == null) {
            return Map.of(MTPCK, List.of(), ENDPRD, List.of());
        }
        Map<String, String> actual = new HashMap<>();
        for (Document.Item i : doc.items(MTPCK)) {
            if (!i.value("actualQty").isEmpty()) {
                actual.put(i.value("gdsSeqno"), i.value("actualQty"));
            }
        }
        List<Map<String, String>> materials = new ArrayList<>();
        for (Verification.Material m : ver.materials()) {
            Map<String, String> row = materialRow(m);
            String seq = row.get("gdsSeqno");
            if (actual.containsKey(seq)) {
                row.put("actualQty", actual.get(seq));
                differences(row);
            }
            materials.add(row);
        }
        List<Map<String, String>> products = new ArrayList<>();
        for (Verification.Product p : ver.products()) {
            Map<String, String> row = new LinkedHashMap<>();
            itemColumns(row, p.item());
            row.put("expQty", plain(p.exported()));
            row.put("retInQty", plain(p.returnedIn()));
            row.put("retOutQty", plain(p.returnedOut()));
            products.add(row);
        }
        return Map.of(MTPCK, materials, ENDPRD, products);
    }

    private Optional<Verification> verification(Document doc) {
        String begin = doc.value("vclrBgnDate");
        String end = doc.value("vclrEndDate");
        if (doc.value("emsNo").isEmpty() || begin.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(book.verify(doc.value("emsNo"), LocalDate.parse(begin, BASIC),
                LocalDate.parse(end, BASIC)));
    }

    private static Map<String, String> materialRow(Verification.Material m) {
        Map<String, String> row = new LinkedHashMap<>();
        itemColumns(row, m.item());
        if (m.item().price() != null) {
            row.put("dclUprcAmt", plain(m.item().price()));
        }
        BigDecimal[] values = {m.opening(), m.imported(), m.transferIn(), m.consumed(), m.reexported(),
            m.domestic(), m.transferOut(), m.scrap(), m.expected()};
        for (int i = 0; i < FIGURES.size(); i++) {
            row.put(FIGURES.get(i), plain(values[i]));
        }
        return row;
    }

    private static void itemColumns(Map<String, String> row, org.tongguan.ledger.LedgerItem item) {
        row.put("gdsSeqno", Long.toString(item.seqNo()));
        putIfText(row, "gdsMtno", item.mtno());
        putIfText(row, "gdsNm", item.name());
        putIfText(row, "dclUnitcd", item.unit());
    }

    /** 差异数量 = 实际剩余 − 应剩余; 差异金额 = 差异 × 申报单价 (2 decimals); 差异率 = 差异 / 应剩余 × 100 (4 decimals). */
    static void differences(Map<String, String> row) {
        String actual = row.get("actualQty");
        if (actual == null || actual.isBlank()) {
            row.remove("diffQty");
            row.remove("diffAmt");
            row.remove("diffRate");
            return;
        }
        BigDecimal expected = new BigDecimal(row.getOrDefault("expectQty", "0"));
        BigDecimal diff = new BigDecimal(actual).subtract(expected);
        row.put("diffQty", plain(diff));
        String price = row.get("dclUprcAmt");
        if (price != null) {
            row.put("diffAmt", plain(diff.multiply(new BigDecimal(price)).setScale(2, RoundingMode.HALF_UP)));
        } else {
            row.remove("diffAmt");
        }
        if (expected.signum() != 0) {
            row.put("diffRate", plain(diff.multiply(BigDecimal.valueOf(100)).divide(expected, 4,
                    RoundingMode.HALF_UP)));
        } else {
            row.remove("diffRate");
        }
    }

    @Override
    public RowCheck rowCheck(String tab, Map<String, String> header, DocumentRows rows) {
        return MTPCK.equals(tab) ? (row, v) -> differences(row) : RowCheck.NONE;
    }

    /** Every 料件 has its 实际剩余, and the figures are still those of the approved lists. */
    @Override
    public void validateDeclaration(Document doc, Validator v) {
        int n = 0;
        for (Document.Item i : doc.items(MTPCK)) {
            n++;
            if (i.value("actualQty").isEmpty()) {
                v.error(MTPCK + ".actualQty", MESSAGES, "dcr.actualQty.required", Integer.toString(n),
                        i.value("gdsSeqno"), i.value("gdsMtno"));
            }
        }
        Map<String, List<Map<String, String>>> fresh = deriveItems(doc);
        List<Map<String, String>> now = fresh.get(MTPCK);
        List<Document.Item> stored = doc.items(MTPCK);
        boolean stale = now.size() != stored.size();
        for (int i = 0; !stale && i < now.size(); i++) {
            for (String f : FIGURES) {
                if (!now.get(i).getOrDefault(f, "").equals(stored.get(i).value(f))) {
                    stale = true;
                }
            }
        }
        if (stale) {
            v.error("vclrEndDate", MESSAGES, "dcr.stale");
        }
    }

    @Override
    public boolean observesEvents() {
        return true;
    }

    @Override
    public void after(Document doc, DocumentEvent event, DocumentState from) {
        if (event == DocumentEvent.APPROVE) {
            store.recordPeriod(doc.value("emsNo"), doc.id(), doc.value("chgoffTypecd"),
                    LocalDate.parse(doc.value("vclrBgnDate"), BASIC), LocalDate.parse(doc.value("vclrEndDate"), BASIC));
        }
    }

    @Override
    public List<DocumentAction> actions() {
        return List.of(new DocumentAction(CONFIRM, "dcr.action.confirm", Set.of(DocumentState.APPROVED)));
    }

    /** 核销结果确认: once; the 实际剩余 become the next period's 期初. */
    @Override
    public void perform(String action, Document doc, Map<String, String> header, Validator v) {
        if (!CONFIRM.equals(action)) {
            throw new IllegalArgumentException(action);
        }
        if ("1".equals(header.get("chgoffConfirm"))) {
            throw new RuleViolation(LedgerTexts.MESSAGES, "ledger.chgoff.confirmed");
        }
        Map<Long, BigDecimal> actual = new HashMap<>();
        for (Document.Item i : doc.items(MTPCK)) {
            actual.put(Long.parseLong(i.value("gdsSeqno")), new BigDecimal(i.value("actualQty")));
        }
        store.confirm(doc.id(), actual);
        header.put("chgoffConfirm", "1");
        header.put("confirmTime", BASIC.format(LocalDate.now(clock.withZone(CUSTOMS_ZONE))));
    }

    @Override
    public boolean explains(String tab) {
        return MTPCK.equals(tab);
    }

    /** The lists (and, for 成品耗用, the exported 成品 with their BOM rows) behind a 料件's figures. */
    @Override
    public Optional<RowExplanation> explain(Document doc, String tab, Document.Item row, Locale locale) {
        if (!MTPCK.equals(tab) || doc.value("emsNo").isEmpty() || doc.value("vclrBgnDate").isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = LocalDate.parse(doc.value("vclrBgnDate"), BASIC);
        LocalDate to = LocalDate.parse(doc.value("vclrEndDate"), BASIC);
        List<Source> sources = book.sources(doc.value("emsNo"), from, to, Long.parseLong(row.value("gdsSeqno")),
                EXPLAIN_LIMIT);
        List<String> headings = new ArrayList<>();
        for (String h : new String[] {"listNo", "date", "kind", "endprdSeqno", "ucnsVerno", "qty", "ucns", "bond",
            "effect"}) {
            headings.add(MESSAGES.get("dcr.explain." + h, locale));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Source s : sources) {
            rows.add(List.of(s.listNo(), s.date().toString(), MESSAGES.get(s.kind().messageKey(), locale),
                    s.endprdSeqNo() == null ? "" : s.endprdSeqNo().toString(), s.ucnsVerno() == null ? ""
                            : s.ucnsVerno(), plain(s.quantity()), s.ucns() == null ? "" : plain(s.ucns()),
                    s.bondRatio() == null ? "" : plain(s.bondRatio()), plain(s.effect())));
        }
        String note = MESSAGES.get("dcr.explain.note", locale, row.value("openQty"), row.value("impQty"),
                row.value("transInQty"), row.value("consumeQty"), row.value("rexpQty"), row.value("dmstQty"),
                row.value("transOutQty"), row.value("scrapQty"), row.value("expectQty"))
                + (sources.size() >= EXPLAIN_LIMIT ? " " + MESSAGES.get("dcr.explain.limited", locale, EXPLAIN_LIMIT)
                        : "");
        return Optional.of(new RowExplanation(MESSAGES.get("dcr.explain.title", locale, row.value("gdsSeqno"),
                row.value("gdsMtno"), row.value("gdsNm"), from.toString(), to.toString()), headings, rows, note));
    }
}
