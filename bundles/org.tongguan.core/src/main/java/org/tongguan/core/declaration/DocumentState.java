package org.tongguan.core.declaration;

/**
 * The data state (数据状态) of a declaration document, as the manuals name it. The code is the one of the customs
 * bridges (docs/domain.md "Document states"): S 暂存, D 已申报, 1 入库成功, 2 申报失败 (入库失败), P 海关终审通过,
 * N 海关退单, M 转人工.
 */
public enum DocumentState {
    DRAFT("S"),
    DECLARED("D"),
    ACCEPTED("1"),
    DECLARE_FAILED("2"),
    APPROVED("P"),
    RETURNED("N"),
    MANUAL("M");

    private final String code;

    DocumentState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Message key of the state's name ({@code state.DRAFT} = 暂存 …) in the core texts. */
    public String messageKey() {
        return "state." + name();
    }
}
