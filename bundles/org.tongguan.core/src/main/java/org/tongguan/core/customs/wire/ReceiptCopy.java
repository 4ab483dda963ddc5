package org.tongguan.core.customs.wire;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Customs' copy of a document as its receipts carry it (e.g. {@code BondInvtBsc} in INV201): the element, its fields
 * in the schema's order (the pilot's {@code Common_ComplexType.xsd} / {@code base.xsd}; every field is required
 * there, so a copy writes them all, blank where it knows nothing), and which fields hold the number customs assigned,
 * the 预录入统一编号 and the enterprise's own number (企业内部编号). {@link CustomsReceipt} reads a copy by these
 * names and {@link ReceiptWriter} writes it by them: one dictionary.
 *
 * @param element e.g. {@code BondInvtBsc}
 * @param order the field names in schema order
 * @param assigned the number customs assigns (e.g. {@code bondInvtNo}), or null when it assigns none
 * @param preent the field holding the 预录入统一编号, or null
 * @param inner the field holding the 企业内部编号, or null
 */
public record ReceiptCopy(String element, List<String> order, String assigned, String preent, String inner) {
    public ReceiptCopy {
        Objects.requireNonNull(element, "element");
        order = List.copyOf(order);
        for (String f : new String[] {assigned, preent, inner}) {
            if (f != null && !order.contains(f)) {
                throw new IllegalArgumentException(element + " has no field " + f);
            }
        }
    }

    /** 保税清单 (核注清单), EMS/Common_ComplexType.xsd {@code BondInvtBsc}; the samples (GX, XA) agree. */
    public static final ReceiptCopy BOND_INVT = new ReceiptCopy("BondInvtBsc", List.of("bondInvtNo", "chgTmsCnt",
            "invtPreentNo", "putrecNo", "etpsInnerInvtNo", "bizopEtpsSccd", "bizopEtpsno", "bizopEtpsNm",
            "rvsngdEtpsSccd", "rcvgdEtpsno", "rcvgdEtpsNm", "dclEtpsSccd", "dclEtpsno", "dclEtpsNm", "invtDclTime",
            "entryDclTime", "entryNo", "rltInvtNo", "rltPutrecNo", "rltEntryNo", "rltEntryBizopEtpsSccd",
            "rltEntryBizopEtpsno", "rltEntryBizopEtpsNm", "impexpPortcd", "dclPlcCuscd", "impexpMarkcd",
            "mtpckEndprdMarkcd", "supvModecd", "trspModecd", "stshipTrsarvNatcd", "applyNo", "dclcusFlag",
            "dclcusTypecd", "prevdTime", "formalVrfdedTime", "invtIochkptStucd", "vrfdedMarkcd", "invtStucd",
            "vrfdedModecd", "duCode", "rmk", "bondInvtTypecd", "entryStucd", "passportUsedTypecd", "param1", "param2",
            "param3", "param4"), "bondInvtNo", "invtPreentNo", "etpsInnerInvtNo");

    /** 核放单, SAS/base.xsd {@code SasPassportBsc} (the 2024 GX receipts write the same fields in another order). */
    public static final ReceiptCopy SAS_PASSPORT = new ReceiptCopy("SasPassportBsc", List.of("passportNo",
            "sasPassportPreentNo", "passportTypecd", "dclTypecd", "ioTypecd", "bindTypecd", "masterCuscd",
            "rltTbTypecd", "rltNo", "areainEtpsno", "areainEtpsNm", "areainEtpsSccd", "vehicleNo", "vehicleIcNo",
            "containerNo", "vehicleWt", "vehicleFrameNo", "vehicleFrameWt", "containerType", "containerWt", "totalWt",
            "passCollectWt", "wtError", "totalGrossWt", "totalNetWt", "dclErConc", "dclTime", "passId", "secdPassId",
            "passTime", "secdPassTime", "stucd", "emapvMarkcd", "logisticsStucd", "rmk", "col1", "col2", "col3",
            "col4", "chgTmsCnt", "ownerSystem"), "passportNo", "sasPassportPreentNo", null);

