package org.tongguan.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of one bundle: {@code messages_zh_CN.properties} is the default, {@code messages_en.properties} the second
 * locale. A key missing in the asked locale falls back to zh_CN, then to the key itself.
 */
public final class Messages {
    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;
    /** The core's own texts: rule texts, state names, permission names, the audit log's phrases. */
    public static final Messages CORE = new Messages("org.tongguan.core.messages", Messages.class.getClassLoader());
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader loader;
    private final Messages parent;

    public Messages(String baseName, ClassLoader loader) {
        this(baseName, loader, null);
    }

    private Messages(String baseName, ClassLoader loader, Messages parent) {
        this.baseName = baseName;
        this.loader = loader;
        this.parent = parent;
    }

    /**
     * These texts over {@code parent}'s: a key this bundle lacks is the parent's (e.g. an area's texts over the core's,
     * whose customs dictionary labels every element once); a key of both is this bundle's (an area's own label).
     */
    public Messages over(Messages parent) {
        return parent == null || parent.equals(this) || parent.equals(this.parent) ? this
                : new Messages(baseName, loader, parent);
    }

    /**
     * The text of {@code key} in {@code locale}, or null when neither this bundle nor its parent has the key: this
     * bundle's in that locale, else the parent's, else this bundle's Chinese.
     */
    public String find(String key, Locale locale) {
        Locale asked = supported(locale);
        String own = own(key, asked);
        if (own == null && parent != null) {
            own = parent.find(key, locale);
        }
        return own != null || asked.equals(DEFAULT_LOCALE) ? own : own(key, DEFAULT_LOCALE);
    }

    private String own(String key, Locale locale) {
        try {
            ResourceBundle rb = ResourceBundle.getBundle(baseName, locale, loader, NO_FALLBACK);
            return rb.containsKey(key) ? rb.getString(key) : null;
        } catch (MissingResourceException e) {
            return null; // no file for this locale
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Messages m && m.baseName.equals(baseName) && m.loader == loader
                && java.util.Objects.equals(m.parent, parent);
    }

    @Override
    public int hashCode() {
        return baseName.hashCode();
    }

    public String get(String key, Locale locale, Object... args) {
        String pattern = find(key, locale);
        if (pattern == null) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Key k ? get(k.key(), locale)
                    : args[i] instanceof Text t ? t.messages().get(t.key(), locale)
                    : args[i] instanceof Of o ? o.messages().get(o.key(), locale, o.args())
                    : args[i] instanceof RuleViolation v ? v.getMessage(locale) : args[i];
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** An argument that is itself a key of the same bundle, e.g. a field's label, translated with the message. */
    public record Key(String key) {
    }

    /**
     * An argument that is a key of another bundle's texts, e.g. the label of an area's field in a rule text of the
     * core, translated with the message.
     */
    public record Text(Messages messages, String key) {
    }

    /**
     * An argument that is a whole message of some bundle's texts (e.g. a row's error inside "第 3 行：…"); a
     * {@link RuleViolation} as an argument is its text in the same locale too.
     */
    public record Of(Messages messages, String key, Object[] args) {
        /** The text of an error, as an argument. */
        public static Of error(FieldError e) {
            return new Of(e.messages(), e.key(), e.args());
        }

        /** A message of {@code messages} with its arguments. */
        public static Of of(Messages messages, String key, Object... args) {
            return new Of(messages, key, args);
        }

        /** The text in that locale. */
        public String get(Locale locale) {
            return messages.get(key, locale, args);
        }
    }

    /** English when asked for any English locale, else Chinese. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : DEFAULT_LOCALE;
    }
}
