package org.tongguan.core.internal.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongguan.core.FieldError;
import org.tongguan.core.Messages;
import org.tongguan.core.Validator;
import org.tongguan.core.code.CodeEntry;
import org.tongguan.core.code.CodeTable;
import org.tongguan.core.code.CodeTableId;
import org.tongguan.core.code.CodeTables;
import org.tongguan.core.code.HsCode;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.enterprise.CreditCodes;
import org.tongguan.core.enterprise.Enterprise;

/** Checking and normalizing header and row values: each field kind, fills, products, read-only fields, texts. */
class FieldRulesTest {
    private static final Messages LABELS = new Messages("org.tongguan.core.internal.declaration.testlabels",
            FieldRulesTest.class.getClassLoader());

    private static final String CREDIT_17 = "91610131MA6TG1234";
    /** A valid 统一社会信用代码 (GB 32100 check character computed). */
    private static final String CREDIT = CREDIT_17 + CreditCodes.checkCharacter(CREDIT_17);
    /** The same code with a wrong check character. */
    private static final String CREDIT_WRONG = CREDIT_17 + CreditCodes.ALPHABET
            .charAt((CreditCodes.ALPHABET.indexOf(CreditCodes.checkCharacter(CREDIT_17)) + 1) % 31);
    private static final String OTHER_17 = "91440300708461136";
    private static final String OTHER_CREDIT = OTHER_17 + CreditCodes.checkCharacter(OTHER_17);

    static final FieldSpec MASTER = FieldSpec.text("masterCuscd", "head.masterCuscd", 4).asRequired();
    static final FieldSpec BIZOP = FieldSpec.enterprise("bizopEtpsno", "head.bizopEtpsno")
            .fills("bizopEtpsSccd", "bizopEtpsNm");
    static final FieldSpec SCCD = FieldSpec.creditCode("bizopEtpsSccd", "head.bizopEtpsSccd");
    static final FieldSpec NAME = FieldSpec.text("bizopEtpsNm", "head.bizopEtpsNm", 200);
    static final FieldSpec RMK = FieldSpec.text("rmk", "head.rmk", 10);
    static final FieldSpec VALID = FieldSpec.date("validDate", "head.validDate");
    static final FieldSpec MARK = FieldSpec.options("impexpMarkcd", "head.impexpMarkcd",
            Map.of("I", "option.I", "E", "option.E"));
    static final FieldSpec SEQ = FieldSpec.text("seqNo", "head.seqNo", 18).asReadOnly();
    static final List<FieldSpec> HEADER = List.of(MASTER, BIZOP, SCCD, NAME, RMK, VALID, MARK, SEQ);

    static final FieldSpec GDS_SEQNO = FieldSpec.integer("gdsSeqno", "item.gdsSeqno", 9);
    static final FieldSpec GDECD = FieldSpec.hsCode("gdecd", "item.gdecd").asRequired();
    static final FieldSpec GDS_NM = FieldSpec.text("gdsNm", "item.gdsNm", 512);
    static final FieldSpec UNIT = FieldSpec.code("lawfUnitcd", "item.lawfUnitcd", CodeTableId.UNIT);
    static final FieldSpec CURR = FieldSpec.code("dclCurrcd", "item.dclCurrcd", CodeTableId.CURRENCY);
    static final FieldSpec NAT = FieldSpec.code("natcd", "item.natcd", CodeTableId.COUNTRY);
    static final FieldSpec PRICE = FieldSpec.decimal("dclUprcAmt", "item.dclUprcAmt", 5);
    static final FieldSpec QTY = FieldSpec.decimal("dclQty", "item.dclQty", 5);
    static final FieldSpec TOTAL = FieldSpec.decimal("dclTotalAmt", "item.dclTotalAmt", 2).product("dclUprcAmt",
            "dclQty");
    static final List<FieldSpec> ITEM = List.of(GDS_SEQNO, GDECD, GDS_NM, UNIT, CURR, NAT, PRICE, QTY, TOTAL);

