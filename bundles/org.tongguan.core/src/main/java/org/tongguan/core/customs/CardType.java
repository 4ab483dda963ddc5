package org.tongguan.core.customs;

/**
 * The two kinds of card medium (IC card or Ukey) an enterprise holds: the 法人卡 represents the enterprise, registers
 * operator cards and grants their rights; an 操作员卡 does 录入 (entry) or 申报 (declaration).
 */
public enum CardType {
    LEGAL_PERSON("法人卡"),
    OPERATOR("操作员卡");

    private final String nameZh;

    CardType(String nameZh) {
        this.nameZh = nameZh;
    }

    /** The name a clerk knows, e.g. 法人卡. */
    public String nameZh() {
        return nameZh;
    }
}
