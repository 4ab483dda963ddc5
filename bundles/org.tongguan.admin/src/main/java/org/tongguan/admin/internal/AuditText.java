package org.tongguan.admin.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tongguan.core.Messages;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.time.TimeDisplay;

/**
 * How a recorded value reads on the audit page. Values are kept as they were written (older entries too); only the
 * reading is the reader's: a fixed phrase of the core's texts ({@code audit.passwordChanged}) in the reader's
 * language, the names of recorded fields ({@code state=}) and a document's state in it too, and a time (written as
 * UTC, e.g. {@code lockedUntil=2026-12-05T01:15:00Z}) in the product's time zone.
 */
final class AuditText {
    private static final Pattern PHRASE = Pattern.compile("audit\\.[A-Za-z_.]+");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");
    /** A state alone (the value before a state change) or as the value of {@code state=}. */
    private static final Pattern STATE = Pattern.compile("(^|state=)("
            + Arrays.stream(DocumentState.values()).map(Enum::name).collect(Collectors.joining("|")) + ")(?=,|$)");
    /** The event of a step recorded with the state it led to ({@code event=RESEND}). */
    private static final Pattern EVENT = Pattern.compile("event=("
            + Arrays.stream(DocumentEvent.values()).map(Enum::name).collect(Collectors.joining("|")) + ")(?=,|$)");
    /** A document's type, recorded by its id ({@code type=qyzz}). */
    private static final Pattern TYPE = Pattern.compile("type=([a-z][a-z0-9._-]*)(?=,|$)");
    private static final Pattern FIELD = Pattern.compile("\\b([A-Za-z]+)=");
    static final String FIELD_KEY = "admin.audit.field.";

    private AuditText() {
    }

    static String shown(String value, Locale locale, TimeDisplay time) {
        return shown(value, locale, time, (type, l) -> type);
    }

    /** @param typeTitle a document type's title in the locale, or the id when the type is not installed */
    static String shown(String value, Locale locale, TimeDisplay time,
            java.util.function.BiFunction<String, Locale, String> typeTitle) {
        if (value == null) {
            return "";
        }
        if (PHRASE.matcher(value).matches()) {
            String phrase = Messages.CORE.find(value, locale);
            if (phrase != null) {
                return phrase;
            }
        }
        String s = INSTANT.matcher(value).replaceAll(m -> time.dateTime(Instant.parse(m.group())));
        s = STATE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                + Messages.CORE.get(DocumentState.valueOf(m.group(2)).messageKey(), locale)));
        s = EVENT.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                "event=" + Messages.CORE.get("event." + m.group(1), locale)));
        s = TYPE.matcher(s).replaceAll(m -> Matcher.quoteReplacement("type=" + typeTitle.apply(m.group(1), locale)));
        return FIELD.matcher(s).replaceAll(m -> {
            String label = AdminMessages.MESSAGES.find(FIELD_KEY + m.group(1), locale);
            return Matcher.quoteReplacement(label == null ? m.group() : label + "=");
        });
    }
}
