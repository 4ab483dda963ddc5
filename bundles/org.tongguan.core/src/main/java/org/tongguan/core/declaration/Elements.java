package org.tongguan.core.declaration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.tongguan.core.code.CodeTableId;

/**
 * The customs dictionary: each 金关二期 element once, with its key (the customs name, e.g. {@code gdecd}), kind,
 * length, code table and label ({@code element.<key>} in the core's texts, zh_CN and en). A document type takes its
 * fields from here and refines them ({@link FieldSpec#asRequired}, {@link FieldSpec#label} for a type's own wording)
 * instead of retyping them; readers of documents use the same constants ({@link FieldSpec#key()}) as the writers.
 */
public final class Elements {
    /** 预录入统一编号, given by customs' import. */
    public static final FieldSpec SEQ_NO = FieldSpec.text("seqNo", label("seqNo"), 18).asReadOnly();
    /** 账册编号 (E…, T…): given by customs to a ledger, entered on the documents filed under one. */
    public static final FieldSpec EMS_NO = FieldSpec.text("emsNo", label("emsNo"), 12);
    /** 备案编号: the number of the ledger a document is filed under. */
    public static final FieldSpec PUTREC_NO = FieldSpec.text("putrecNo", label("putrecNo"), 12);
    /** 变更次数. */
    public static final FieldSpec CHG_TMS_CNT = FieldSpec.integer("chgTmsCnt", label("chgTmsCnt"), 4).asReadOnly();
    /** 主管海关. */
    public static final FieldSpec MASTER_CUSCD = FieldSpec.code("masterCuscd", label("masterCuscd"),
            CodeTableId.CUSTOMS_DISTRICT);
    /** 档案库编号. */
    public static final FieldSpec NETWK_ETPS_ARCRP_NO = FieldSpec.text("netwkEtpsArcrpNo", label("netwkEtpsArcrpNo"),
            64).asReadOnly();
    /** 结束有效期. */
    public static final FieldSpec FINISH_VALID_DATE = FieldSpec.date("finishValidDate", label("finishValidDate"));
    /** 备案批准日期. */
    public static final FieldSpec PUTREC_APPR_TIME = FieldSpec.date("putrecApprTime", label("putrecApprTime"))
            .asReadOnly();
    /** 变更批准日期. */
    public static final FieldSpec CHG_APPR_TIME = FieldSpec.date("chgApprTime", label("chgApprTime")).asReadOnly();
    /** 录入日期. */
    public static final FieldSpec INPUT_TIME = FieldSpec.date("inputTime", label("inputTime")).asReadOnly();
    /** 备注. */
    public static final FieldSpec RMK = FieldSpec.text("rmk", label("rmk"), 512);
    /**
     * 录入单位名称, where a message names the 录入单位 (SAS121 {@code InputName}); a type adds it to
     * {@link Party#INPUT}'s fields and lets the 海关编码 fill it ({@link FieldSpec#fills}).
     */
    public static final FieldSpec INPUT_NAME = FieldSpec.text("inputName", label("inputName"), 255);
    /** 联系地址. */
    public static final FieldSpec ETPS_ADDR = FieldSpec.text("etpsAddr", label("etpsAddr"), 200);

    /** 序号 of a row. */
    public static final FieldSpec GDS_SEQNO = FieldSpec.integer("gdsSeqno", label("gdsSeqno"), 9);
    /** 料号. */
    public static final FieldSpec GDS_MTNO = FieldSpec.text("gdsMtno", label("gdsMtno"), 32);
    /** 商品编码. */
    public static final FieldSpec GDECD = FieldSpec.hsCode("gdecd", label("gdecd"));
    /** 商品名称. */
    public static final FieldSpec GDS_NM = FieldSpec.text("gdsNm", label("gdsNm"), 512);
    /** 规格型号. */
    public static final FieldSpec GDS_SPCF_MODEL_DESC = FieldSpec.text("gdsSpcfModelDesc", label("gdsSpcfModelDesc"),
            512);
    /** 规格型号 of a ledger's or application's row (the 成品 name of the element serves both tabs). */
    public static final FieldSpec ENDPRD_GDS_SPCF_MODEL_DESC = FieldSpec.text("endprdGdsSpcfModelDesc",
            label("gdsSpcfModelDesc"), 512);
    /** 申报计量单位. */
    public static final FieldSpec DCL_UNITCD = FieldSpec.code("dclUnitcd", label("dclUnitcd"), CodeTableId.UNIT);
    /** 法定计量单位. */
    public static final FieldSpec LAWF_UNITCD = FieldSpec.code("lawfUnitcd", label("lawfUnitcd"), CodeTableId.UNIT);
    /** 第二法定计量单位 (only for the codes whose table line has one). */
    public static final FieldSpec SECD_LAWF_UNITCD = FieldSpec.code("secdLawfUnitcd", label("secdLawfUnitcd"),
            CodeTableId.UNIT);
    /** 申报单价. */
    public static final FieldSpec DCL_UPRC_AMT = FieldSpec.decimal("dclUprcAmt", label("dclUprcAmt"), 4);
    /** 币制. */
    public static final FieldSpec DCL_CURRCD = FieldSpec.code("dclCurrcd", label("dclCurrcd"), CodeTableId.CURRENCY);
    /** 申报数量. */
    public static final FieldSpec DCL_QTY = FieldSpec.decimal("dclQty", label("dclQty"), 5);
    /** 申报总价 = 申报单价 × 申报数量. */
    public static final FieldSpec DCL_TOTAL_AMT = FieldSpec.decimal("dclTotalAmt", label("dclTotalAmt"), 2)
            .product(DCL_UPRC_AMT.key(), DCL_QTY.key());
    /** 产销国(地区). */
    public static final FieldSpec NATCD = FieldSpec.code("natcd", label("natcd"), CodeTableId.COUNTRY);
    /** 修改标志 (0 未修改, 1 修改, 2 删除, 3 增加), set by the system. */
    public static final FieldSpec MODF_MARKCD = FieldSpec.options("modfMarkcd", label("modfMarkcd"),
            FieldSpec.optionKeys("element.modfMarkcd.", ItemTab.MARK_UNCHANGED, ItemTab.MARK_CHANGED,
                    ItemTab.MARK_DELETED, ItemTab.MARK_ADDED)).asReadOnly();