    /** 企业资质 (联网企业档案库), EMS/Common_ComplexType.xsd {@code EtArcrpBsc}. */
    public static final ReceiptCopy ET_ARCRP = new ReceiptCopy("EtArcrpBsc", List.of("etArcrpNo", "chgTmsCnt",
            "etpsPreentNo", "masterCuscd", "bizopEtpsSccd", "bizopEtpsno", "bizopEtpsNm", "prcsEtpsSccd", "prcsEtpsno",
            "prcsEtpsNm", "dclEtpsSccd", "dclEtpsno", "dclEtpsNm", "dclEtpsTypecd", "concAddr", "telnum",
            "finishValidTime", "prcsPrdcAbltAmt", "apcretNo", "riskAssureMarkcd", "rltFormNo", "dclSourceMarkcd",
            "dclTypecd", "dclTime", "emapvStucd", "exeMarkcd", "putrecApprTime", "chgApprTime", "rmk"), "etArcrpNo",
            null, "etpsPreentNo");

    /** 加工贸易账册, EMS/Common_ComplexType.xsd {@code EmsPutrecBsc}. */
    public static final ReceiptCopy EMS_PUTREC = new ReceiptCopy("EmsPutrecBsc", List.of("emsNo", "chgTmsCnt",
            "etpsPreentNo", "masterCuscd", "bizopEtpsSccd", "bizopEtpsno", "bizopEtpsNm", "rvsngdEtpsSccd",
            "rcvgdEtpsno", "rcvgdEtpsNm", "dclEtpsSccd", "dclEtpsno", "dclEtpsNm", "dclEtpsTypecd", "emsTypecd",
            "dclTypecd", "finishValidDate", "apcretNo", "netwkEtpsArcrpNo", "maxTovrAmt", "dclTime", "ucnsDclSegcd",
            "dclMarkcd", "emapvStucd", "pauseImpexpMarkcd", "pauseChgMarkcd", "putrecApprTime", "chgApprTime",
            "rcntVclrTime", "vclrApplyTime", "vclrPridVal", "adjaccMarkcd", "adjaccTmsCnt", "ucnsVernoCntrFlag",
            "rcaseMarkcd", "etpsPosesSadjaQuaFlag", "rmk"), "emsNo", null, "etpsPreentNo");

    /**
     * 报核, EMS/Common_ComplexType.xsd {@code EmsChgoffBsc}: customs assigns no number (the 账册's stays) and the
     * copy has no 企业内部编号; the receipt names the 预录入统一编号 in {@code HdeApprResult}.
     */
    public static final ReceiptCopy EMS_CHGOFF = new ReceiptCopy("EmsChgoffBsc", List.of("emsNo", "chgoffTmsCnt",
            "chgoffTypecd", "chgoffBeginTime", "chgoffDueTime", "bizopEtpsSccd", "bizopEtpsno", "bizopEtpsNm",
            "rvsngdEtpsSccd", "rcvgdEtpsno", "rcvgdEtpsNm", "impInvtTotalCnt", "expInvtTotalCnt",
            "chgoffMtpckTotalCnt", "chgoffEndprdTotalCnt", "chgoffLfmtTotalCnt", "chgoffImprTotalCnt",
            "impMtpckTotalAmt", "expEndprdTotalAmt", "inputTime", "inputCusrno", "chgoffDclTime", "fstSpareMarkcd",
            "spareAmt", "spareQty", "rmk", "chgoffMarkcd", "emapvMarkcd", "emapvTime", "dspsMarkcd",
            "dclSourceMarkcd", "masterCuscd"), null, null, null);

    /** 物流账册, EMS/Common_ComplexType.xsd {@code BwsBsc}. */
    public static final ReceiptCopy BWS = new ReceiptCopy("BwsBsc", List.of("bwsNo", "chgTmsCnt", "etpsPreentNo",
            "dclTypecd", "bwlTypecd", "masterCuscd", "bizopEtpsno", "bizopEtpsNm", "bizopEtpsSccd", "houseNo",
            "houseNm", "dclEtpsno", "dclEtpsNm", "dclEtpsSccd", "dclEtpsTypecd", "contactEr", "contactTele",
            "houseTypecd", "houseArea", "houseVolume", "houseAddress", "dclTime", "inputDate", "taxTypecd",
            "putrecApprTime", "chgApprTime", "finishValidDate", "pauseChgMarkcd", "emapvStucd", "dclMarkcd",
            "appendTypecd", "rmk", "ownerSystem"), "bwsNo", null, "etpsPreentNo");