    private static final Map<String, Enterprise> REGISTRY = Map.of("6101960A01",
            enterprise("6101960A01", CREDIT, "西安通关木业有限公司"));

    private final List<String> lookedUp = new ArrayList<>();
    private final FieldRules rules = new FieldRules(new TestCodes(), code -> {
        lookedUp.add(code);
        return Optional.ofNullable(REGISTRY.get(code));
    });
    private final Validator v = Validator.core();

    // ---------------------------------------------------------------- required, text

    @Test
    void aMissingRequiredFieldIsNamedByItsLabel() {
        Map<String, String> out = header(Map.of("rmk", "无"));
        FieldError e = onlyError();
        assertEquals("masterCuscd", e.field());
        assertEquals("field.required", e.key());
        assertEquals("主管海关为必填项", e.message(Messages.DEFAULT_LOCALE));
        assertEquals(Map.of("rmk", "无"), out);
    }

    @Test
    void aBlankValueIsMissing() {
        Map<String, String> out = header(Map.of("masterCuscd", "  \t "));
        assertEquals("主管海关为必填项", onlyError().message(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Map.of(), out);
    }

    @Test
    void theErrorTextIsEnglishWhenAskedInEnglish() {
        header(Map.of());
        assertEquals("Customs district is required", onlyError().message(Locale.ENGLISH));
        assertEquals("Customs district is required", onlyError().message(Locale.US));
    }

    @Test
    void textIsTrimmedAndRefusedWhenTooLong() {
        assertEquals(Map.of("masterCuscd", "6101", "rmk", "一二三四五六七八九十"),
                header(Map.of("masterCuscd", " 6101 ", "rmk", "一二三四五六七八九十")));
        assertEquals(List.of(), v.errors());

        Map<String, String> out = header(Map.of("masterCuscd", "6101", "rmk", "一二三四五六七八九十一"));
        FieldError e = onlyError();
        assertEquals("rmk", e.field());
        assertEquals("field.tooLong", e.key());
        assertEquals("备注不得超过10个字符", e.message(Messages.DEFAULT_LOCALE));
        assertEquals("Remark must not be longer than 10 characters", e.message(Locale.ENGLISH));
        assertEquals(Map.of("masterCuscd", "6101"), out);
    }

    @Test
    void keysThatAreNoFieldAreDropped() {
        Map<String, String> out = header(Map.of("masterCuscd", "6101", "hacked", "x", "gdecd", "4421100090"));
        assertEquals(Map.of("masterCuscd", "6101"), out);
        assertEquals(List.of(), v.errors());
    }

    @Test
    void theValuesComeOutInFieldOrder() {
        Map<String, String> input = new LinkedHashMap<>();
        input.put("validDate", "2030-12-31");
        input.put("rmk", "备注");
        input.put("impexpMarkcd", "i");
        input.put("masterCuscd", "6101");
        Map<String, String> out = header(input);
        assertEquals(List.of("masterCuscd", "rmk", "validDate", "impexpMarkcd"), List.copyOf(out.keySet()));
        assertEquals(List.of("6101", "备注", "20301231", "I"), List.copyOf(out.values()));
    }

    // ---------------------------------------------------------------- decimals and integers

    @ParameterizedTest
    @CsvSource({"4.50, 4.5", "10, 10", "100, 100", "4.00, 4", "0.000, 0", "007.25, 7.25", ".5, 0.5", "5., 5",
            "+3, 3", "-0, 0", "12345678901234567.99, 12345678901234567.99"})
    void decimalsAreStoredPlainly(String input, String stored) {
        FieldSpec amount = FieldSpec.decimal("dclTotalAmt", "item.dclTotalAmt", 2);
        assertEquals(Map.of("dclTotalAmt", stored), one(amount, input));
        assertEquals(List.of(), v.errors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0.01", "1e3", "1E3", "4.505", "0.001", "abc", "1,000", "1 000", "0x10", "NaN",
            ".", "+", "123456789012345678", "123456789012345678.5"})
    void wrongDecimalsAreRefused(String input) {
        FieldSpec amount = FieldSpec.decimal("dclTotalAmt", "item.dclTotalAmt", 2);
        assertEquals(Map.of(), one(amount, input));
        FieldError e = onlyError();
        assertEquals("field.decimal", e.key());
        assertEquals("申报总价须为非负数，整数部分不超过17位，小数不超过2位", e.message(Messages.DEFAULT_LOCALE));
    }

    @Test
    void theIntegerDigitsLeaveRoomForTheScale() {
        // 19 digits in all: scale 5 leaves 14 integer digits
        assertEquals(Map.of("dclQty", "12345678901234.12345"), one(QTY, "12345678901234.12345"));
        assertEquals(List.of(), v.errors());
        assertEquals(Map.of(), one(QTY, "123456789012345"));
        assertEquals("申报数量须为非负数，整数部分不超过14位，小数不超过5位", onlyError().message(Messages.DEFAULT_LOCALE));
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "007, 7", "123456789, 123456789", "0, 0"})
    void integersAreStoredWithoutLeadingZeros(String input, String stored) {
        assertEquals(Map.of("gdsSeqno", stored), one(GDS_SEQNO, input));
        assertEquals(List.of(), v.errors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "-1", "+1", "1234567890", "一", "1e2", "١٢"})
    void wrongIntegersAreRefused(String input) {
        assertEquals(Map.of(), one(GDS_SEQNO, input));
        FieldError e = onlyError();
        assertEquals("field.integer", e.key());
        assertEquals("序号须为不超过9位的非负整数", e.message(Messages.DEFAULT_LOCALE));
    }

