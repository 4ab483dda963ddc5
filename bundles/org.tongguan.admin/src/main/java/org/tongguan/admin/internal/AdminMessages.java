package org.tongguan.admin.internal;

import org.tongguan.core.Messages;

/** The texts of this bundle, shared by its three contributions. */
final class AdminMessages {
    static final Messages MESSAGES = new Messages("org.tongguan.admin.messages", AdminMessages.class.getClassLoader());

    private AdminMessages() {
    }
}
