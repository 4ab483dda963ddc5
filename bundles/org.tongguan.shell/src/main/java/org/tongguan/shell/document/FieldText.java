package org.tongguan.shell.document;

import java.util.Locale;
import org.tongguan.core.code.CodeTables;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.FieldKind;
import org.tongguan.core.declaration.FieldSpec;

/** How a stored value reads for a person, in grids and on paper: a code with its name, anything else as stored. */
final class FieldText {
    private FieldText() {
    }

    /** "0110 一般贸易", "1-备案申请", or the value itself. */
    static String shown(DocumentType type, FieldSpec f, String value, CodeTables codes, Locale locale) {
        if (value == null || value.isEmpty() || f.kind() != FieldKind.CODE) {
            return value == null ? "" : value;
        }
        if (f.codeTable() != null) {
            return codes.table(f.codeTable()).label(value);
        }
        String key = f.options().get(value);
        return key == null ? value : value + "-" + type.messages().get(key, locale);
    }
}
