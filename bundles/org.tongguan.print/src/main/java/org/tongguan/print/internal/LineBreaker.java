package org.tongguan.print.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width. A line may break after a space, after {@code -} or {@code /}, and before or
 * after a CJK character, except before closing punctuation (，。) and after opening punctuation (（《); a word wider
 * than the line is broken anywhere. {@code \n} starts a new line. Spaces where a line breaks are dropped.
 */
final class LineBreaker {
    /** The width of one code point, in points, at the size being laid out. */
    @FunctionalInterface
    interface Widths {
        float of(int codePoint);
    }

    private static final String NO_BREAK_BEFORE = "，。、；：！？）》」』】〉〕”’…·,.;:!?)]}%";
    private static final String NO_BREAK_AFTER = "（《「『【〈〔“‘([{";

    private LineBreaker() {
    }

    /** The lines of {@code text} no wider than {@code width} (except single characters wider than it); at least one. */
    static List<String> lines(String text, float width, Widths widths) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            breakParagraph(paragraph.codePoints().toArray(), width, widths, lines);
        }
        return lines;
    }

    private static void breakParagraph(int[] cps, float width, Widths widths, List<String> lines) {
        int n = cps.length;
        int start = 0;
        if (n == 0) {
            lines.add("");
            return;
        }
        while (start < n) {
            float w = 0;
            int i = start;
            int lastBreak = -1;
            while (i < n) {
                if (i > start && breakBefore(cps, i)) {
                    lastBreak = i;
                }
                float cw = widths.of(cps[i]);
                if (i > start && w + cw > width) {
                    break;
                }
                w += cw;
                i++;
            }
            if (i == n) {
                lines.add(text(cps, start, n));
                return;
            }
            int end = cps[i] == ' ' ? i : lastBreak > start ? lastBreak : i;
            lines.add(text(cps, start, end));
            start = end;
            while (start < n && cps[start] == ' ') {
                start++;
            }
        }
    }

    /** The widest line of {@code text} without breaking it (but at its {@code \n}). */
    static float naturalWidth(String text, Widths widths) {
        float max = 0;
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                w = 0;
            } else {
                w += widths.of(cp);
                max = Math.max(max, w);
            }
        }
        return max;
    }

    /** The widest piece of {@code text} that cannot be broken (a word, or one CJK character with its punctuation). */
    static float minimumWidth(String text, Widths widths) {
        int[] cps = text.codePoints().toArray();
        float max = 0;
        float w = 0;
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == ' ' || cps[i] == '\n') {
                w = 0;
                continue;
            }
            if (i > 0 && breakBefore(cps, i)) {
                w = 0;
            }
            w += widths.of(cps[i]);
            max = Math.max(max, w);
        }
        return max;
    }

    private static boolean breakBefore(int[] cps, int i) {
        int prev = cps[i - 1];
        int cur = cps[i];
        if (cur == ' ') {
            return false;
        }
        if (prev == ' ' || prev == '-' || prev == '/') {
            return true;
        }
        return (cjk(prev) || cjk(cur)) && NO_BREAK_BEFORE.indexOf(cur) < 0 && NO_BREAK_AFTER.indexOf(prev) < 0;
    }

    static boolean cjk(int cp) {
        if (cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF) {
            return true; // CJK symbols and punctuation, full-width forms
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO;
    }

    private static String text(int[] cps, int from, int to) {
        while (to > from && cps[to - 1] == ' ') {
            to--;
        }
        return new String(cps, from, to - from);
    }
}
