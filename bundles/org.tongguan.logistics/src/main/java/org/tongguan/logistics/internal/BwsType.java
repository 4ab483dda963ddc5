package org.tongguan.logistics.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.Messages;
import org.tongguan.core.customs.wire.ImportLayout;
import org.tongguan.core.Validator;
import org.tongguan.core.code.CodeTableId;
import org.tongguan.core.declaration.AbstractDocumentType;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.DocumentPage;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.Elements;
import org.tongguan.core.declaration.Elements.Party;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.declaration.ItemTab;
import org.tongguan.ledger.LedgerMenus;
import org.tongguan.ledger.Mark;
import org.tongguan.logistics.internal.book.BwsBook;

/**
 * 物流账册 备案 and 变更 (BWS101, {@link ImportLayout#BWS101}; fields as the customs schema BwsBsc / BwsDt names them): the
 * warehouse's header and its 商品. 序号 and 料号 are unique; a 变更 of the approved ledger keeps each row's 修改标志 and
 * may not delete a 商品 lists have moved. Customs' first approval brings the 账册编号 (T…); every approval makes the
 * 商品 what lists under the ledger are checked and counted against ({@link BwsBook}).
 */
@Component(service = DocumentType.class, property = "document.type=" + BwsType.ID)
public class BwsType extends AbstractDocumentType {
    public static final String ID = "bws";
    public static final String PERMISSION = "logistics.bws";
    public static final String ITEMS = BwsBook.ITEMS;
    static final Messages MESSAGES = BwsBook.MESSAGES;
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private static final List<FieldSpec> HEADER = Elements.of(List.of(Elements.SEQ_NO,
            FieldSpec.text("bwsNo", "bws.bwsNo", 12).asReadOnly(), Elements.CHG_TMS_CNT,
            Elements.MASTER_CUSCD.asRequired()), Party.BIZOP.fields(), Party.DCL.fields(), List.of(
            FieldSpec.options("dclTypecd", "bws.dclTypecd", FieldSpec.optionKeys("bws.dclTypecd.", "1", "2"))
                    .asReadOnly().defaultValue("1"),
            FieldSpec.text("bwlTypecd", "bws.bwlTypecd", 1).asRequired(),
            FieldSpec.text("houseNo", "bws.houseNo", 20).asRequired(),
            FieldSpec.text("houseNm", "bws.houseNm", 512).asRequired(),
            FieldSpec.text("houseTypecd", "bws.houseTypecd", 1),
            FieldSpec.decimal("houseArea", "bws.houseArea", 5),
            FieldSpec.decimal("houseVolume", "bws.houseVolume", 5),
            FieldSpec.text("houseAddress", "bws.houseAddress", 100).asRequired(),
            FieldSpec.text("contactEr", "bws.contactEr", 10),
            FieldSpec.text("contactTele", "bws.contactTele", 15),
            FieldSpec.text("appendTypecd", "bws.appendTypecd", 1),
            FieldSpec.text("taxTypecd", "bws.taxTypecd", 1),
            Elements.FINISH_VALID_DATE.asRequired(), Elements.PUTREC_APPR_TIME, Elements.CHG_APPR_TIME,
            Elements.INPUT_TIME,
            // BwsBsc allows 255 characters, not the 512 of other messages
            FieldSpec.text("rmk", Elements.label("rmk"), 255)));

    /** A 商品: the dictionary's commodity elements, 5 decimals of 单价 and a second legal unit as BwsDt has them. */
    private static final List<FieldSpec> COLUMNS = List.of(
            Elements.GDS_SEQNO, Elements.GDS_MTNO.asRequired(),
            Elements.GDECD.asRequired().fills(Elements.GDS_NM.key(), Elements.LAWF_UNITCD.key()),
            Elements.GDS_NM.asRequired(), Elements.GDS_SPCF_MODEL_DESC, Elements.NATCD,
            Elements.DCL_UNITCD.asRequired(), Elements.LAWF_UNITCD.asRequired(),
            FieldSpec.code("secdLawfUnitcd", "bws.item.secdLawfUnitcd", CodeTableId.UNIT),
            FieldSpec.decimal("dclUprcAmt", Elements.label("dclUprcAmt"), 5), Elements.DCL_CURRCD,
            FieldSpec.text("rmk", Elements.label("rmk"), 255), Elements.MODF_MARKCD);

    private static final List<ItemTab> TABS = List.of(
            new ItemTab(ITEMS, "bws.tab.items", "BwsDt", COLUMNS, "gdsSeqno", List.of("gdsSeqno", "gdsMtno"))
                    .withMarks("modfMarkcd"));

    private final BwsBook book;

    @Activate
    public BwsType(@Reference BwsBook book) {
        super(new Description(ID, MESSAGES, "bws.title", PERMISSION, ImportLayout.BWS101, "EMS",
                "bizopEtpsno", HEADER, TABS, "inputTime", "chgTmsCnt", "bwsNo", null, List.of("bwsNo"))
                .withPages(DocumentPage.entry("logistics/bws", LedgerMenus.LOGISTICS_ENTRY, 5, "bws.title"),
                        DocumentPage.query("logistics/bws-query", LedgerMenus.LOGISTICS_QUERY, 5, "bws.query.title")));
        this.book = book;
    }

    /** 结束有效日期 lies after the 录入日期. */
    @Override
    public void validateHeader(Map<String, String> header, Validator v) {
        String end = header.get("finishValidDate");
        String input = header.get("inputTime");
        if (end != null && input != null && end.compareTo(input) <= 0) {
            v.error("finishValidDate", MESSAGES, "bws.finishValidDate.past", LocalDate.parse(input, BASIC).toString());
        }
    }

    /** At 申报: at least one 商品; a 变更 deletes no 商品 that lists have moved. */
    @Override
    public void validateDeclaration(Document doc, Validator v) {
        ItemTab items = TABS.get(0);
        if (doc.items(ITEMS).stream().allMatch(i -> items.deleted(i.values()))) {
            v.error(ITEMS, MESSAGES, "bws.items.required");
        }
        String bwsNo = doc.value("bwsNo");
        if (!bwsNo.isEmpty()) {
            for (Document.Item i : doc.items(ITEMS)) {
                if (items.deleted(i.values()) && book.used(bwsNo, Mark.I, Long.parseLong(i.value("gdsSeqno")))) {
                    v.error(ITEMS + ".gdsSeqno", MESSAGES, "bws.delete.used", i.value("gdsSeqno"), i.value("gdsMtno"));
                }
            }
        }
    }

    @Override
    public void onChange(Map<String, String> header) {
        header.put("dclTypecd", "2");
    }

    /** The 账册编号 customs assigns at the first approval; the 备案 or 变更 批准日期. */
    @Override
    public void onApproved(Map<String, String> header, Map<String, String> numbers, LocalDate date,
            boolean afterChange) {
        String number = numbers.get("bwsNo");
        if (number != null && !header.containsKey("bwsNo")) {
            header.put("bwsNo", number);
        }
        header.put(afterChange ? "chgApprTime" : "putrecApprTime", BASIC.format(date));
    }

    @Override
    public boolean observesEvents() {
        return true;
    }

    /** Approved: the ledger's 商品 are what customs approved. */
    @Override
    public void after(Document doc, DocumentEvent event, DocumentState from) {
        if (event == DocumentEvent.APPROVE && !doc.value("bwsNo").isEmpty()) {
            String day = doc.changeCount() > 0 ? doc.value("chgApprTime") : doc.value("putrecApprTime");
            book.project(doc, doc.value("bwsNo"), LocalDate.parse(day, BASIC));
        }
    }
}