    /**
     * 业务申报表, SAS/SAS201.xsd {@code SasDclBsc}: customs assigns the 申报表编号; the copy has no 企业内部编号 (the
     * receipt's {@code HdeApprResult} names the document).
     */
    public static final ReceiptCopy SAS_DCL = new ReceiptCopy("SasDclBsc", List.of("sasDclNo", "chgTmsCnt",
            "masterCuscd", "sasDclPreentNo", "dclTypecd", "businessTypecd", "directionTypecd", "areainOriactNo",
            "areaoutOriactNo", "areainEtpsno", "areainEtpsNm", "areainEtpsSccd", "areaoutEtpsno", "areaoutEtpsNm",
            "areaoutEtpsSccd", "dpstLevyBlNo", "validTime", "exhibitionPlace", "dclEr", "dclTime", "putrecEmapvTime",
            "chgEmapvTime", "clsCaseTime", "emapvMarkcd", "dclTbStucd", "rmk", "col1", "col2", "col3", "col4",
            "ownerSystem", "emapvDescription"), "sasDclNo", "sasDclPreentNo", null);

    /** 出入库单, SAS/SAS211.xsd {@code SasStockBsc}: customs assigns the 出入库单编号; no 企业内部编号 in the copy. */
    public static final ReceiptCopy SAS_STOCK = new ReceiptCopy("SasStockBsc", List.of("sasStockNo",
            "sasStockPreentNo", "dclTypecd", "sasDclNo", "masterCuscd", "stockTypecd", "rltBondInvtNo",
            "businessTypecd", "centralizedDclTypecd", "rltSasStockNo", "dclEr", "dclTime", "packageQty", "grossWt",
            "netWt", "packType", "levyBlAmt", "passTypecd", "passportUsedTypecd", "stucd", "emapvMarkcd", "rmk", "col1",
            "col2", "col3", "col4", "chgTmsCnt", "ownerSystem", "emapvDescription"), "sasStockNo", "sasStockPreentNo",
            null);

    /** 出境加工账册 (proposed, as {@link ImportLayout#OPL101}): {@code OplPutrecBsc}, customs assigning {@code oplNo}. */
    public static final ReceiptCopy OPL = new ReceiptCopy("OplPutrecBsc", List.of("oplNo", "chgTmsCnt",
            "etpsPreentNo", "dclTypecd", "masterCuscd", "bizopEtpsSccd", "bizopEtpsno", "bizopEtpsNm",
            "rcvgdEtpsSccd", "rcvgdEtpsno", "rcvgdEtpsNm", "dclEtpsSccd", "dclEtpsno", "dclEtpsNm", "ovsProcEtpsNm",
            "ovsProcNatcd", "contrNo", "supvModecd", "finishValidDate", "dclTime", "emapvMarkcd", "putrecApprTime",
            "chgApprTime", "rmk"), "oplNo", null, "etpsPreentNo");

    private static final Map<String, ReceiptCopy> BY_ELEMENT = Stream.of(BOND_INVT, SAS_PASSPORT, ET_ARCRP,
            EMS_PUTREC, EMS_CHGOFF, BWS, SAS_DCL, SAS_STOCK, OPL).collect(Collectors.toUnmodifiableMap(ReceiptCopy::element,
                    Function.identity()));

    /** The copy of that element, if the dictionary knows it. */
    public static Optional<ReceiptCopy> of(String element) {
        return Optional.ofNullable(BY_ELEMENT.get(element));
    }

    /**
     * The copy as customs writes it: every field in schema order, with its value from {@code values} (field key →
     * value), blank where there is none. Keys the copy has not are left out.
     */
    public WireElement element(Map<String, String> values) {
        return WireElement.of(element, order.stream().map(f -> WireElement.leaf(f, values.get(f))).toList());
    }
}
