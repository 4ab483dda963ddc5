package org.tongguan.messages.internal;

import org.tongguan.core.Messages;

/** The texts of this area, shared by its page, its header item and its notices. */
final class MessageTexts {
    static final Messages MESSAGES = new Messages("org.tongguan.messages.messages",
            MessageTexts.class.getClassLoader());

    private MessageTexts() {
    }
}
