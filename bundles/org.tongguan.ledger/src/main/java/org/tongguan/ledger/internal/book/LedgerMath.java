package org.tongguan.ledger.internal.book;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongguan.ledger.Balance;
import org.tongguan.ledger.LedgerItem;
import org.tongguan.ledger.Mark;
import org.tongguan.ledger.MovementKind;

/**
 * The arithmetic of balances and 报核, on sums the database made: BigDecimal throughout, quantities rounded to 5
 * decimals HALF_UP once, after the sums (单耗 carries 9). See {@link MovementKind} for what each movement does.
 */
final class LedgerMath {
    /** Quantities of the ledger: decimal(19,5). */
    static final int QTY_SCALE = 5;

    private LedgerMath() {
    }

    /** A 料件 or 成品 row of the ledger. */
    record Key(Mark mark, long seqNo) {
    }

    /** A 成品 and the 单耗版本 its export was counted with. */
    record Product(long seqNo, String verno) {
    }

    /** One BOM row: {@code ucns} of 料件 {@code mtpck} per unit of the 成品, {@code bondRatio} % of it bonded. */
    record BomRow(long mtpck, BigDecimal ucns, BigDecimal bondRatio) {
        /** The bonded material of {@code qty} units of the 成品, exact (as the database's numeric multiplies). */
        BigDecimal material(BigDecimal qty) {
            return qty.multiply(ucns).multiply(bondRatio).movePointLeft(2);
        }
    }

    /** The sums of movements per row and kind, and the exports of 成品 per 单耗版本. */
    static final class Sums {
        final Map<Key, Map<MovementKind, BigDecimal>> byRow = new HashMap<>();
        final Map<Product, BigDecimal> exports = new HashMap<>();

        void add(Mark mark, long seqNo, MovementKind kind, String verno, BigDecimal qty) {
            byRow.computeIfAbsent(new Key(mark, seqNo), k -> new EnumMap<>(MovementKind.class))
                    .merge(kind, qty, BigDecimal::add);
            if (kind == MovementKind.EXPORT) {
                exports.merge(new Product(seqNo, verno), qty, BigDecimal::add);
            }
        }

        BigDecimal of(Mark mark, long seqNo, MovementKind kind) {
            return byRow.getOrDefault(new Key(mark, seqNo), Map.of()).getOrDefault(kind, BigDecimal.ZERO);
        }

        /** 成品折料 per 料件 序号, unrounded. */
        Map<Long, BigDecimal> consumption(Map<Product, List<BomRow>> bom) {
            Map<Long, BigDecimal> used = new HashMap<>();
            exports.forEach((product, qty) -> {
                for (BomRow r : bom.getOrDefault(product, List.of())) {
                    used.merge(r.mtpck(), r.material(qty), BigDecimal::add);
                }
            });
            return used;
        }
    }

    static BigDecimal qty(BigDecimal exact) {
        return exact.setScale(QTY_SCALE, RoundingMode.HALF_UP);
    }

    /** The exact (unrounded) 余量 of a 料件 from the sums and its 成品折料. */
    static BigDecimal materialBalance(long seqNo, Sums sums, BigDecimal consumed) {
        return sums.of(Mark.I, seqNo, MovementKind.IMPORT).add(sums.of(Mark.I, seqNo, MovementKind.TRANSFER_IN))
                .subtract(consumed == null ? BigDecimal.ZERO : consumed)
                .subtract(sums.of(Mark.I, seqNo, MovementKind.DOMESTIC))
                .subtract(sums.of(Mark.I, seqNo, MovementKind.REEXPORT))
                .subtract(sums.of(Mark.I, seqNo, MovementKind.TRANSFER_OUT))
                .subtract(sums.of(Mark.I, seqNo, MovementKind.SCRAP));
    }

    /** The balance of a row from the sums (a 料件's 成品折料 given, unrounded). */
    static Balance balance(LedgerItem item, Sums sums, BigDecimal consumed) {
        Mark m = item.mark();
        long s = item.seqNo();
        if (m == Mark.I) {
            BigDecimal imported = sums.of(m, s, MovementKind.IMPORT);
            BigDecimal domestic = sums.of(m, s, MovementKind.DOMESTIC);
            BigDecimal reexported = sums.of(m, s, MovementKind.REEXPORT);
            BigDecimal transferred = sums.of(m, s, MovementKind.TRANSFER_IN)
                    .subtract(sums.of(m, s, MovementKind.TRANSFER_OUT));
            BigDecimal scrap = sums.of(m, s, MovementKind.SCRAP);
            BigDecimal used = consumed == null ? BigDecimal.ZERO : consumed;
            BigDecimal balance = materialBalance(s, sums, used);
            return new Balance(item, qty(imported), qty(BigDecimal.ZERO), qty(used), qty(domestic), qty(reexported),
                    qty(transferred), qty(scrap), qty(balance));
        }
        BigDecimal returnedIn = sums.of(m, s, MovementKind.RETURN_IN);
        BigDecimal exported = sums.of(m, s, MovementKind.EXPORT);
        BigDecimal returnedOut = sums.of(m, s, MovementKind.RETURN_OUT);
        BigDecimal balance = item.declaredQty().add(returnedIn).subtract(exported).subtract(returnedOut);
        return new Balance(item, qty(returnedIn), qty(exported), qty(BigDecimal.ZERO), qty(BigDecimal.ZERO),
                qty(returnedOut), qty(BigDecimal.ZERO), qty(BigDecimal.ZERO), qty(balance));
    }

    /** The balances of the rows, in their order. */
    static List<Balance> balances(List<LedgerItem> items, Sums sums, Map<Product, List<BomRow>> bom) {
        Map<Long, BigDecimal> used = sums.consumption(bom);
        List<Balance> out = new ArrayList<>(items.size());
        for (LedgerItem i : items) {
            out.add(balance(i, sums, i.mark() == Mark.I ? used.get(i.seqNo()) : null));
        }
        return out;
    }
}
