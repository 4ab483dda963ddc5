package org.tongguan.shell.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.tongguan.core.code.CodeTables;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.FieldKind;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.time.TimeDisplay;

/**
 * How a stored value reads for a person, in grids and on paper (one way for both): a code with its name, a date as
 * the date pickers show it, anything else as stored.
 */
final class FieldText {
    private FieldText() {
    }

    /** "0110 一般贸易", "1-备案申请", "2028-12-31" (stored 20281231), or the value itself. */
    static String shown(DocumentType type, FieldSpec f, String value, CodeTables codes, Locale locale) {
        if (value != null && f.kind() == FieldKind.DATE) {
            return date(value);
        }
        if (value == null || value.isEmpty() || f.kind() != FieldKind.CODE) {
            return value == null ? "" : value;
        }
        if (f.codeTable() != null) {
            return codes.table(f.codeTable()).label(value, locale);
        }
        String key = f.options().get(value);
        return key == null ? value : value + "-" + type.messages().get(key, locale);
    }

    /** A date stored as customs writes it (yyyyMMdd) as the screen shows it; anything else as stored. */
    private static String date(String stored) {
        try {
            return TimeDisplay.date(LocalDate.parse(stored, DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException notADate) {
            return stored;
        }
    }
}
