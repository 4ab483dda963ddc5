package org.tongguan.core.internal.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stored text form of header and row values: what goes in comes out, one line per value. */
class FieldValuesTest {

    @Test
    void aRoundTripKeepsEveryValueAndTheOrder() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("gdsNm", "木制衣架（松木，规格 40×20cm）");
        values.put("formula", "a=b==c=");
        values.put("path", "C:\\temp\\报关单\\");
        values.put("rmk", "第一行\n第二行\n");
        values.put("crlf", "甲\r\n乙\r");
        values.put("k=ey", "v");
        values.put("=", "=");
        values.put("back\\slash\\", "\\n is not a newline");
        values.put("key\nwith\rbreaks", "值");
        values.put("dclQty", "3");

        String text = FieldValues.encode(values);
        Map<String, String> back = FieldValues.decode(text);

        assertEquals(values, back);
        assertEquals(List.copyOf(values.keySet()), List.copyOf(back.keySet()));
        // one line per value: every newline inside keys and values is escaped
        assertEquals(values.size(), text.chars().filter(c -> c == '\n').count(), text);
        assertTrue(text.indexOf('\r') < 0, text);
    }

    @Test
    void theStoredFormEscapesBackslashNewlineCarriageReturnAndEqualsInKeys() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("a=b", "x=y");
        values.put("c", "1\n2\r3\\4");
        assertEquals("a\\=b=x=y\nc=1\\n2\\r3\\\\4\n", FieldValues.encode(values));
    }

    @Test
    void emptyAndNullValuesAreNotStored() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("empty", "");
        values.put("none", null);
        values.put("dclQty", "3");
        assertEquals("dclQty=3\n", FieldValues.encode(values));
        assertEquals(Map.of("dclQty", "3"), FieldValues.decode(FieldValues.encode(values)));
        assertEquals("", FieldValues.encode(Map.of()));
    }

    /**
     * The class documents "one key=value line per non-blank value"; a value of spaces only is blank and must not be
     * stored. Shows a bug: encode drops only empty values, so {@code " "} is stored as {@code "blank= \n"}.
     */
    @Test
    void blankValuesAreNotStored() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("blank", "   ");
        values.put("tab", "\t");
        values.put("dclQty", "3");
        assertEquals("dclQty=3\n", FieldValues.encode(values));
    }

    @Test
    void decodingNothingGivesNoValues() {
        assertEquals(Map.of(), FieldValues.decode(null));
        assertEquals(Map.of(), FieldValues.decode(""));
    }

    @Test
    void decodingReadsALastLineWithoutNewline() {
        assertEquals(Map.of("a", "1", "b", "2=3"), FieldValues.decode("a=1\nb=2=3"));
    }
}