    // ---------------------------------------------------------------- dates

    @ParameterizedTest
    @CsvSource({"2030-12-31, 20301231", "20301231, 20301231", "2028-02-29, 20280229", "20280229, 20280229",
            "' 2030-01-05 ', 20300105"})
    void datesAreStoredAsYyyyMmDd(String input, String stored) {
        assertEquals(Map.of("validDate", stored), one(VALID, input));
        assertEquals(List.of(), v.errors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"20300231", "2030-02-29", "20301301", "2030-12-32", "2030/12/31", "2030-1-5", "301231",
            "31.12.2030", "tomorrow"})
    void impossibleOrMisshapenDatesAreRefused(String input) {
        assertEquals(Map.of(), one(VALID, input));
        FieldError e = onlyError();
        assertEquals("validDate", e.field());
        assertEquals("field.date", e.key());
        assertEquals("有效期须为日期（yyyyMMdd 或 yyyy-MM-dd）", e.message(Messages.DEFAULT_LOCALE));
    }

    /**
     * A stored date is yyyyMMdd, 8 digits, as the customs messages carry it (FieldKind.DATE). Shows a bug: the
     * "uuuu" year of FieldRules' formatters takes a sign, so "+120301231" is stored as "+120301231" and
     * "-2030-12-31" as "-20301231".
     */
    @ParameterizedTest
    @ValueSource(strings = {"+120301231", "-2030-12-31", "+20301231"})
    void aSignedYearIsRefused(String input) {
        Map<String, String> out = one(VALID, input);
        assertEquals(Map.of(), out, "stored as " + out.get("validDate"));
        assertEquals("field.date", onlyError().key());
    }

    // ---------------------------------------------------------------- enterprises and credit codes

