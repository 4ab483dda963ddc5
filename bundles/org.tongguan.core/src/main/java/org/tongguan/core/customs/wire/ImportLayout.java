package org.tongguan.core.customs.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a document of one message type is written for the e-port client: the business message's root, its header
 * element, its row elements and the elements that close it ({@code OperCusRegCode}, {@code SysId}), each with the
 * element order of its source. Field keys become elements by {@link WireNames}. An element of a part's order is
 * written even when the document has no value for it (empty, as the sample writes {@code ListStat}), unless the part
 * names it optional: then only when the document has the field. Fields the order does not name follow the named
 * ones, in the order given.
 *
 * @param messageType e.g. {@code INV101}
 * @param root e.g. {@code InvtMessage}
 * @param head the header element, e.g. {@code InvtHeadType}, and its element order
 * @param rows the row elements in message order, e.g. {@code InvtListType}, each with its element order
 * @param closing the elements after the rows, e.g. {@code OperCusRegCode}, {@code SysId}
 * @param closingDefaults what a closing element holds when the writer gives nothing for it
 * @param innerNo the header element of the enterprise's own number of the document (企业内部编号), e.g.
 *        {@code EtpsInnerInvtNo}: the clerk's, or the product's when the clerk left it blank
 * @param attachments the row element of the 随附单据, or null when the message carries none
 * @param sampleProven whether a public sample of the import format shows this layout (docs/wire-formats.md), or it
 *        is derived by the same convention from customs' schemas
 * @param onlyNamed whether the parts name every element of the import (SAS121: the sample's and GX's model), so a
 *        field they do not name is not written (e.g. what customs' receipts tell of a 核放单: 过卡状态, 过卡时间);
 *        otherwise such fields follow the named ones
 */
public record ImportLayout(String messageType, String root, Part head, List<Part> rows, List<String> closing,
        Map<String, String> closingDefaults, String innerNo, String attachments, boolean sampleProven,
        boolean onlyNamed) {
    /** The card's 海关十位代码, closing every message. */
    public static final String OPER_CUS_REG_CODE = "OperCusRegCode";
    /** The e-port subsystem of a 核注清单, closing INV101. */
    public static final String SYS_ID = "SysId";

    public ImportLayout {
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(innerNo, "innerNo");
        rows = List.copyOf(rows);
        closing = List.copyOf(closing);
        closingDefaults = Map.copyOf(closingDefaults);
        if (attachments != null && rows.stream().noneMatch(p -> p.element.equals(attachments))) {
            throw new IllegalArgumentException(messageType + ": the attachments' element is not a row: " + attachments);
        }
    }

    /** A layout whose messages carry the type's fields the parts do not name after the named ones. */
    public ImportLayout(String messageType, String root, Part head, List<Part> rows, List<String> closing,
            Map<String, String> closingDefaults, String innerNo, String attachments, boolean sampleProven) {
        this(messageType, root, head, rows, closing, closingDefaults, innerNo, attachments, sampleProven, false);
    }

    /**
     * An element of the message holding fields, and the order its source writes them in.
     *
     * @param optional elements of {@code order} written only when the document has the field (the source names them
     *        but a sample does not write them)
     */
    public record Part(String element, List<String> order, Set<String> optional) {
        public Part {
            Objects.requireNonNull(element, "element");
            order = List.copyOf(order);
            optional = Set.copyOf(optional);
        }

        /** A part whose every element is written, as a sample shows it. */
        public Part(String element, List<String> order) {
            this(element, order, Set.of());
        }

        /** A part derived from a schema: its order, each element written only when the document has the field. */
        public static Part derived(String element, List<String> order) {
            return new Part(element, order, Set.copyOf(order));
        }
    }

    /** 核注清单: element for element as data-interface 入区核注清单/Ibondinvt.xml (Xi'an e-port, 2019). */
    public static final ImportLayout INV101 = new ImportLayout("INV101", "InvtMessage",
            new Part("InvtHeadType", List.of(
                    // in GX inv101_models.go, not in the sample (it imports a new list): before the sample's first
                    "SeqNo", "BondInvtNo", "ChgTmsCnt", "DclTypecd",
                    // the sample's order
                    "PutrecNo", "EtpsInnerInvtNo", "BizopEtpsSccd", "BizopEtpsno", "BizopEtpsNm", "RcvgdEtpsno",
                    "RvsngdEtpsSccd", "RcvgdEtpsNm", "DclEtpsSccd", "DclEtpsno", "DclEtpsNm", "RltInvtNo",
                    "RltPutrecNo", "ImpexpPortcd", "DclPlcCuscd", "DclcusTypecd", "DecType", "ImpexpMarkcd",
                    "MtpckEndprdMarkcd", "SupvModecd", "TrspModecd", "DclcusFlag", "VrfdedMarkcd", "InputCode",
                    "InputName", "InputTime", "ListStat", "AddTime", "StshipTrsarvNatcd", "CorrEntryDclEtpsSccd",
                    "CorrEntryDclEtpsNo", "CorrEntryDclEtpsNm", "InvtType", "Rmk"),
                    Set.of("SeqNo", "BondInvtNo", "ChgTmsCnt", "DclTypecd")),
            List.of(new Part("InvtListType", List.of("SeqNo", "PutrecSeqno", "GdsSeqno", "GdsMtno", "Gdecd", "GdsNm",
                    "GdsSpcfModelDesc", "DclUnitcd", "LawfUnitcd", "SecdLawfUnitcd", "Natcd", "DclUprcAmt",
                    "DclTotalAmt", "DclCurrcd", "LawfQty", "SecdLawfQty", "DclQty", "GrossWt", "NetWt", "UseCd",
                    "LvyrlfModecd", "EntryGdsSeqno", "DestinationNatcd", "ModfMarkcd",
                    // GX Inv101List, not in the sample: after the sample's last
                    "UcnsVerno", "Rmk"),
                    Set.of("SeqNo", "UcnsVerno", "Rmk"))),
            List.of(OPER_CUS_REG_CODE, SYS_ID),
            // the sample's SysId; GX sets it per install (config inv101-sys-id, its test Z7): docs/wire-formats.md
            Map.of(SYS_ID, "Z8"), "EtpsInnerInvtNo", null, true);

    /**
     * 核放单: element for element as data-interface 入区核放单/Ipassport.xml and 出区核放单/Epassport.xml (Xi'an e-port,
     * 2019): {@code PassportHead} in the samples' order, {@code PassportAcmp} 关联单证 as they have it, then
     * {@code OperCusRegCode}. The samples carry no goods: {@code PassportList} and the header elements they lack are
     * GX's ({@code sas121_models.go}), the numbers before the samples' first element and the others after their last
     * (as INV101 has GX's); {@code PassportList} between the header and the 关联单证 (GX's order too). GX's model names
     * every element of the import, so nothing else is written.
     */
    public static final ImportLayout SAS121 = new ImportLayout("SAS121", "PassPortMessage",
            new Part("PassportHead", List.of(
                    // GX, not in the samples (they import new slips): before the samples' first
                    "SeqNo", "PassportNo",
                    // the samples' order
                    "PassportTypecd", "MasterCuscd", "DclTypecd", "IoTypecd", "BindTypecd", "RltTbTypecd", "RltNo",
                    "AreainEtpsno", "AreainEtpsNm", "VehicleNo", "VehicleIcNo", "VehicleWt", "VehicleFrameWt",
                    "ContainerWt", "ContainerType", "TotalWt", "TotalGrossWt", "TotalNetWt", "DclErConc", "DclEtpsno",
                    "DclEtpsNm", "InputCode", "InputName", "EtpsPreentNo",
                    // GX, not in the samples: after the samples' last, in GX's order
                    "AreainOriactNo", "AreainEtpsSccd", "DclEtpsSccd", "InputSccd", "VehicleFrameNo", "ContainerNo",
                    "Rmk", "Col1", "Col2", "Col3", "Col4"),
                    Set.of("SeqNo", "PassportNo", "AreainOriactNo", "AreainEtpsSccd", "DclEtpsSccd", "InputSccd",
                            "VehicleFrameNo", "ContainerNo", "Rmk", "Col1", "Col2", "Col3", "Col4")),
            List.of(Part.derived("PassportList", List.of("SeqNo", "PassportNo", "PassportSeqNo", "RltGdsSeqno",
                    "GdsMtno", "Gdecd", "GdsNm", "DclUnitcd", "DclQty", "GrossWt", "NetWt", "Rmk", "Col1", "Col2",
                    "Col3", "Col4")),
                    // the samples' two; GX's numbers before them, when given
                    new Part("PassportAcmp", List.of("SeqNo", "PassPortNo", "RtlBillTypecd", "RtlBillNo"),
                            Set.of("SeqNo", "PassPortNo"))),
            List.of(OPER_CUS_REG_CODE), Map.of(), "EtpsPreentNo", null, true, true);

    /**
     * 企业资质 (derived): customs' entities of EMS101.xsd ({@code EtArcrpBsc}, {@code EtArcrpDt} with 料件 and 成品
     * told apart by {@code MtpckEndprdTypecd}, {@code EtArcrpAcmpFormDt}) in a {@code …Message} root as the public
     * import formats have it; element order as the schema's.
     */
    public static final ImportLayout EMS101 = new ImportLayout("EMS101", "EtArcrpMessage",
            Part.derived("EtArcrpBsc", List.of("SeqNo", "EtArcrpNo", "ChgTmsCnt", "EtpsPreentNo", "MasterCuscd",
                    "BizopEtpsSccd", "BizopEtpsno", "BizopEtpsNm", "PrcsEtpsSccd", "PrcsEtpsno", "PrcsEtpsNm",
                    "DclEtpsSccd", "DclEtpsno", "DclEtpsNm", "DclEtpsTypecd", "ConcAddr", "Telnum", "FinishValidTime",
                    "PrcsPrdcAbltAmt", "ApcretNo", "RiskAssureMarkcd", "RltFormNo", "DclSourceMarkcd", "DclTypecd",
                    "DclTime", "EmapvStucd", "ExeMarkcd", "PutrecApprTime", "ChgApprTime", "Rmk")),
            List.of(Part.derived("EtArcrpDt", List.of("EtArcrpNo", "ChgTmsCnt", "GdsSeqno", "MtpckEndprdTypecd",
                    "Gdecd", "GdsNm", "ModfMarkcd", "Rmk")),
                    Part.derived("EtArcrpAcmpFormDt", List.of("NetwkEtpsArcrpNo", "ChgTmsCnt", "AcmpFormSeqno",
                            "AcmpFormTypecd", "AcmpFormNo", "FixdNo", "AcmpFormFileNm", "Rmk"))),
            List.of(OPER_CUS_REG_CODE), Map.of(), "EtpsPreentNo", "EtArcrpAcmpFormDt", false);

    /**
     * 加工贸易账册 (derived): header {@code EmsPutrecBsc} as EMS111.xsd; the rows as the production e-port names them
     * ({@code EmsPutrecImg} 料件, {@code EmsPutrecExg} 成品, {@code EmsPutrecCm} 单损耗), where the 2017 pilot schema
     * has one {@code EmsPutrecDt} and {@code EmsPutrecUcnsDt} (their element order is the schema's);
     * {@code EmsPutrecAcmpFormDt} 随附单证.
     */
    public static final ImportLayout EMS111;

    static {
        List<String> item = List.of("EmsNo", "ChgTmsCnt", "GdsSeqno", "MtpckEndprdTypecd", "GdsMtno", "Gdecd",
                "GdsNm", "EndprdGdsSpcfModelDesc", "DclUnitcd", "LawfUnitcd", "SecdLawfUnitcd", "DclUprcAmt",
                "DclCurrcd", "DclQty", "LvyrlfModecd", "QtyCntrMarkcd", "AdjmtrMarkcd", "ModfMarkcd", "EtpsExeMarkcd",
                "CusmExeMarkcd", "ApprMaxSurpQty", "VclrPridInitQty", "UcnsTqsnFlag", "CsttnFlag", "Rmk", "InvtNo",
                "InvtGNo");
        EMS111 = new ImportLayout("EMS111", "EmsPutrecMessage",
                Part.derived("EmsPutrecBsc", List.of("SeqNo", "EmsNo", "ChgTmsCnt", "EtpsPreentNo", "MasterCuscd",
                        "BizopEtpsSccd", "BizopEtpsno", "BizopEtpsNm", "RvsngdEtpsSccd", "RcvgdEtpsno", "RcvgdEtpsNm",
                        "DclEtpsSccd", "DclEtpsno", "DclEtpsNm", "DclEtpsTypecd", "EmsTypecd", "DclTypecd",
                        "FinishValidDate", "ApcretNo", "NetwkEtpsArcrpNo", "MaxTovrAmt", "DclTime", "UcnsDclSegcd",
                        "DclMarkcd", "EmapvStucd", "PauseImpexpMarkcd", "PauseChgMarkcd", "PutrecApprTime",
                        "ChgApprTime", "RcntVclrTime", "VclrApplyTime", "VclrPridVal", "AdjaccMarkcd", "AdjaccTmsCnt",
                        "UcnsVernoCntrFlag", "RcaseMarkcd", "EtpsPosesSadjaQuaFlag", "Rmk")),
                List.of(Part.derived("EmsPutrecImg", item), Part.derived("EmsPutrecExg", item),
                        Part.derived("EmsPutrecCm", List.of("EmsNo", "ChgTmsCnt", "EndprdSeqno", "MtpckSeqno",
                                "UcnsVerno", "UcnsQty", "NetUseupQty", "TgblLossRate", "IntgbLossRate", "UcnsDclStucd",
                                "ModfMarkcd", "BondMtpckPrpr", "EtpsExeMarkcd", "FinishValidDate", "Rmk")),
                        Part.derived("EmsPutrecAcmpFormDt", List.of("EmsNo", "ChgTmsCnt", "AcmpFormSeqno",
                                "AcmpFormTypecd", "AcmpFormNo", "FixdNo", "AcmpFormFileNm", "Rmk"))),
                List.of(OPER_CUS_REG_CODE), Map.of(), "EtpsPreentNo", "EmsPutrecAcmpFormDt", false);
    }

    /**
     * 报核 (derived): customs' entities of EMS121.xsd ({@code EmsChgoffBsc}, {@code EmsChgoffInvtLt},
     * {@code EmsChgoffDt} with 料件 and 成品 told apart by {@code Typecd}); element order as the schema's. The schema
     * has no 企业内部编号 in the header: {@code EtpsPreentNo} follows the import formats' convention.
     */
    public static final ImportLayout EMS121 = new ImportLayout("EMS121", "EmsChgoffMessage",
            Part.derived("EmsChgoffBsc", List.of("SeqNo", "EtpsPreentNo", "EmsNo", "ChgoffTmsCnt", "ChgoffTypecd",
                    "ChgoffBeginTime", "ChgoffDueTime", "BizopEtpsSccd", "BizopEtpsno", "BizopEtpsNm",
                    "RvsngdEtpsSccd", "RcvgdEtpsno", "RcvgdEtpsNm", "ImpInvtTotalCnt", "ExpInvtTotalCnt",
                    "ChgoffMtpckTotalCnt", "ChgoffEndprdTotalCnt", "ChgoffLfmtTotalCnt", "ChgoffImprTotalCnt",
                    "ImpMtpckTotalAmt", "ExpEndprdTotalAmt", "InputTime", "InputCusrno", "ChgoffDclTime",
                    "FstSpareMarkcd", "SpareAmt", "SpareQty", "Rmk", "ChgoffMarkcd", "EmapvMarkcd", "EmapvTime",
                    "DspsMarkcd", "DclSourceMarkcd", "MasterCuscd")),
            List.of(Part.derived("EmsChgoffInvtLt", List.of("EmsNo", "ChgoffTmsCnt", "BondInvtNo", "DclTypecd")),
                    Part.derived("EmsChgoffDt", List.of("EmsNo", "ChgoffTmsCnt", "Typecd", "Seqno", "ShdRemainQty",
                            "ShdRemainTotalAmt", "ActlRemainQty", "ActlRemainTotalAmt", "CsmTotalQty", "CsmTotalAmt",
                            "ImpOrExpTotalQty", "SdinQty", "SdinTotalAmt", "EndprdRetnExchExpQty",
                            "EndprdRetnExchImpQty", "LfmtImprQty", "LfmtImprTotalAmt", "DprcsCrdwImpexpQty", "ReexpQty",
                            "RemainMtpckTrfoutQty", "MtpckEndprdDstryQty", "LfmtDstryQty", "VrfaddQty", "VrfredQty",
                            "TgblLossQty", "IntgbLossQty", "DsmlQty", "DsmlAmt", "DclcusInvtAvgUprcAmt", "DsmlRate",
                            "VclrPridInitQty", "FstSpareMarkcd", "SpareAmt", "SpareQty", "Rmk"))),
            List.of(OPER_CUS_REG_CODE), Map.of(), "EtpsPreentNo", null, false);

    /**
     * 物流账册 (derived): customs' entities of BWS101.xsd ({@code BwsBsc}, {@code BwsDt},
     * {@code BwsPutrecAcmpFormDt}) in a {@code …Message} root; element order as the schema's.
     */
    public static final ImportLayout BWS101 = new ImportLayout("BWS101", "BwsMessage",
            Part.derived("BwsBsc", List.of("SeqNo", "BwsNo", "ChgTmsCnt", "EtpsPreentNo", "DclTypecd", "BwlTypecd",
                    "MasterCuscd", "BizopEtpsno", "BizopEtpsNm", "BizopEtpsSccd", "HouseNo", "HouseNm", "DclEtpsno",
                    "DclEtpsNm", "DclEtpsSccd", "DclEtpsTypecd", "ContactEr", "ContactTele", "HouseTypecd",
                    "HouseArea", "HouseVolume", "HouseAddress", "DclTime", "InputDate", "TaxTypecd", "PutrecApprTime",
                    "ChgApprTime", "FinishValidDate", "PauseChgMarkcd", "EmapvStucd", "DclMarkcd", "AppendTypecd",
                    "Rmk", "OwnerSystem")),
            List.of(Part.derived("BwsDt", List.of("BwsNo", "ChgTmsCnt", "GdsSeqno", "InDate", "GdsMtno", "Gdecd",
                    "GdsNm", "GdsSpcfModelDesc", "Natcd", "DclUnitcd", "LawfUnitcd", "SecdLawfUnitcd", "DclUprcAmt",
                    "DclCurrcd", "AvgPrice", "TotalAmt", "InQty", "InLawfQty", "InSecdLawfQty", "ActlIncQty",
                    "ActlRedcQty", "PrevdIncQty", "PrevdRedcQty", "OutDate", "LimitDate", "InType", "InvtNo",
                    "InvtGNo", "CusmExeMarkcd", "Rmk", "ModfMarkcd")),
                    Part.derived("BwsPutrecAcmpFormDt", List.of("BwsNo", "AcmpFormSeqno", "ChgTmsCnt",
                            "AcmpFormTypecd", "AcmpFormNo", "FixdNo", "AcmpFormFileNm", "Rmk"))),
            List.of(OPER_CUS_REG_CODE), Map.of(), "EtpsPreentNo", "BwsPutrecAcmpFormDt", false);

    /**
     * 业务申报表 (field-list-proven): the e-port import format's field list of {@code AppMessage} (DOMAIN-AREAS.md §1.1,
     * PHP library ids 17000028619/17475207279: names, order, lengths, required flags); no public sample of the file.
     * Every element of the list is written, blank when the document has no value. {@code AppUcns} 单耗 rows are part
     * of the message (none written yet).
     */
    public static final ImportLayout SAS101 = new ImportLayout("SAS101", "AppMessage",
            new Part("AppHead", List.of("SeqNo", "SasDclNo", "MaserCuscd", "DclTypecd", "BusinessTypecd",
                    "DirectionTypecd", "AreainOriactNo", "AreaoutOriactNo", "AreainEtpsno", "AreainEtpsNm",
                    "AreainEtpsSccd", "AreaoutEtpsno", "AreaoutEtpsNm", "AreaoutEtpsSccd", "DpstLevyBlNo", "ValidTime",
                    "ExhibitionPlace", "DclEr", "DclEtpsno", "DclEtpsNm", "DclEtpsSccd", "InputCode", "InputSccd",
                    "InputName", "EtpsPreentNo", "MtpckEndprdTypecd", "Rmk", "Col1", "Col2", "Col3", "Col4",
                    "FreeDomestic")),
            List.of(new Part("AppGoods", List.of("SeqNo", "SasDclNo", "SasDclSeqno", "OriactGdsSeqno",
                    "MtpckEndprdTypecd", "Gdecd", "GdsNm", "GdsSpcfModelDesc", "DclQty", "DclUnitcd", "DclUprcAmt",
                    "DclTotalAmt", "DclCurrcd", "LicenceNo", "LicenceVaildTime", "GdsMarkcd", "GdsRmk", "ModfMarkcd",
                    "GdsMtno", "LawfUnitcd", "SecdLawfUnitcd", "EndprdGdsTypecd", "Rmk", "Col1", "Col2", "Col3",
                    "Col4")),
                    new Part("AppUcns", List.of("SeqNo", "SasDclNo", "EndprdSeqno", "MtpckSeqno", "NetUseupQty",
                            "LossRate", "ModfMarkcd", "Col1", "Col2", "Col3", "Col4"))),
            List.of(OPER_CUS_REG_CODE), Map.of(), "EtpsPreentNo", null, false);

    /**
     * 出入库单 (field-list-proven): the e-port import format's field list of {@code StockMessage} (DOMAIN-AREAS.md §2.1,
     * PHP library id 17908483951; the Single Window's JSON names agree); no public sample of the file. Every element
     * of the list is written, blank when the document has no value; then {@code SasStockNo} (the Single Window's
     * {@code stockHead} has it, the import list does not), blank until customs assigned one.
     */
    public static final ImportLayout SAS111 = new ImportLayout("SAS111", "StockMessage",
            new Part("StockHead", List.of("SeqNo", "DclTypecd", "SasDclNo", "AreainOriactNo", "AreainEtpsNo",
                    "AreainEtpsNm", "AreainEtpsSccd", "MasterCuscd", "StockTypecd", "BusinessTypecd", "DclEr",
                    "DclEtpsNo", "DclEtpsNm", "DclEtpsSccd", "InputCode", "InputSccd", "InputName", "EtpsPreentNo",
                    "PackageQty", "GrossWt", "NetWt", "PackType", "InputDate", "MtpckEndprdTypecd", "SasStockNo")),
            List.of(new Part("StockGoods", List.of("SeqNo", "SasStockSeqno", "SasDclSeqno", "OriactGdsSeqno",
                    "GdsMtno", "Gdecd", "GdsNm", "GdsSpcfModelDesc", "DclUnitcd", "LawfUnitcd", "SecdLawfUnitcd",
                    "Natcd", "DestinationNatcd", "DclUprcAmt", "DclTotalAmt", "DclCurrcd", "LawfQty", "SecdLawfQty",
                    "DclQty", "WtSfVal", "FstSfVal", "SecdSfVal", "GrossWt", "NetWt", "LvyrlfModecd", "UcnsVerno",
                    "RltGdsSeqno", "ModfMarcked"))),
            List.of(OPER_CUS_REG_CODE), Map.of(), "EtpsPreentNo", null, false);

    /**
     * 出境加工账册 备案/变更 (proposed; no public schema, XSD or sample exists, DOMAIN-AREAS.md §4.2): header
     * {@code OplPutrecBsc}, rows {@code OplExpGds} 出口货物, {@code OplImpGds} 复进口货物 and {@code OplAcmpFormDt}
     * 随附单证, named and ordered by the 金关二期 convention of EMS111 ({@code EmsPutrecBsc}) and BWS101.
     */
    public static final ImportLayout OPL101;

    static {
        List<String> goods = List.of("OplNo", "ChgTmsCnt", "GdsSeqno", "GdsMtno", "Gdecd", "GdsNm",
                "GdsSpcfModelDesc", "DclUnitcd", "LawfUnitcd", "DclQty", "DclUprcAmt", "DclTotalAmt", "DclCurrcd",
                "Natcd", "ModfMarkcd", "Rmk");
        List<String> imports = new ArrayList<>(goods);
        imports.add(imports.indexOf("ModfMarkcd"), "RltExpGdsSeqno");
        OPL101 = new ImportLayout("OPL101", "OplPutrecMessage",
                Part.derived("OplPutrecBsc", List.of("SeqNo", "OplNo", "ChgTmsCnt", "EtpsPreentNo", "DclTypecd",
                        "MasterCuscd", "BizopEtpsSccd", "BizopEtpsno", "BizopEtpsNm", "RcvgdEtpsSccd", "RcvgdEtpsno",
                        "RcvgdEtpsNm", "DclEtpsSccd", "DclEtpsno", "DclEtpsNm", "OvsProcEtpsNm", "OvsProcNatcd",
                        "ContrNo", "SupvModecd", "FinishValidDate", "ApprFinishValidDate", "DclTime", "EmapvMarkcd",
                        "PutrecApprTime", "ChgApprTime", "InputEtpsSccd", "InputEtpsno", "InputTime", "Rmk")),
                List.of(Part.derived("OplExpGds", goods), Part.derived("OplImpGds", imports),
                        Part.derived("OplAcmpFormDt", List.of("OplNo", "ChgTmsCnt", "AcmpFormSeqno",
                                "AcmpFormTypecd", "AcmpFormNo", "FixdNo", "AcmpFormFileNm", "Rmk"))),
                List.of(OPER_CUS_REG_CODE), Map.of(), "EtpsPreentNo", "OplAcmpFormDt", false);
    }

    private static final Map<String, ImportLayout> BY_TYPE = Map.of(INV101.messageType, INV101, EMS101.messageType,
            EMS101, EMS111.messageType, EMS111, EMS121.messageType, EMS121, BWS101.messageType, BWS101,
            SAS101.messageType, SAS101, SAS111.messageType, SAS111, SAS121.messageType, SAS121, OPL101.messageType,
            OPL101);

    /** The layout of a message type, if the product writes it. */
    public static Optional<ImportLayout> of(String messageType) {
        return Optional.ofNullable(BY_TYPE.get(messageType));
    }

    /** The row part of that element. */
    public Optional<Part> row(String element) {
        return rows.stream().filter(p -> p.element.equals(element)).findFirst();
    }

    /** The field key of the 企业内部编号 ({@link #innerNo()}). */
    public String innerNoKey() {
        return WireNames.key(messageType, innerNo);
    }

    /**
     * The business message of one document.
     *
     * @param header field key → value, in the product's order (a blank value is written as an empty element, as the
     *        samples do)
     * @param rows row element → its rows (field key → value), for the row elements of this layout
     * @param closing closing element → value, e.g. {@code OperCusRegCode} (the card's 海关十位代码); one not given
     *        holds its {@linkplain #closingDefaults default}, else nothing
     * @throws IllegalArgumentException when {@code rows} names an element this layout has not
     */
    public WireElement message(Map<String, String> header, Map<String, List<Map<String, String>>> rows,
            Map<String, String> closing) {
        for (String element : rows.keySet()) {
            if (row(element).isEmpty()) {
                throw new IllegalArgumentException(messageType + " has no row element " + element);
            }
        }
        List<WireElement> content = new ArrayList<>();
        content.add(part(head, header));
        for (Part p : this.rows) {
            for (Map<String, String> row : rows.getOrDefault(p.element, List.of())) {
                content.add(part(p, row));
            }
        }
        for (String c : this.closing) {
            content.add(WireElement.leaf(c, closing.getOrDefault(c, closingDefaults.getOrDefault(c, ""))));
        }
        return WireElement.of(root, content);
    }

    private WireElement part(Part p, Map<String, String> fields) {
        Map<String, String> byElement = new LinkedHashMap<>();
        fields.forEach((key, value) -> byElement.put(WireNames.element(messageType, key), value));
        List<WireElement> leaves = new ArrayList<>(Math.max(p.order.size(), byElement.size()));
        // the source's order: each element it always writes, and the optional ones the document has
        for (String n : p.order) {
            String value = byElement.remove(n);
            if (value != null || !p.optional.contains(n)) {
                leaves.add(WireElement.leaf(n, value));
            }
        }
        // the others after them, as given (unless the layout names every element of the import)
        if (!onlyNamed) {
            byElement.forEach((n, value) -> leaves.add(WireElement.leaf(n, value)));
        }
        return WireElement.of(p.element, leaves);
    }
}
