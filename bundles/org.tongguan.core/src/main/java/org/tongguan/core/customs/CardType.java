package org.tongguan.core.customs;

import java.util.Locale;
import org.tongguan.core.Messages;

/**
 * The two kinds of card medium (IC card or Ukey) an enterprise holds: the 法人卡 represents the enterprise, registers
 * operator cards and grants their rights; an 操作员卡 does 录入 (entry) or 申报 (declaration).
 */
public enum CardType {
    LEGAL_PERSON,
    OPERATOR;

    /** The key of its name in the core's texts. */
    public String key() {
        return "card.type." + name();
    }

    /** The name a clerk knows, in {@code locale}: 法人卡 / Legal-person card. */
    public String name(Locale locale) {
        return Messages.CORE.get(key(), locale);
    }
}
