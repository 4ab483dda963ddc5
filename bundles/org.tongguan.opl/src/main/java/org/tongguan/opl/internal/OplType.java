package org.tongguan.opl.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.tongguan.core.Messages;
import org.tongguan.core.Validator;
import org.tongguan.core.code.CodeTableId;
import org.tongguan.core.customs.wire.ImportLayout;
import org.tongguan.core.declaration.AbstractDocumentType;
import org.tongguan.core.declaration.AttachmentRules;
import org.tongguan.core.declaration.DocumentPage;
import org.tongguan.core.declaration.DocumentRows;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.Elements;
import org.tongguan.core.declaration.Elements.Party;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.declaration.ItemTab;
import org.tongguan.core.declaration.RowCheck;

/**
 * 出境加工账册 备案 and 变更 (manual 003 第一章; message OPL101, {@link ImportLayout#OPL101}, proposed: no public
 * schema exists, DOMAIN-AREAS.md §4.2): the header, 出口货物, 复进口货物 and 随附单证. 经营单位 and 加工单位 are
 * required before the first 暂存; the 监管方式 is 1427 出料加工. Customs' first approval brings the 出境加工账册编号; a
 * 变更 is possible only of the approved ledger (the engine's lifecycle: 变更 from 海关终审通过 only) and extends its
 * 有效期 by at most half a year over the one customs last approved. A 复进口货物 may name the 出口货物 it comes back
 * from, which must be a row of the ledger.
 */
@Component(service = DocumentType.class, property = "document.type=" + OplType.ID)
public class OplType extends AbstractDocumentType {
    public static final String ID = "opl";
    public static final String PERMISSION = "opl.putrec";
    /** 出口货物. */
    public static final String EXPORTS = "exp";
    /** 复进口货物. */
    public static final String IMPORTS = "imp";
    /** 出料加工: the one 监管方式 of the ledger and of the declarations under it (manual 003 第四篇). */
    public static final String SUPV_MODE = "1427";
    /** Each 延期 of a 变更 is at most this many months (manual 003 §1.2: 每次延期不超过半年). */
    static final int MAX_EXTENSION_MONTHS = 6;
    static final Messages MESSAGES = new Messages("org.tongguan.opl.messages", OplType.class.getClassLoader());
    static final long MAX_ATTACHMENT = 4L * 1024 * 1024;
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    /** The 申报单位: filled from its 海关编码 like the others, but not required (the manual requires 经营 and 加工单位). */
    private static final List<FieldSpec> DECLARANT = List.of(
            FieldSpec.enterprise("dclEtpsno", Elements.label("dclEtpsno")).fills("dclEtpsSccd", "dclEtpsNm"),
            FieldSpec.creditCode("dclEtpsSccd", Elements.label("dclEtpsSccd")),
            FieldSpec.text("dclEtpsNm", Elements.label("dclEtpsNm"), 512));

    private static final List<FieldSpec> HEADER = Elements.of(List.of(Elements.SEQ_NO,
            FieldSpec.text("oplNo", "opl.oplNo", 12).asReadOnly(), Elements.CHG_TMS_CNT,
            Elements.MASTER_CUSCD.asRequired(),
            FieldSpec.options("dclTypecd", "opl.dclTypecd", FieldSpec.optionKeys("opl.dclTypecd.", "1", "2"))
                    .asReadOnly().defaultValue("1")),
            Party.BIZOP.fields(), Party.RCVGD.fields(), DECLARANT, List.of(
            FieldSpec.text("ovsProcEtpsNm", "opl.ovsProcEtpsNm", 256).asRequired(),
            FieldSpec.code("ovsProcNatcd", "opl.ovsProcNatcd", CodeTableId.COUNTRY).asRequired(),
            FieldSpec.text("contrNo", "opl.contrNo", 32),
            FieldSpec.text("supvModecd", "opl.supvModecd", 4).asReadOnly().defaultValue(SUPV_MODE),
            Elements.FINISH_VALID_DATE.label("opl.finishValidDate").asRequired(),
            FieldSpec.date("apprFinishValidDate", "opl.apprFinishValidDate").asReadOnly(),
            Elements.PUTREC_APPR_TIME, Elements.CHG_APPR_TIME),
            Party.INPUT.fields(), List.of(Elements.INPUT_TIME, FieldSpec.text("rmk", Elements.label("rmk"), 255)));

