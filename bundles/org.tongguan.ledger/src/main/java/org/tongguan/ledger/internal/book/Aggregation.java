package org.tongguan.ledger.internal.book;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.persistence.EntityManager;

/**
 * How the 报核 gets its sums from the database: a strategy per database behind the one {@link LedgerBookImpl#verify},
 * chosen by the database the platform runs on. Both give the movement sums per row, kind and 单耗版本 split at the
 * period's first day ({@link LedgerBookImpl#sums}, one pass over the ledger's movements) and the 成品折料 of each half
 * per 料件, unrounded; they differ only in who applies the BOM. The arithmetic after them is the same
 * ({@link LedgerMath}), so are the figures: 成品折料 is exact either way (quantity × 单耗 × 保税比例 / 100 in
 * BigDecimal without rounding, in PostgreSQL's numeric likewise), rounded to 5 decimals HALF_UP once, after the sums.
 */
enum Aggregation {
    /**
     * The database groups, the BOM is applied here: suits Derby, which reads the grouping index in order and has no
     * common table expression to group once and join twice.
     */
    BOM_IN_JAVA {
        @Override
        Half[] split(EntityManager em, long ledgerId, String deducts, LocalDate after, LocalDate from, LocalDate to) {
            LedgerMath.Sums[] sums = LedgerBookImpl.sums(em, ledgerId, deducts, after, from, to, null);
            Map<LedgerMath.Product, List<LedgerMath.BomRow>> bom = LedgerBookImpl.bom(em, ledgerId);
            return new Half[] {new Half(sums[0], sums[0].consumption(bom)), new Half(sums[1], sums[1].consumption(bom))};
        }
    },
    /**
     * The database groups and applies the BOM in the same statement, the grouped exports joined to the BOM rows of
     * their 成品 and 单耗版本: suits PostgreSQL, where reading 50,000 BOM rows and multiplying them here cost more than
     * the parallel aggregate itself. The 成品折料 rows come after the sums, with no 监管方式 (KIND null).
     */
    BOM_IN_DATABASE {
        @Override
        Half[] split(EntityManager em, long ledgerId, String deducts, LocalDate after, LocalDate from, LocalDate to) {
            String sums = LedgerBookImpl.sumsSql(deducts, after, to, null);
            String sql = "WITH S (MARK, SEQ_NO, KIND, VERNO, BEFORE_QTY, DURING_QTY) AS (" + sums + ")"
                    + " SELECT MARK, SEQ_NO, KIND, VERNO, BEFORE_QTY, DURING_QTY FROM S"
                    + " UNION ALL SELECT NULL, B.MTPCK_SEQ, NULL, NULL, SUM(S.BEFORE_QTY * B.UCNS * B.BOND_RATIO),"
                    + " SUM(S.DURING_QTY * B.UCNS * B.BOND_RATIO) FROM S JOIN TG_LEDGER_BOM B ON B.LEDGER_ID = ?1"
                    + " AND B.ENDPRD_SEQ = S.SEQ_NO AND B.VERNO = S.VERNO WHERE S.KIND = 'EXPORT'"
                    + " GROUP BY B.MTPCK_SEQ";
            Half[] halves = {new Half(new LedgerMath.Sums(), new HashMap<>()),
                    new Half(new LedgerMath.Sums(), new HashMap<>())};
            for (Object[] r : LedgerBookImpl.run(em, sql, ledgerId, after, from, to, null)) {
                if (r[2] != null) {
                    LedgerBookImpl.add(halves[0].sums(), halves[1].sums(), r);
                    continue;
                }
                long mtpck = LedgerBookImpl.number(r[1]);
                for (int i = 0; i < 2; i++) {
                    // the ratio is a percentage: the sum of quantity × 单耗 × ratio, exact, over 100
                    BigDecimal used = LedgerBookImpl.decimal(r[4 + i]).movePointLeft(2);
                    if (used.signum() != 0) {
                        halves[i].used().put(mtpck, used);
                    }
                }
            }
            return halves;
        }
    };

    /** The movement sums of one side of the period's first day and the 成品折料 per 料件 序号 of its exports. */
    record Half(LedgerMath.Sums sums, Map<Long, BigDecimal> used) {
    }

    /**
     * The counted movements ({@code deducts}) after the day {@code after} (null: from the start) up to {@code to},
     * split at {@code from}: [0] the days before it, [1] the days from it.
     */
    abstract Half[] split(EntityManager em, long ledgerId, String deducts, LocalDate after, LocalDate from,
            LocalDate to);

    /** The strategy for the database of that JDBC product name. */
    static Aggregation of(String databaseProductName) {
        return databaseProductName != null && databaseProductName.toLowerCase(Locale.ROOT).contains("postgres")
                ? BOM_IN_DATABASE : BOM_IN_JAVA;
    }
}
