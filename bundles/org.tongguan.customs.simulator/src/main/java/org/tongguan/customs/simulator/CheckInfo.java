package org.tongguan.customs.simulator;

import java.util.Objects;

/**
 * One 检查信息 of a receipt: a customs check code and its text, e.g. {@code 3349} "加工账册资质: 商务部前置审批开关开启,
 * 企业必须申报表体". The receipts carry both verbatim.
 *
 * @param code the check code, not blank
 * @param text what the check found, not null
 */
public record CheckInfo(String code, String text) {
    public CheckInfo {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("blank check code");
        }
        Objects.requireNonNull(text, "text");
    }

    /** "[code] text", as the receipt screens show it. */
    @Override
    public String toString() {
        return "[" + code + "] " + text;
    }
}
