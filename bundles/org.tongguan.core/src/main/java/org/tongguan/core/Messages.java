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

    public Messages(String baseName, ClassLoader loader) {
        this.baseName = baseName;
        this.loader = loader;
    }

    /** The text of {@code key} in {@code locale}, or null when this bundle does not have the key. */
    public String find(String key, Locale locale) {
        for (Locale l : new Locale[] {supported(locale), DEFAULT_LOCALE}) {
            try {
                ResourceBundle rb = ResourceBundle.getBundle(baseName, l, loader, NO_FALLBACK);
                if (rb.containsKey(key)) {
                    return rb.getString(key);
                }
            } catch (MissingResourceException e) {
                // no file for this locale: try the default
            }
        }
        return null;
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

        /** This message in {@code locale}. */
        public String text(Locale locale) {
            return messages.get(key, locale, args);
        }
    }

    /** English when asked for any English locale, else Chinese. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : DEFAULT_LOCALE;
    }
}