    /**
     * The enterprises of a document, each a trio of 海关编码 (10 characters; it fills the other two from the registry),
     * 社会信用代码 and 名称: {@code <prefix>Etpsno}, {@code <prefix>EtpsSccd}, {@code <prefix>EtpsNm}.
     */
    public enum Party {
        /** 经营单位. */
        BIZOP("bizop"),
        /** 加工单位 (收发货单位). */
        RCVGD("rcvgd"),
        /** 申报单位. */
        DCL("dcl"),
        /** 录入单位 (no name in the ledgers' messages; where a message has one, {@link Elements#INPUT_NAME}). */
        INPUT("input"),
        /** 区内企业 (核放单 SAS121, 出入库单 SAS111): the enterprise inside the special supervision area. */
        AREAIN("areain");

        private final String prefix;

        Party(String prefix) {
            this.prefix = prefix;
        }

        /** The key of its 海关编码, e.g. {@code bizopEtpsno}. */
        public String code() {
            return prefix + "Etpsno";
        }

        public String creditCode() {
            return prefix + "EtpsSccd";
        }

        /** The key of its name, or null for 录入单位. */
        public String title() {
            return this == INPUT ? null : prefix + "EtpsNm";
        }

        /** Its fields, required but for 录入单位. */
        public List<FieldSpec> fields() {
            return fields(UnaryOperator.identity());
        }

        /** Its fields, each refined by {@code refine} (e.g. {@link FieldSpec#asReadOnly}). */
        public List<FieldSpec> fields(UnaryOperator<FieldSpec> refine) {
            List<FieldSpec> f = new ArrayList<>();
            f.add(FieldSpec.enterprise(code(), label(code())).fills(creditCode(), title()));
            f.add(FieldSpec.creditCode(creditCode(), label(creditCode())));
            if (title() != null) {
                f.add(FieldSpec.text(title(), label(title()), 512));
            }
            return f.stream().map(x -> this == INPUT ? x : x.asRequired()).map(refine).toList();
        }
    }

    private Elements() {
    }

    /** The label key of an element of the dictionary. */
    public static String label(String key) {
        return "element." + key;
    }

    /**
     * The basics of a commodity row of a ledger or application: 序号, 料号, 商品编码 (filling name and both legal units,
     * its 申报要素 declared in 规格型号), 商品名称, 规格型号, units (第二法定计量单位 where EmsPutrecDt and EmlPutrecDt have
     * it), price, currency, quantity, total and country.
     */
    public static List<FieldSpec> commodity() {
        return List.of(GDS_SEQNO, GDS_MTNO.asRequired(), GDECD.asRequired().fills(GDS_NM.key(), LAWF_UNITCD.key(),
                SECD_LAWF_UNITCD.key(), ENDPRD_GDS_SPCF_MODEL_DESC.key()),
                GDS_NM.asRequired(), ENDPRD_GDS_SPCF_MODEL_DESC, DCL_UNITCD.asRequired(), LAWF_UNITCD.asRequired(),
                SECD_LAWF_UNITCD, DCL_UPRC_AMT.asRequired(), DCL_CURRCD.asRequired(), DCL_QTY.asRequired(),
                DCL_TOTAL_AMT, NATCD);
    }

    /** The lists joined, in order. */
    @SafeVarargs
    public static List<FieldSpec> of(List<FieldSpec>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