    @Test
    void anEnterpriseCodeIsUpperCasedAndFillsCreditCodeAndNameFromTheRegistry() {
        Map<String, String> out = header(Map.of("masterCuscd", "6101", "bizopEtpsno", "6101960a01",
                "bizopEtpsSccd", OTHER_CREDIT, "bizopEtpsNm", "旧名称"));
        assertEquals(List.of(), v.errors());
        assertEquals(List.of("6101960A01"), lookedUp);
        assertEquals(Map.of("masterCuscd", "6101", "bizopEtpsno", "6101960A01", "bizopEtpsSccd", CREDIT,
                "bizopEtpsNm", "西安通关木业有限公司"), out);
    }

    @Test
    void anEnterpriseNotInTheRegistryKeepsWhatWasEntered() {
        Map<String, String> out = header(Map.of("masterCuscd", "6101", "bizopEtpsno", "6101960B02",
                "bizopEtpsSccd", OTHER_CREDIT, "bizopEtpsNm", "自填企业"));
        assertEquals(List.of(), v.errors());
        assertEquals(List.of("6101960B02"), lookedUp);
        assertEquals(Map.of("masterCuscd", "6101", "bizopEtpsno", "6101960B02", "bizopEtpsSccd", OTHER_CREDIT,
                "bizopEtpsNm", "自填企业"), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"610196", "6101960A011", "6101-60A01", "6101960A0１", "中文中文中文中文中文"})
    void aWrongEnterpriseCodeIsRefusedWithoutALookup(String input) {
        Map<String, String> out = one(BIZOP, input);
        assertEquals(Map.of(), out);
        assertEquals(List.of(), lookedUp);
        FieldError e = onlyError();
        assertEquals("field.enterpriseCode", e.key());
        assertEquals("经营企业编号须为10位海关编码（数字或大写字母）", e.message(Messages.DEFAULT_LOCALE));
    }

    @Test
    void aValidCreditCodeIsUpperCased() {
        assertEquals(Map.of("bizopEtpsSccd", CREDIT), one(SCCD, CREDIT.toLowerCase(Locale.ROOT)));
        assertEquals(List.of(), v.errors());
    }

    @Test
    void aCreditCodeWithAWrongCheckCharacterIsRefused() {
        assertFalse(CreditCodes.isValid(CREDIT_WRONG));
        assertEquals(Map.of(), one(SCCD, CREDIT_WRONG));
        FieldError e = onlyError();
        assertEquals("bizopEtpsSccd", e.field());
        assertEquals("field.creditCode", e.key());
        assertEquals("经营企业社会信用代码不是有效的统一社会信用代码（GB 32100 校验不通过）", e.message(Messages.DEFAULT_LOCALE));
    }

    @Test
    void aCreditCodeOfWrongLengthIsRefused() {
        assertEquals(Map.of(), one(SCCD, CREDIT_17));
        assertEquals("field.creditCode", onlyError().key());
    }

    // ---------------------------------------------------------------- HS codes

    @Test
    void anHsCodeFillsNameAndLegalUnitWhenBlank() {
        Map<String, String> out = item(Map.of("gdecd", " 4421100090 "));
        assertEquals(List.of(), v.errors());
        assertEquals(Map.of("gdecd", "4421100090", "gdsNm", "木衣架", "lawfUnitcd", "007"), out);
    }

    @Test
    void anHsCodeFillsTheSecondLegalUnitWhereTheListHasIt() {
        List<FieldSpec> fields = List.of(GDECD, FieldSpec.text("gdsNm", "item.gdsNm", 512),
                FieldSpec.code("lawfUnitcd", "item.lawfUnitcd", CodeTableId.UNIT),
                FieldSpec.code("secdLawfUnitcd", "item.lawfUnitcd", CodeTableId.UNIT));
        Map<String, String> out = rules.normalize(fields, Map.of("gdecd", "8542319000"), Map.of(), LABELS, "mtpck.", v);
        assertEquals(List.of(), v.errors());
        assertEquals(Map.of("gdecd", "8542319000", "gdsNm", "其他用作处理器及控制器的集成电路", "lawfUnitcd", "007",
                "secdLawfUnitcd", "035"), out);
        // a list without the second unit keeps nothing of it
        assertEquals(Map.of("gdecd", "8542319000", "gdsNm", "其他用作处理器及控制器的集成电路", "lawfUnitcd", "007"),
                item(Map.of("gdecd", "8542319000")));
    }

