package org.tongguan.ledger.internal.book;

import org.tongguan.core.Messages;

/** The area's texts (messages_zh_CN / messages_en of org.tongguan.ledger). */
public final class LedgerTexts {
    public static final Messages MESSAGES = new Messages("org.tongguan.ledger.messages",
            LedgerTexts.class.getClassLoader());

    private LedgerTexts() {
    }
}
