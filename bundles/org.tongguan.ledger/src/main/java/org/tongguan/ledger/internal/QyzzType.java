package org.tongguan.ledger.internal;

import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.tongguan.core.Messages;
import org.tongguan.core.code.CodeTableId;
import org.tongguan.core.declaration.DocumentPage;
import org.tongguan.core.declaration.AttachmentRules;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.declaration.ItemTab;

/**
 * 企业资质申请 (manual 000 §四(一)): the enterprise's application for a processing-trade ledger qualification. Header as
 * the manual's 资质数据明细 shows it; 料件 and 成品 tabs of the same shape (申报总价 = 申报单价 × 申报数量); 随附单据.
 * Message {@value #MESSAGE_TYPE} in the e-port folder {@code EMS}.
 */
@Component(service = DocumentType.class, property = "document.type=" + QyzzType.ID)
public class QyzzType extends FilingType {
    public static final String ID = "qyzz";
    public static final String MESSAGE_TYPE = "QYZZ101";
    static final String PERMISSION = "ledger.qyzz";
    static final Messages MESSAGES = org.tongguan.ledger.internal.book.LedgerTexts.MESSAGES;
    static final String MTPCK = "mtpck";
    static final String ENDPRD = "endprd";
    static final long MAX_ATTACHMENT = 4L * 1024 * 1024;

    private static final List<FieldSpec> HEADER = List.of(
            FieldSpec.text("seqNo", "qyzz.seqNo", 18).asReadOnly(),
            FieldSpec.text("netwkEtpsArcrpNo", "qyzz.netwkEtpsArcrpNo", 64).asReadOnly(),
            FieldSpec.enterprise("bizopEtpsno", "qyzz.bizopEtpsno").asRequired().fills("bizopEtpsSccd", "bizopEtpsNm"),
            FieldSpec.creditCode("bizopEtpsSccd", "qyzz.bizopEtpsSccd").asRequired(),
            FieldSpec.text("bizopEtpsNm", "qyzz.bizopEtpsNm", 512).asRequired(),
            FieldSpec.enterprise("rcvgdEtpsno", "qyzz.rcvgdEtpsno").asRequired().fills("rcvgdEtpsSccd", "rcvgdEtpsNm"),
            FieldSpec.creditCode("rcvgdEtpsSccd", "qyzz.rcvgdEtpsSccd").asRequired(),
            FieldSpec.text("rcvgdEtpsNm", "qyzz.rcvgdEtpsNm", 512).asRequired(),
            FieldSpec.enterprise("dclEtpsno", "qyzz.dclEtpsno").asRequired().fills("dclEtpsSccd", "dclEtpsNm"),
            FieldSpec.creditCode("dclEtpsSccd", "qyzz.dclEtpsSccd").asRequired(),
            FieldSpec.text("dclEtpsNm", "qyzz.dclEtpsNm", 512).asRequired(),
            FieldSpec.options("dclEtpsTypecd", "qyzz.dclEtpsTypecd",
                    FieldSpec.optionKeys("qyzz.dclEtpsTypecd.", "1", "2", "3")),
            FieldSpec.text("etpsAddr", "qyzz.etpsAddr", 200),
            FieldSpec.options("dclTypecd", "qyzz.dclTypecd",
                    FieldSpec.optionKeys("qyzz.dclTypecd.", "1", "2")).asReadOnly()
                    .defaultValue("1"),
            FieldSpec.date("finishValidDate", "qyzz.finishValidDate").asRequired(),
            FieldSpec.decimal("prdtCapaAmt", "qyzz.prdtCapaAmt", 4).asRequired(),
            FieldSpec.code("masterCuscd", "qyzz.masterCuscd", CodeTableId.CUSTOMS_DISTRICT).asRequired(),
            FieldSpec.enterprise("inputEtpsno", "qyzz.inputEtpsno").fills("inputEtpsSccd", null),
            FieldSpec.creditCode("inputEtpsSccd", "qyzz.inputEtpsSccd"),
            FieldSpec.date("putrecApprTime", "qyzz.putrecApprTime").asReadOnly(),
            FieldSpec.date("chgApprTime", "qyzz.chgApprTime").asReadOnly(),
            FieldSpec.date("inputTime", "qyzz.inputTime").asReadOnly(),
            FieldSpec.options("riskAssureMarkcd", "qyzz.riskAssureMarkcd",
                    FieldSpec.optionKeys("qyzz.riskAssureMarkcd.", "0", "1")),
            FieldSpec.integer("chgTmsCnt", "qyzz.chgTmsCnt", 4).asReadOnly(),
            FieldSpec.options("qualTypecd", "qyzz.qualTypecd",
                    FieldSpec.optionKeys("qyzz.qualTypecd.", "1")).asRequired()
                    .defaultValue("1"),
            FieldSpec.text("rmk", "qyzz.rmk", 512));

