package org.tongguan.ledger.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.Messages;
import org.tongguan.core.customs.wire.ImportLayout;
import org.tongguan.core.Validator;
import org.tongguan.core.code.CodeTableId;
import org.tongguan.core.declaration.DocumentPage;
import org.tongguan.core.declaration.AttachmentRules;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.DocumentRows;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.Elements;
import org.tongguan.core.declaration.Elements.Party;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.declaration.ItemTab;
import org.tongguan.core.declaration.RowCheck;
import org.tongguan.ledger.LedgerBook;
import org.tongguan.ledger.Mark;
import org.tongguan.ledger.internal.book.LedgerBookImpl;
import org.tongguan.ledger.internal.book.LedgerStore;

/**
 * 加工贸易账册 备案 and 变更 (manual 000 §四(二), manual 004 第3篇): the ledger's header, its 料件 and 成品, and their
 * 单损耗 (BOM). 序号 and 料号 are unique per tab; a BOM row names a 成品 and a 料件 of the ledger and its 单耗 is
 * {@code 净耗 / (1 − 有形损耗率 / 100)} (9 decimals, HALF_UP): computed when left blank, refused when it disagrees. A
 * 变更 of the approved ledger keeps each row's 修改标志. When customs approves it, the ledger's rows become what lists
 * are checked and counted against; the simulator assigns the 账册编号 (E + 关区 + sequence) at the first approval.
 */
@Component(service = DocumentType.class, property = "document.type=" + EmsType.ID)
public class EmsType extends FilingType {
    public static final String ID = "ems";
    static final String PERMISSION = "ledger.ems";
    static final Messages MESSAGES = QyzzType.MESSAGES;
    static final String MTPCK = LedgerBookImpl.MTPCK;
    static final String ENDPRD = LedgerBookImpl.ENDPRD;
    static final String BOM = LedgerBookImpl.BOM;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** 单耗 carries 9 decimals (docs/domain.md). */
    static final int UCNS_SCALE = 9;

    private static final List<FieldSpec> HEADER = Elements.of(List.of(Elements.SEQ_NO, Elements.EMS_NO.asReadOnly(),
            Elements.CHG_TMS_CNT, Elements.MASTER_CUSCD.asRequired()),
            Party.BIZOP.fields(), Party.RCVGD.fields(), Party.DCL.fields(), List.of(
            FieldSpec.options("dclEtpsTypecd", "ems.dclEtpsTypecd", FieldSpec.optionKeys("ems.dclEtpsTypecd.", "1", "2",
                    "3")).asRequired().defaultValue("1"),
            FieldSpec.options("dclTypecd", "ems.dclTypecd", FieldSpec.optionKeys("ems.dclTypecd.", "1", "2"))
                    .asReadOnly().defaultValue("1"),
            FieldSpec.options("usageTypecd", "ems.usageTypecd", FieldSpec.optionKeys("ems.usageTypecd.", "1", "2", "3",
                    "4")).asRequired().defaultValue("1"),
            FieldSpec.text("netwkEtpsArcrpNo", Elements.label("netwkEtpsArcrpNo"), 64),
            FieldSpec.text("apcretNo", "ems.apcretNo", 64),
            Elements.FINISH_VALID_DATE.asRequired(),
            FieldSpec.decimal("maxTovrAmt", "ems.maxTovrAmt", 4),
            FieldSpec.options("ucnsDclSegcd", "ems.ucnsDclSegcd", FieldSpec.optionKeys("ems.ucnsDclSegcd.", "1", "2"))
                    .asRequired().defaultValue("1"),
            FieldSpec.integer("vclrPridVal", "ems.vclrPridVal", 4).asRequired().defaultValue("365"),
            Elements.PUTREC_APPR_TIME, Elements.CHG_APPR_TIME),
            Party.INPUT.fields(), List.of(Elements.INPUT_TIME, Elements.RMK));

    /** 料件 and 成品: the 企业资质申请 row and what a ledger keeps besides. */
    static List<FieldSpec> itemColumns() {
        List<FieldSpec> c = new java.util.ArrayList<>(QyzzType.itemColumns());
        c.add(FieldSpec.code("lvyrlfModecd", "item.lvyrlfModecd", CodeTableId.LEVY_MODE));
        c.add(FieldSpec.decimal("apprMaxSurpQty", "item.apprMaxSurpQty", 5));
        c.add(Elements.MODF_MARKCD);
        return c;
    }

