package org.tongguan.ledger;

import java.math.BigDecimal;
import org.tongguan.core.Messages;

/**
 * The ledger area's texts (messages_zh_CN / messages_en of org.tongguan.ledger): the marks, movements, the refusals
 * every book and every document that moves a ledger share, the balance pages and the ledgers' menu groups.
 */
public final class LedgerTexts {
    public static final Messages MESSAGES = new Messages("org.tongguan.ledger.messages",
            LedgerTexts.class.getClassLoader());

    private LedgerTexts() {
    }

    /** A quantity or price as a clerk reads it: no trailing zeros, no exponent (500, 62.5, 0.00001). */
    public static String plain(BigDecimal d) {
        if (d == null) {
            return "";
        }
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