    @Test
    void anHsCodeKeepsANameAndUnitTheClerkEntered() {
        Map<String, String> out = item(Map.of("gdecd", "4421100090", "gdsNm", "松木衣架", "lawfUnitcd", "035"));
        assertEquals(List.of(), v.errors());
        assertEquals(Map.of("gdecd", "4421100090", "gdsNm", "松木衣架", "lawfUnitcd", "035"), out);
    }

    @Test
    void anHsCodeWithoutANameFillsNothing() {
        assertEquals(Map.of("gdecd", "0101210010"), item(Map.of("gdecd", "0101210010")));
        assertEquals(List.of(), v.errors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"442110009", "44211000901", "4421.10.00", "442110009A", "４４２１１０００９０"})
    void anHsCodeOfWrongShapeIsRefused(String input) {
        Map<String, String> out = item(Map.of("gdecd", input));
        assertEquals(Map.of(), out);
        FieldError e = onlyError();
        assertEquals("mtpck.gdecd", e.field());
        assertEquals("field.hsCode.format", e.key());
        assertEquals("商品编码须为10位数字", e.message(Messages.DEFAULT_LOCALE));
    }

    @Test
    void anUnknownHsCodeIsRefused() {
        Map<String, String> out = item(Map.of("gdecd", "9999999999", "gdsNm", "不存在"));
        assertEquals(Map.of("gdsNm", "不存在"), out);
        FieldError e = onlyError();
        assertEquals("mtpck.gdecd", e.field());
        assertEquals("field.hsCode.unknown", e.key());
        assertEquals("商品编码“9999999999”不在商品编码表中", e.message(Messages.DEFAULT_LOCALE));
        assertEquals("HS code \"9999999999\" is not in the HS code list", e.message(Locale.ENGLISH));
    }

    @Test
    void aMissingRequiredColumnCarriesThePrefix() {
        item(Map.of("gdsNm", "衣架"));
        FieldError e = onlyError();
        assertEquals("mtpck.gdecd", e.field());
        assertEquals("商品编码为必填项", e.message(Messages.DEFAULT_LOCALE));
        assertEquals("HS code is required", e.message(Locale.ENGLISH));
    }

    // ---------------------------------------------------------------- codes

    @Test
    void codesOfATableAreUpperCased() {
        Map<String, String> out = item(Map.of("gdecd", "8536500000", "lawfUnitcd", "035", "dclCurrcd", "usd",
                "natcd", "chn"));
        assertEquals(List.of(), v.errors());
        assertEquals(Map.of("gdecd", "8536500000", "gdsNm", "其他开关", "lawfUnitcd", "035", "dclCurrcd", "USD",
                "natcd", "CHN"), out);
    }

    @ParameterizedTest
    @CsvSource({"lawfUnitcd, 999, 法定计量单位“999”不是有效代码", "dclCurrcd, RMB, 币制“RMB”不是有效代码",
            "natcd, 142, 产销国“142”不是有效代码", "natcd, CN, 产销国“CN”不是有效代码"})
    void codesNotInTheTableAreRefused(String key, String input, String message) {
        Map<String, String> out = item(Map.of("gdecd", "8536500000", "gdsNm", "开关", key, input));
        assertEquals(Map.of("gdecd", "8536500000", "gdsNm", "开关"), out);
        FieldError e = onlyError();
        assertEquals("mtpck." + key, e.field());
        assertEquals("field.code.unknown", e.key());
        assertEquals(message, e.message(Messages.DEFAULT_LOCALE));
    }

