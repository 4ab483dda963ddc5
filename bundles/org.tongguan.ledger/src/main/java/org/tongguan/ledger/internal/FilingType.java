package org.tongguan.ledger.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.tongguan.core.Validator;
import org.tongguan.core.declaration.AbstractDocumentType;

/**
 * What a 备案 that is later changed (企业资质申请, 加工贸易账册) does alike: its 结束有效期 lies after its 录入日期; a 变更
 * is declared as 申报类型 2; customs' approval brings the number it assigns (档案库编号, 账册编号) at the first time and
 * the 备案批准日期 or, for a 变更, the 变更批准日期.
 */
abstract class FilingType extends AbstractDocumentType {
    static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private final String numberKind;
    private final String numberKey;
    private final String pastKey;

    /**
     * @param numberKind the kind of number customs assigns at the first approval, e.g. {@code emsNo}
     * @param numberKey the header key it is kept in
     * @param pastKey the text of a 结束有效期 not after the 录入日期
     */
    FilingType(Description description, String numberKind, String numberKey, String pastKey) {
        super(description);
        this.numberKind = numberKind;
        this.numberKey = numberKey;
        this.pastKey = pastKey;
    }

    /** 结束有效期 lies after the 录入日期 (what has already ended cannot be filed). */
    @Override
    public void validateHeader(Map<String, String> header, Validator v) {
        String end = header.get("finishValidDate");
        String input = header.get("inputTime");
        if (end != null && input != null && end.compareTo(input) <= 0) {
            v.error("finishValidDate", messages(), pastKey, LocalDate.parse(input, BASIC).toString());
        }
    }

    @Override
    public void onChange(Map<String, String> header) {
        header.put("dclTypecd", "2");
    }

    @Override
    public void onApproved(Map<String, String> header, Map<String, String> numbers, LocalDate date,
            boolean afterChange) {
        String number = numbers.get(numberKind);
        if (number != null && !header.containsKey(numberKey)) {
            header.put(numberKey, number);
        }
        header.put(afterChange ? "chgApprTime" : "putrecApprTime", BASIC.format(date));
    }
}