    /** A 出口货物 or 复进口货物: the dictionary's commodity elements, 数量 × 单价 = 总价. */
    private static List<FieldSpec> goods(boolean reimport) {
        List<FieldSpec> c = new java.util.ArrayList<>(List.of(Elements.GDS_SEQNO, Elements.GDS_MTNO.asRequired(),
                Elements.GDECD.asRequired().fills(Elements.GDS_NM.key(), Elements.LAWF_UNITCD.key()),
                Elements.GDS_NM.asRequired(), Elements.GDS_SPCF_MODEL_DESC, Elements.DCL_UNITCD.asRequired(),
                Elements.LAWF_UNITCD.asRequired(), Elements.DCL_QTY.asRequired(), Elements.DCL_UPRC_AMT.asRequired(),
                Elements.DCL_TOTAL_AMT, Elements.DCL_CURRCD.asRequired(), Elements.NATCD));
        if (reimport) {
            c.add(FieldSpec.integer("rltExpGdsSeqno", "opl.imp.rltExpGdsSeqno", 9));
        }
        c.add(FieldSpec.text("rmk", Elements.label("rmk"), 255));
        c.add(Elements.MODF_MARKCD);
        return c;
    }

    private static final List<ItemTab> TABS = List.of(
            new ItemTab(EXPORTS, "opl.tab.exp", "OplExpGds", goods(false), "gdsSeqno",
                    List.of("gdsSeqno", "gdsMtno")).withMarks("modfMarkcd"),
            new ItemTab(IMPORTS, "opl.tab.imp", "OplImpGds", goods(true), "gdsSeqno",
                    List.of("gdsSeqno", "gdsMtno")).withMarks("modfMarkcd"));

    private static final AttachmentRules ATTACHMENTS = new AttachmentRules(Set.of("pdf", "jpg", "jpeg", "png"),
            MAX_ATTACHMENT, FieldSpec.optionKeys("opl.acmp.", "01", "02", "03", "99"));

    public OplType() {
        super(new Description(ID, MESSAGES, "opl.title", PERMISSION, ImportLayout.OPL101, "EMS", "bizopEtpsno",
                HEADER, TABS, "inputTime", "chgTmsCnt", "oplNo", ATTACHMENTS, List.of("oplNo", "contrNo"))
                .withPages(DocumentPage.entry("opl/putrec", OplMenu.ENTRY, 10, "opl.entry.title"),
                        DocumentPage.query("opl/putrec-query", OplMenu.QUERY, 10, "opl.query.title")));
    }

    /**
     * 有效期 lies after the 录入日期; in a 变更, it lies at most {@value #MAX_EXTENSION_MONTHS} months after the
     * 有效期 customs last approved.
     */
    @Override
    public void validateHeader(Map<String, String> header, Validator v) {
        String end = header.get("finishValidDate");
        String input = header.get("inputTime");
        if (end == null) {
            return;
        }
        if (input != null && end.compareTo(input) <= 0) {
            v.error("finishValidDate", MESSAGES, "opl.finishValidDate.past", day(input).toString());
        }
        String approved = header.get("apprFinishValidDate");
        if (approved != null) {
            LocalDate latest = day(approved).plusMonths(MAX_EXTENSION_MONTHS);
            if (day(end).isAfter(latest)) {
                v.error("finishValidDate", MESSAGES, "opl.finishValidDate.extension", day(end).toString(),
                        day(approved).toString(), latest.toString());
            }
        }
    }

    private static LocalDate day(String basic) {
        return LocalDate.parse(basic, BASIC);
    }

    /** A 复进口货物's 对应出口货物序号 names a 出口货物 of the ledger. */
    @Override
    public RowCheck rowCheck(String tab, Map<String, String> header, DocumentRows rows) {
        if (!IMPORTS.equals(tab)) {
            return RowCheck.NONE;
        }
        Set<String> exports = new HashSet<>();
        for (Map<String, String> r : rows.rows(EXPORTS)) {
            if (r.get("gdsSeqno") != null) {
                exports.add(r.get("gdsSeqno"));
            }
        }
        return (row, v) -> {
            String seq = row.get("rltExpGdsSeqno");
            if (seq != null && !exports.contains(seq)) {
                v.error("rltExpGdsSeqno", MESSAGES, "opl.imp.rltExpGdsSeqno.unknown", seq);
            }
        };
    }

    @Override
    public void onChange(Map<String, String> header) {
        header.put("dclTypecd", "2");
    }

    /** The 出境加工账册编号 customs assigns at the first approval; the approval date; the 有效期 now approved. */
    @Override
    public void onApproved(Map<String, String> header, Map<String, String> numbers, LocalDate date,
            boolean afterChange) {
        String number = numbers.get("oplNo");
        if (number != null && !header.containsKey("oplNo")) {
            header.put("oplNo", number);
        }
        header.put(afterChange ? "chgApprTime" : "putrecApprTime", BASIC.format(date));
        if (header.containsKey("finishValidDate")) {
            header.put("apprFinishValidDate", header.get("finishValidDate"));
        }
    }
}