    @Test
    void codesOfTheFieldsOwnOptionsAreUpperCased() {
        assertEquals(Map.of("impexpMarkcd", "E"), one(MARK, "e"));
        assertEquals(Map.of("impexpMarkcd", "I"), one(MARK, "I"));
        assertEquals(List.of(), v.errors());
    }

    @Test
    void codesNotAmongTheOptionsAreRefused() {
        assertEquals(Map.of(), one(MARK, "x"));
        FieldError e = onlyError();
        assertEquals("field.code.unknown", e.key());
        assertEquals("进出口标志“x”不是有效代码", e.message(Messages.DEFAULT_LOCALE));
        assertEquals("Import/export mark \"x\" is not a valid code", e.message(Locale.ENGLISH));
    }

    // ---------------------------------------------------------------- products and read-only fields

    @ParameterizedTest
    @CsvSource({"4.5, 3, 13.50", "0.005, 1, 0.01", "0.004, 1, 0.00", "1.23456, 2, 2.47", "100, 0.5, 50.00",
            "0, 7, 0.00"})
    void theTotalIsPriceTimesQuantityRoundedHalfUpToTwoDecimals(String price, String qty, String total) {
        Map<String, String> out = item(Map.of("gdecd", "4421100090", "dclUprcAmt", price, "dclQty", qty));
        assertEquals(List.of(), v.errors());
        assertEquals(total, out.get("dclTotalAmt"));
    }

    @Test
    void theTotalIgnoresWhatWasEntered() {
        Map<String, String> input = Map.of("gdecd", "4421100090", "dclUprcAmt", "4.5", "dclQty", "3",
                "dclTotalAmt", "999");
        assertEquals("13.50", rules.normalize(ITEM, input, Map.of("dclTotalAmt", "1.00"), LABELS, "mtpck.", v)
                .get("dclTotalAmt"));
    }

    @Test
    void noTotalWithoutBothFactors() {
        Map<String, String> out = rules.normalize(ITEM,
                Map.of("gdecd", "4421100090", "dclUprcAmt", "4.5", "dclTotalAmt", "13.50"),
                Map.of("dclTotalAmt", "13.50"), LABELS, "mtpck.", v);
        assertEquals(List.of(), v.errors());
        assertFalse(out.containsKey("dclTotalAmt"), out.toString());
        assertEquals(Map.of("gdecd", "4421100090", "gdsNm", "木衣架", "lawfUnitcd", "007", "dclUprcAmt", "4.5"), out);
    }

    @Test
    void noTotalWhenAFactorIsWrong() {
        Map<String, String> out = item(Map.of("gdecd", "4421100090", "dclUprcAmt", "-4.5", "dclQty", "3"));
        assertFalse(out.containsKey("dclTotalAmt"), out.toString());
        assertFalse(out.containsKey("dclUprcAmt"), out.toString());
        FieldError e = onlyError();
        assertEquals("mtpck.dclUprcAmt", e.field());
        assertEquals("field.decimal", e.key());
    }

    @Test
    void aReadOnlyFieldTakesTheSystemsValueAndIgnoresTheInput() {
        Map<String, String> input = Map.of("masterCuscd", "6101", "seqNo", "HACKED");
        assertEquals(Map.of("masterCuscd", "6101", "seqNo", "900020250000000001"),
                rules.normalize(HEADER, input, Map.of("seqNo", " 900020250000000001 "), LABELS, "", v));
        assertEquals(Map.of("masterCuscd", "6101"), rules.normalize(HEADER, input, Map.of(), LABELS, "", v));
        assertEquals(List.of(), v.errors());
    }

    @Test
    void aReadOnlyFieldIsNotChecked() {
        FieldSpec readOnlyDate = FieldSpec.date("inputDate", "head.validDate").asReadOnly().asRequired();
        assertEquals(Map.of("inputDate", "not a date"), rules.normalize(List.of(readOnlyDate), Map.of(),
                Map.of("inputDate", "not a date"), LABELS, "", v));
        assertEquals(Map.of(), rules.normalize(List.of(readOnlyDate), Map.of(), Map.of(), LABELS, "", v));
        assertEquals(List.of(), v.errors());
    }

