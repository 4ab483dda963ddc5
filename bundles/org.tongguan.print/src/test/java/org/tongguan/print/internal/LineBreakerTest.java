package org.tongguan.print.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
    /** Every character one unit wide. */
    private static final LineBreaker.Widths UNIT = cp -> 1;

    @Test
    void breaksAtSpacesAndDropsThem() {
        assertEquals(List.of("the quick", "brown fox"), LineBreaker.lines("the quick brown fox", 10, UNIT));
        assertEquals(List.of("the", "quick"), LineBreaker.lines("the   quick", 5, UNIT));
    }

    @Test
    void breaksBetweenChineseCharactersButNotBeforeClosingPunctuation() {
        assertEquals(List.of("西安通关", "科技有限", "公司"), LineBreaker.lines("西安通关科技有限公司", 4, UNIT));
        // "，" may not start a line: the character before it moves down with it
        assertEquals(List.of("西安通", "关，科技"), LineBreaker.lines("西安通关，科技", 4, UNIT));
        // "（" may not end a line
        assertEquals(List.of("集成电", "（处理", "器）"), LineBreaker.lines("集成电（处理器）", 4, UNIT));
    }

    @Test
    void breaksAfterHyphensAndBetweenLatinAndChinese() {
        assertEquals(List.of("TG-", "2025"), LineBreaker.lines("TG-2025", 5, UNIT));
        assertEquals(List.of("型号", "ABC"), LineBreaker.lines("型号ABC", 3, UNIT));
    }

    @Test
    void wordWiderThanTheLineIsBrokenAnywhere() {
        assertEquals(List.of("abcd", "efgh", "ij"), LineBreaker.lines("abcdefghij", 4, UNIT));
        assertEquals(List.of("a", "b"), LineBreaker.lines("ab", 0.5f, UNIT), "one character a line at least");
    }

    @Test
    void newLinesStartNewLinesAndEmptyTextIsOneEmptyLine() {
        assertEquals(List.of("a", "", "b"), LineBreaker.lines("a\n\nb", 10, UNIT));
        assertEquals(List.of(""), LineBreaker.lines("", 10, UNIT));
    }

    @Test
    void naturalAndMinimumWidths() {
        assertEquals(11, LineBreaker.naturalWidth("hello world\nhi", UNIT));
        assertEquals(5, LineBreaker.minimumWidth("hello world hi", UNIT));
        assertEquals(1, LineBreaker.minimumWidth("西安通关", UNIT));
        assertEquals(2, LineBreaker.minimumWidth("西安。", UNIT), "the full stop stays with its character");
    }
}
