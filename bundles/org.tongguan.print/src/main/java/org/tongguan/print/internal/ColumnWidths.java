package org.tongguan.print.internal;

import java.util.Arrays;

/**
 * Shares a table's width among its columns in proportion to their content. When every column fits unbroken, each
 * gets its natural width plus a share of the rest in proportion to it. Otherwise the narrow columns (those whose
 * natural width is within an equal share of what the others leave) keep their natural width, unbroken, and the wide
 * ones share the rest: each gets at least its minimum (its widest unbreakable word) and the remainder in proportion to
 * how much more it would need; when even their minimums do not fit, in proportion to those.
 */
final class ColumnWidths {
    private ColumnWidths() {
    }

    /**
     * @param natural each column's width unbroken (padding included)
     * @param minimum each column's narrowest width without breaking a word (padding included)
     * @param available the table's width
     * @return the columns' widths, adding up to {@code available}
     */
    static float[] fit(float[] natural, float[] minimum, float available) {
        int n = natural.length;
        float[] nat = new float[n];
        float[] min = new float[n];
        float sumNat = 0;
        for (int i = 0; i < n; i++) {
            min[i] = Math.max(0, minimum[i]);
            nat[i] = Math.max(min[i], natural[i]);
            sumNat += nat[i];
        }
        float[] widths = new float[n];
        if (sumNat <= 0) {
            Arrays.fill(widths, available / n);
            return widths;
        }
        if (sumNat <= available) {
            for (int i = 0; i < n; i++) {
                widths[i] = nat[i] + (available - sumNat) * nat[i] / sumNat;
            }
            return widths;
        }
        // narrow columns keep their natural width
        boolean[] narrow = new boolean[n];
        float rest = available;
        int wide = n;
        boolean changed = true;
        while (changed && wide > 1) {
            changed = false;
            float share = rest / wide;
            for (int i = 0; i < n; i++) {
                if (!narrow[i] && nat[i] <= share) {
                    narrow[i] = true;
                    widths[i] = nat[i];
                    rest -= nat[i];
                    wide--;
                    changed = true;
                }
            }
        }
        float wideNat = 0;
        float wideMin = 0;
        for (int i = 0; i < n; i++) {
            if (!narrow[i]) {
                wideNat += nat[i];
                wideMin += min[i];
            }
        }
        for (int i = 0; i < n; i++) {
            if (narrow[i]) {
                continue;
            }
            if (wideMin <= rest && wideNat > wideMin) {
                widths[i] = min[i] + (rest - wideMin) * (nat[i] - min[i]) / (wideNat - wideMin);
            } else if (wideMin > 0) {
                widths[i] = rest * min[i] / wideMin;
            } else {
                widths[i] = rest * nat[i] / wideNat;
            }
        }
        return widths;
    }
}