    @Test
    void everyWrongFieldIsReportedInFieldOrder() {
        item(Map.of("gdsSeqno", "x", "gdecd", "1", "natcd", "ZZZ", "dclQty", "1e3"));
        assertEquals(List.of("mtpck.gdsSeqno", "mtpck.gdecd", "mtpck.natcd", "mtpck.dclQty"),
                v.errors().stream().map(FieldError::field).toList());
        assertEquals(List.of("field.integer", "field.hsCode.format", "field.code.unknown", "field.decimal"),
                v.errors().stream().map(FieldError::key).toList());
    }

    // ---------------------------------------------------------------- helpers

    private Map<String, String> header(Map<String, String> input) {
        return rules.normalize(HEADER, input, Map.of(), LABELS, "", v);
    }

    private Map<String, String> item(Map<String, String> input) {
        return rules.normalize(ITEM, input, Map.of(), LABELS, "mtpck.", v);
    }

    private Map<String, String> one(FieldSpec f, String value) {
        return rules.normalize(List.of(f), Map.of(f.key(), value), Map.of(), LABELS, "", v);
    }

    private FieldError onlyError() {
        List<FieldError> errors = v.errors();
        assertEquals(1, errors.size(), () -> errors.stream()
                .map(e -> e.field() + ": " + e.message(Messages.DEFAULT_LOCALE)).toList().toString());
        return errors.get(0);
    }

    private static Enterprise enterprise(String customsCode, String creditCode, String name) {
        Enterprise e = new Enterprise();
        e.setCustomsCode(customsCode);
        e.setCreditCode(creditCode);
        e.setName(name);
        return e;
    }

    /** A few entries of the customs tables and three HS codes, one of them without a name (as shipped). */
    private static final class TestCodes implements CodeTables {
        private final Map<CodeTableId, CodeTable> tables = Map.of(
                CodeTableId.UNIT, new CodeTable(CodeTableId.UNIT, List.of(new CodeEntry("007", "个", null, null),
                        new CodeEntry("035", "千克", null, null))),
                CodeTableId.CURRENCY, new CodeTable(CodeTableId.CURRENCY, List.of(
                        new CodeEntry("CNY", "人民币", "Yuan Renminbi", "CNY"),
                        new CodeEntry("USD", "美元", "US Dollar", "USD"))),
                CodeTableId.COUNTRY, new CodeTable(CodeTableId.COUNTRY, List.of(
                        new CodeEntry("CHN", "中国", "China", "CHN"))));
        private final List<HsCode> hs = List.of(new HsCode("0101210010", null, null, null),
                new HsCode("4421100090", "木衣架", "007", null), new HsCode("8536500000", "其他开关", null, null),
                new HsCode("8542319000", "其他用作处理器及控制器的集成电路", "007", "035"));

        @Override
        public CodeTable table(CodeTableId id) {
            CodeTable t = tables.get(id);
            if (t == null) {
                throw new IllegalArgumentException("no test table " + id);
            }
            return t;
        }

        @Override
        public List<HsCode> searchHs(String prefix, int limit) {
            if (prefix == null || prefix.length() < 4) {
                return List.of();
            }
            return hs.stream().filter(h -> h.code().startsWith(prefix)).limit(limit).toList();
        }

        @Override
        public Optional<HsCode> findHs(String code) {
            return hs.stream().filter(h -> h.code().equals(code)).findFirst();
        }

        @Override
        public List<HsCode> searchHsNames(String words, int limit) {
            return hs.stream().filter(h -> h.nameZh() != null && h.nameZh().contains(words)).limit(limit).toList();
        }

        @Override
        public int hsCount() {
            return hs.size();
        }

        @Override
        public String hsEdition() {
            return "test";
        }
    }
}
