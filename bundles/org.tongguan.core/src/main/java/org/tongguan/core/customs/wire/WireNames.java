package org.tongguan.core.customs.wire;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The element names of the e-port client's import format. The product's field keys are the customs names of the
 * receipts (camelCase, {@code bondInvtNo}); the import format writes them in PascalCase ({@code BondInvtNo}). Where a
 * source writes another name, the {@linkplain #EXCEPTIONS exceptions} say so, misspellings kept: they are what the
 * e-port client reads.
 */
public final class WireNames {
    /** Dates in an imported message: {@code yyyyMMdd} (Ibondinvt.xml {@code InputTime}, GX inv101 {@code len=8}). */
    public static final DateTimeFormatter IMPORT_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /**
     * Message type → field key → import element, where the element is not the PascalCase of the key. Each line
     * names its source (docs/wire-formats.md).
     */
    static final Map<String, Map<String, String>> EXCEPTIONS = Map.of(
            // Ibondinvt.xml: 收货企业社会信用代码 is RvsngdEtpsSccd next to RcvgdEtpsno; the receipts' BondInvtBsc agrees
            "INV101", Map.of("rcvgdEtpsSccd", "RvsngdEtpsSccd"),
            // PHP SAS101 field list: the 主管关区 is MaserCuscd [sic] in the import, masterCuscd in the receipts; the
            // row's 序号 is the 申报序号; 录入单位 InputCode/InputSccd; LicenceVaildTime [sic]
            "SAS101", Map.of("masterCuscd", "MaserCuscd", "gdsSeqno", "SasDclSeqno", "inputEtpsno", "InputCode",
                    "inputEtpsSccd", "InputSccd", "licenceValidTime", "LicenceVaildTime"),
            // PHP SAS111 field list: AreainEtpsNo and DclEtpsNo (not …Etpsno as in SAS101), 录入单位, InputDate, the
            // row's 序号 is the 商品序号 SasStockSeqno, ModfMarcked [sic]
            "SAS111", Map.of("areainEtpsno", "AreainEtpsNo", "dclEtpsno", "DclEtpsNo", "inputEtpsno", "InputCode",
                    "inputEtpsSccd", "InputSccd", "inputTime", "InputDate", "gdsSeqno", "SasStockSeqno",
                    "modfMarkcd", "ModfMarcked"),
            // Ipassport.xml and GX sas121_models.go: the 录入单位 is InputCode / InputSccd (InputName as the key says)
            "SAS121", Map.of("inputEtpsno", "InputCode", "inputEtpsSccd", "InputSccd"),
            // derived from xsd/EMS (the schema's name of the same 中文 element): 企业资质
            "EMS101", Map.of("netwkEtpsArcrpNo", "EtArcrpNo", "rcvgdEtpsSccd", "PrcsEtpsSccd", "rcvgdEtpsno",
                    "PrcsEtpsno", "rcvgdEtpsNm", "PrcsEtpsNm", "prdtCapaAmt", "PrcsPrdcAbltAmt", "etpsAddr", "ConcAddr",
                    "finishValidDate", "FinishValidTime"),
            // derived from xsd/EMS: 账册 as INV101's 收发货企业
            "EMS111", Map.of("rcvgdEtpsSccd", "RvsngdEtpsSccd"),
            // derived from xsd/EMS: 报核 (报核开始/截止时间, 序号, 应剩余, 实际剩余, 差异)
            "EMS121", Map.of("vclrBgnDate", "ChgoffBeginTime", "vclrEndDate", "ChgoffDueTime", "gdsSeqno", "Seqno",
                    "expectQty", "ShdRemainQty", "actualQty", "ActlRemainQty", "diffQty", "DsmlQty", "diffAmt",
                    "DsmlAmt", "diffRate", "DsmlRate"),
            // derived from xsd/EMS: 物流账册 录入日期
            "BWS101", Map.of("inputTime", "InputDate"));

    private WireNames() {
    }

    /** The import element of field {@code key} in a message of {@code messageType}. */
    public static String element(String messageType, String key) {
        String irregular = EXCEPTIONS.getOrDefault(messageType, Map.of()).get(key);
        if (irregular != null) {
            return irregular;
        }
        return key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    /** The field key of import element {@code element} in a message of {@code messageType}: {@link #element} undone. */
    public static String key(String messageType, String element) {
        for (Map.Entry<String, String> e : EXCEPTIONS.getOrDefault(messageType, Map.of()).entrySet()) {
            if (e.getValue().equals(element)) {
                return e.getKey();
            }
        }
        return element.isEmpty() ? element : Character.toLowerCase(element.charAt(0)) + element.substring(1);
    }

    /**
     * A date as the import writes it: {@code 2028-12-31} or {@code 20281231} (the forms the product holds) becomes
     * {@code 20281231}; a blank stays blank.
     *
     * @throws IllegalArgumentException when {@code date} is not a date
     */
    public static String importDate(String date) {
        if (date == null || date.isBlank()) {
            return "";
        }
        String d = date.strip();
        try {
            return (d.length() == 8 ? LocalDate.parse(d, IMPORT_DATE) : LocalDate.parse(d)).format(IMPORT_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date (yyyy-MM-dd or yyyyMMdd): " + date, e);
        }
    }
}