    /** 料件 and 成品 share one row shape (manual 000, 账册成品页面). */
    static List<FieldSpec> itemColumns() {
        return List.of(
                FieldSpec.integer("gdsSeqno", "item.gdsSeqno", 9),
                FieldSpec.text("gdsMtno", "item.gdsMtno", 32).asRequired(),
                // the 规格型号 of a ledger row is endprdGdsSpcfModelDesc (EmsPutrecDt, EmlPutrecDt)
                FieldSpec.hsCode("gdecd", "item.gdecd").asRequired().fills(FieldSpec.HS_NAME, FieldSpec.HS_UNIT1,
                        FieldSpec.HS_UNIT2, "endprdGdsSpcfModelDesc"),
                FieldSpec.text("gdsNm", "item.gdsNm", 512).asRequired(),
                FieldSpec.text("endprdGdsSpcfModelDesc", "item.endprdGdsSpcfModelDesc", 512),
                FieldSpec.code("dclUnitcd", "item.dclUnitcd", CodeTableId.UNIT).asRequired(),
                FieldSpec.code("lawfUnitcd", "item.lawfUnitcd", CodeTableId.UNIT).asRequired(),
                FieldSpec.code("secdLawfUnitcd", "item.secdLawfUnitcd", CodeTableId.UNIT),
                FieldSpec.decimal("dclUprcAmt", "item.dclUprcAmt", 4).asRequired(),
                FieldSpec.code("dclCurrcd", "item.dclCurrcd", CodeTableId.CURRENCY).asRequired(),
                FieldSpec.decimal("dclQty", "item.dclQty", 5).asRequired(),
                FieldSpec.decimal("dclTotalAmt", "item.dclTotalAmt", 2).product("dclUprcAmt", "dclQty"),
                FieldSpec.code("natcd", "item.natcd", CodeTableId.COUNTRY));
    }

    private static final List<ItemTab> TABS = List.of(
            new ItemTab(MTPCK, "qyzz.tab.mtpck", "Item", itemColumns(), "gdsSeqno", List.of("gdsSeqno", "gdsMtno")),
            new ItemTab(ENDPRD, "qyzz.tab.endprd", "Item", itemColumns(), "gdsSeqno", List.of("gdsSeqno", "gdsMtno")));

    private static final AttachmentRules ATTACHMENTS = new AttachmentRules(Set.of("pdf", "jpg", "jpeg", "png"),
            MAX_ATTACHMENT, FieldSpec.optionKeys("qyzz.acmp.", "01", "02", "03", "99"));

    public QyzzType() {
        super(new Description(ID, MESSAGES, "qyzz.title", PERMISSION, MESSAGE_TYPE, "EMS", "QyzzMessage",
                "bizopEtpsno", HEADER, TABS, "inputTime", "chgTmsCnt", "netwkEtpsArcrpNo", ATTACHMENTS, List.of())
                .withPages(DocumentPage.entry("ledger/qyzz", LedgerMenu.ENTRY, 10, "qyzz.title"),
                        DocumentPage.query("ledger/qyzz-query", LedgerMenu.QUERY, 10, "qyzz.query.title")),
                "archiveNo", "netwkEtpsArcrpNo", "qyzz.finishValidDate.past");
    }

}
