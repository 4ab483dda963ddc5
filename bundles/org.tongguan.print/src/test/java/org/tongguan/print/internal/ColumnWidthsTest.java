package org.tongguan.print.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ColumnWidthsTest {
    @Test
    void narrowContentIsWidenedInProportion() {
        assertArrayEquals(new float[] {20, 80}, ColumnWidths.fit(new float[] {10, 40}, new float[] {5, 10}, 100),
                0.001f);
    }

    @Test
    void narrowColumnsStayUnbrokenAndWideOnesShareTheRestByWhatTheyStillNeed() {
        // 30 is within a third of 300: kept; the minimums 20 + 20 leave 230 to share among the needs 280 and 180
        float[] widths = ColumnWidths.fit(new float[] {30, 300, 200}, new float[] {10, 20, 20}, 300);
        assertArrayEquals(new float[] {30, 20 + 230 * 280 / 460f, 20 + 230 * 180 / 460f}, widths, 0.001f);
    }

    @Test
    void aColumnThatBecomesNarrowOnceOthersAreKeptIsKeptToo() {
        // share 100: 40 kept; then share (300 - 40) / 2 = 130: 120 kept too; the last gets the rest
        assertArrayEquals(new float[] {40, 120, 140}, ColumnWidths.fit(new float[] {40, 120, 900},
                new float[] {10, 10, 10}, 300), 0.001f);
    }

    @Test
    void minimumsWiderThanThePageShareItInProportion() {
        assertArrayEquals(new float[] {25, 75}, ColumnWidths.fit(new float[] {200, 600}, new float[] {100, 300}, 100),
                0.001f);
    }

    @Test
    void emptyColumnsShareEqually() {
        assertArrayEquals(new float[] {50, 50}, ColumnWidths.fit(new float[] {0, 0}, new float[] {0, 0}, 100), 0.001f);
    }
}