    static List<FieldSpec> bomColumns() {
        return List.of(
                FieldSpec.integer("endprdSeqno", "ucns.endprdSeqno", 9).asRequired(),
                FieldSpec.integer("mtpckSeqno", "ucns.mtpckSeqno", 9).asRequired(),
                FieldSpec.text("ucnsVerno", "ucns.ucnsVerno", 8).defaultValue("0"),
                FieldSpec.decimal("netUseupQty", "ucns.netUseupQty", UCNS_SCALE).asRequired(),
                FieldSpec.decimal("tgblLossRate", "ucns.tgblLossRate", UCNS_SCALE).defaultValue("0"),
                FieldSpec.decimal("intgbLossRate", "ucns.intgbLossRate", UCNS_SCALE),
                FieldSpec.decimal("ucnsQty", "ucns.ucnsQty", UCNS_SCALE),
                FieldSpec.decimal("bondMtpckPrpr", "ucns.bondMtpckPrpr", 5).defaultValue("100"),
                FieldSpec.options("ucnsDclStucd", "ucns.ucnsDclStucd",
                        FieldSpec.optionKeys("ucns.ucnsDclStucd.", "1", "2",
                        "3")).defaultValue("2"),
                Elements.MODF_MARKCD);
    }

    private static final List<ItemTab> TABS = List.of(
            new ItemTab(MTPCK, "ems.tab.mtpck", "EmsPutrecImg", itemColumns(), "gdsSeqno", List.of("gdsSeqno", "gdsMtno"))
                    .withMarks("modfMarkcd"),
            new ItemTab(ENDPRD, "ems.tab.endprd", "EmsPutrecExg", itemColumns(), "gdsSeqno", List.of("gdsSeqno", "gdsMtno"))
                    .withMarks("modfMarkcd"),
            new ItemTab(BOM, "ems.tab.ucns", "EmsPutrecCm", bomColumns(), null,
                    List.of("endprdSeqno+mtpckSeqno+ucnsVerno")).withMarks("modfMarkcd"));

    private static final AttachmentRules ATTACHMENTS = new AttachmentRules(Set.of("pdf", "jpg", "jpeg", "png"),
            QyzzType.MAX_ATTACHMENT, FieldSpec.optionKeys("qyzz.acmp.", "01", "02", "03", "99"));

    private final LedgerStore store;
    private final LedgerBook book;

    @Activate
    public EmsType(@Reference LedgerStore store, @Reference LedgerBook book) {
        super(new Description(ID, MESSAGES, "ems.title", PERMISSION, ImportLayout.EMS111, "EMS", "bizopEtpsno",
                HEADER, TABS, "inputTime", "chgTmsCnt", "emsNo", ATTACHMENTS, List.of())
                .withPages(DocumentPage.entry("ledger/ems", LedgerMenu.ENTRY, 20, "ems.title"),
                        DocumentPage.query("ledger/ems-query", LedgerMenu.QUERY, 20, "ems.query.title")), "emsNo", "emsNo",
                "ems.finishValidDate.past");
        this.store = store;
        this.book = book;
    }

    /**
     * BOM rows: the 成品 and 料件 exist in the ledger; loss rates from 0 to under 100 %, 保税料件比例 above 0 and at
     * most 100 %; 单耗 = 净耗 / (1 − 有形损耗率 / 100).
     */
    @Override
    public RowCheck rowCheck(String tab, Map<String, String> header, DocumentRows rows) {
        if (!BOM.equals(tab)) {
            return RowCheck.NONE;
        }
        Set<String> products = seqNos(rows, ENDPRD);
        Set<String> materials = seqNos(rows, MTPCK);
        return (row, v) -> {
            row.putIfAbsent("ucnsVerno", "0");
            if (!products.contains(row.get("endprdSeqno"))) {
                v.error("endprdSeqno", MESSAGES, "ucns.endprdSeqno.unknown", row.get("endprdSeqno"));
            }
            if (!materials.contains(row.get("mtpckSeqno"))) {
                v.error("mtpckSeqno", MESSAGES, "ucns.mtpckSeqno.unknown", row.get("mtpckSeqno"));
            }
            BigDecimal tangible = decimal(row.get("tgblLossRate"));
            BigDecimal intangible = decimal(row.get("intgbLossRate"));
            for (String key : new String[] {"tgblLossRate", "intgbLossRate"}) {
                BigDecimal rate = key.equals("tgblLossRate") ? tangible : intangible;
                if (rate.compareTo(HUNDRED) >= 0) {
                    v.error(key, MESSAGES, "ucns.lossRate.range", new Messages.Key("ucns." + key));
                }
            }
            BigDecimal ratio = row.containsKey("bondMtpckPrpr") ? decimal(row.get("bondMtpckPrpr")) : HUNDRED;
            if (ratio.signum() <= 0 || ratio.compareTo(HUNDRED) > 0) {
                v.error("bondMtpckPrpr", MESSAGES, "ucns.bondMtpckPrpr.range");
            }
            if (tangible.compareTo(HUNDRED) >= 0 || row.get("netUseupQty") == null) {
                return;
            }
            BigDecimal expected = unitConsumption(decimal(row.get("netUseupQty")), tangible);
            String given = row.get("ucnsQty");
            if (given == null) {
                row.put("ucnsQty", expected.stripTrailingZeros().toPlainString());
            } else if (decimal(given).compareTo(expected) != 0) {
                v.error("ucnsQty", MESSAGES, "ucns.ucnsQty.mismatch", given, expected.stripTrailingZeros()
                        .toPlainString());
            }
            row.putIfAbsent("bondMtpckPrpr", "100");
        };
    }

