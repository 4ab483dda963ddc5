package org.tongguan.core;

import java.util.Locale;

/** One broken rule on one field: {@code field} is the property name, the text names the field and the rule. */
public record FieldError(String field, Messages messages, String key, Object[] args) {
    public String message(Locale locale) {
        return messages.get(key, locale, args);
    }
}
