package org.tongguan.delegation.internal;

import org.tongguan.core.Messages;

/** The area's texts ({@code messages_zh_CN.properties}, {@code messages_en.properties}) over the core's. */
public final class DelegationTexts {
    public static final Messages MESSAGES = new Messages("org.tongguan.delegation.messages",
            DelegationTexts.class.getClassLoader()).over(Messages.CORE);

    private DelegationTexts() {
    }
}
