package org.tongguan.ledger.internal;

import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.tongguan.core.Messages;
import org.tongguan.core.customs.wire.ImportLayout;
import org.tongguan.core.declaration.DocumentPage;
import org.tongguan.core.declaration.AttachmentRules;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.Elements;
import org.tongguan.core.declaration.Elements.Party;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.declaration.ItemTab;

/**
 * 企业资质申请 (manual 000 §四(一)): the enterprise's application for a processing-trade ledger qualification. Header as
 * the manual's 资质数据明细 shows it; 料件 and 成品 tabs of the same shape (申报总价 = 申报单价 × 申报数量); 随附单据.
 * Message EMS101 ({@link ImportLayout#EMS101}: the rows in {@code EtArcrpDt} as 料件 I / 成品 E, the 随附单据 in
 * {@code EtArcrpAcmpFormDt}) in the e-port folder {@code EMS}.
 */
@Component(service = DocumentType.class, property = "document.type=" + QyzzType.ID)
public class QyzzType extends FilingType {
    public static final String ID = "qyzz";
    static final String PERMISSION = "ledger.qyzz";
    static final Messages MESSAGES = org.tongguan.ledger.LedgerTexts.MESSAGES;
    static final String MTPCK = "mtpck";
    static final String ENDPRD = "endprd";
    /** The message's 料件成品类型代码 of a row: I 料件, E 成品 (EMS101.xsd {@code EtArcrpDt}). */
    static final String ROW_KIND = "mtpckEndprdTypecd";
    static final long MAX_ATTACHMENT = 4L * 1024 * 1024;

    private static final List<FieldSpec> HEADER = Elements.of(List.of(Elements.SEQ_NO, Elements.NETWK_ETPS_ARCRP_NO),
            Party.BIZOP.fields(), Party.RCVGD.fields(), Party.DCL.fields(), List.of(
                    FieldSpec.options("dclEtpsTypecd", "qyzz.dclEtpsTypecd",
                            FieldSpec.optionKeys("qyzz.dclEtpsTypecd.", "1", "2", "3")),
                    Elements.ETPS_ADDR,
                    FieldSpec.options("dclTypecd", "qyzz.dclTypecd", FieldSpec.optionKeys("qyzz.dclTypecd.", "1", "2"))
                            .asReadOnly().defaultValue("1"),
                    Elements.FINISH_VALID_DATE.asRequired(),
                    FieldSpec.decimal("prdtCapaAmt", "qyzz.prdtCapaAmt", 4).asRequired(),
                    Elements.MASTER_CUSCD.asRequired()),
            Party.INPUT.fields(), List.of(Elements.PUTREC_APPR_TIME, Elements.CHG_APPR_TIME, Elements.INPUT_TIME,
                    FieldSpec.options("riskAssureMarkcd", "qyzz.riskAssureMarkcd",
                            FieldSpec.optionKeys("qyzz.riskAssureMarkcd.", "0", "1")),
                    Elements.CHG_TMS_CNT,
                    FieldSpec.options("qualTypecd", "qyzz.qualTypecd", FieldSpec.optionKeys("qyzz.qualTypecd.", "1"))
                            .asRequired().defaultValue("1"),
                    Elements.RMK));

    /** 料件 and 成品 share one row shape (manual 000, 账册成品页面): the dictionary's commodity row. */
    static List<FieldSpec> itemColumns() {
        return Elements.commodity();
    }

    private static final List<ItemTab> TABS = List.of(
            new ItemTab(MTPCK, "qyzz.tab.mtpck", "EtArcrpDt", itemColumns(), "gdsSeqno", List.of("gdsSeqno", "gdsMtno"))
                    .withRowField(ROW_KIND, "I"),
            new ItemTab(ENDPRD, "qyzz.tab.endprd", "EtArcrpDt", itemColumns(), "gdsSeqno",
                    List.of("gdsSeqno", "gdsMtno")).withRowField(ROW_KIND, "E"));

    private static final AttachmentRules ATTACHMENTS = new AttachmentRules(Set.of("pdf", "jpg", "jpeg", "png"),
            MAX_ATTACHMENT, FieldSpec.optionKeys("qyzz.acmp.", "01", "02", "03", "99"));

    public QyzzType() {
        super(new Description(ID, MESSAGES, "qyzz.title", PERMISSION, ImportLayout.EMS101, "EMS", "bizopEtpsno", HEADER, TABS, "inputTime", "chgTmsCnt", "netwkEtpsArcrpNo", ATTACHMENTS, List.of())
                .withPages(DocumentPage.entry("ledger/qyzz", LedgerMenu.ENTRY, 10, "qyzz.title"),
                        DocumentPage.query("ledger/qyzz-query", LedgerMenu.QUERY, 10, "qyzz.query.title")),
                "etArcrpNo", "netwkEtpsArcrpNo", "qyzz.finishValidDate.past");
    }

}