    /** 单耗 = 净耗 / (1 − 有形损耗率 %), 9 decimals, HALF_UP. */
    static BigDecimal unitConsumption(BigDecimal net, BigDecimal tangibleLossPercent) {
        BigDecimal keep = BigDecimal.ONE.subtract(tangibleLossPercent.divide(HUNDRED));
        return net.divide(keep, UCNS_SCALE, RoundingMode.HALF_UP);
    }

    private static Set<String> seqNos(DocumentRows rows, String tab) {
        Set<String> s = new HashSet<>();
        for (Map<String, String> r : rows.rows(tab)) {
            String seq = r.get("gdsSeqno");
            if (seq != null) {
                s.add(seq);
            }
        }
        return s;
    }

    private static BigDecimal decimal(String s) {
        return s == null || s.isBlank() ? BigDecimal.ZERO : new BigDecimal(s);
    }

    /**
     * At 申报: at least one 料件; every 成品 has BOM rows; a 变更 deletes no 料件 or 成品 that lists have already
     * moved.
     */
    @Override
    public void validateDeclaration(Document doc, Validator v) {
        ItemTab mtpck = TABS.get(0);
        if (doc.items(MTPCK).stream().allMatch(i -> mtpck.deleted(i.values()))) {
            v.error(MTPCK, MESSAGES, "ems.mtpck.required");
        }
        Set<String> withBom = new HashSet<>();
        for (Document.Item b : doc.items(BOM)) {
            if (!TABS.get(2).deleted(b.values())) {
                withBom.add(b.value("endprdSeqno"));
            }
        }
        for (Document.Item e : doc.items(ENDPRD)) {
            if (!TABS.get(1).deleted(e.values()) && !withBom.contains(e.value("gdsSeqno"))) {
                v.error(ENDPRD + ".gdsSeqno", MESSAGES, "ems.endprd.noBom", e.value("gdsSeqno"), e.value("gdsMtno"));
            }
        }
        String emsNo = doc.value("emsNo");
        if (!emsNo.isEmpty()) {
            for (int t = 0; t < 2; t++) {
                Mark mark = t == 0 ? Mark.I : Mark.E;
                for (Document.Item i : doc.items(t == 0 ? MTPCK : ENDPRD)) {
                    long seq = Long.parseLong(i.value("gdsSeqno"));
                    if (TABS.get(t).deleted(i.values()) && book.used(emsNo, mark, seq)) {
                        v.error((t == 0 ? MTPCK : ENDPRD) + ".gdsSeqno", MESSAGES, "ems.delete.used",
                                new Messages.Key(mark.messageKey()), i.value("gdsSeqno"), i.value("gdsMtno"));
                    }
                }
            }
        }
    }

    @Override
    public boolean observesEvents() {
        return true;
    }

    /** Approved: the ledger's rows are what customs approved. */
    @Override
    public void after(Document doc, DocumentEvent event, DocumentState from) {
        if (event == DocumentEvent.APPROVE && !doc.value("emsNo").isEmpty()) {
            String day = doc.changeCount() > 0 ? doc.value("chgApprTime") : doc.value("putrecApprTime");
            store.project(doc, doc.value("emsNo"), LocalDate.parse(day, BASIC));
        }
    }
}
