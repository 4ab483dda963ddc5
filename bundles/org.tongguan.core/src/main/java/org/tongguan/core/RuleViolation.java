package org.tongguan.core;

import java.util.Locale;

/**
 * A rule of the product was broken: bad input, a refused state change, a missing permission, a concurrent edit.
 * It carries a message key and arguments so the shell can show it in the clerk's language; {@link #getMessage()}
 * is the Chinese text.
 */
public class RuleViolation extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Messages messages;
    private final String key;
    private final transient Object[] args;

    public RuleViolation(String key, Object... args) {
        this(Messages.CORE, key, args);
    }

    /** For areas whose keys live in their own bundle's messages. */
    public RuleViolation(Messages messages, String key, Object... args) {
        super(messages.get(key, Messages.DEFAULT_LOCALE, args));
        this.messages = messages;
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public String getMessage(Locale locale) {
        return messages.get(key, locale, args);
    }

    protected static Messages coreMessages() {
        return Messages.CORE;
    }
}
