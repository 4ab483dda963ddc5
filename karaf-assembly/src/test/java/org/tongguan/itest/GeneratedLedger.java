package org.tongguan.itest;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;

/**
 * An approved ledger written straight into the ledger area's tables with plain JDBC batches, as the 核注清单 area's
 * lists would have left it: 料件 and 成品 rows, BOM rows (50 per 成品 at most, each 料件 a 成品 takes once), and
 * movement rows one per list row, 100 rows a list, one list a day through the year {@link #YEAR}. Seeded, so the
 * same ledger every time. {@code varied} adds what the benchmark's ledger has not: two 单耗版本 per 成品, 保税比例 under
 * 100, 成品退换, and lists declared and not decided (not counted) or only approved (预核扣).
 */
record GeneratedLedger(long id, String emsNo, int materials, int products, int bomPerProduct, int movements,
        boolean varied) {
    static final LocalDate YEAR = LocalDate.of(2025, 1, 1);
    private static final String[] KINDS = {"IMPORT", "EXPORT", "REEXPORT", "DOMESTIC", "SCRAP", "TRANSFER_IN",
            "TRANSFER_OUT", "RETURN_IN", "RETURN_OUT"};
    private static final int[] WEIGHTS = {40, 85, 90, 95, 97, 99, 100};
    private static final int[] VARIED_WEIGHTS = {40, 83, 88, 93, 95, 97, 98, 99, 100};

    GeneratedLedger {
        if (bomPerProduct > 50) {
            throw new IllegalArgumentException("a 成品 takes each 料件 once: at most 50 BOM rows");
        }
    }

    void write(DataSource dataSource) throws Exception {
        Random r = new Random(42);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO TG_LEDGER (ID, EMS_NO, ENTERPRISE_CODE,"
                    + " ENTERPRISE_NAME, MASTER_CUSCD, CHANGE_COUNT, FIRST_APPROVED_ON, APPROVED_ON, DOCUMENT_ID,"
                    + " VERSION) VALUES (?, ?, '6101999999', '基准测试企业', '9000', 0, ?, ?, 0, 1)")) {
                s.setLong(1, id);
                s.setString(2, emsNo);
                s.setDate(3, Date.valueOf(YEAR));
                s.setDate(4, Date.valueOf(YEAR));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO TG_LEDGER_ITEM (ID, LEDGER_ID, MARK, SEQ_NO,"
                    + " MTNO, GDECD, GDS_NM, UNIT, PRICE, CURRENCY, DCL_QTY) VALUES (?, ?, ?, ?, ?, '3901100090', ?,"
                    + " '035', ?, '142', ?)")) {
                long rowId = id * 100_000;
                for (int i = 1; i <= materials + products; i++) {
                    boolean material = i <= materials;
                    long seq = material ? i : i - materials;
                    s.setLong(1, rowId++);
                    s.setLong(2, id);
                    s.setString(3, material ? "I" : "E");
                    s.setLong(4, seq);
                    s.setString(5, (material ? "M-" : "P-") + seq);
                    s.setString(6, (material ? "料件" : "成品") + seq);
                    s.setBigDecimal(7, new BigDecimal("4.5"));
                    s.setBigDecimal(8, new BigDecimal(material ? "0" : "100000000"));
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO TG_LEDGER_BOM (ID, LEDGER_ID, ENDPRD_SEQ,"
                    + " MTPCK_SEQ, VERNO, UCNS, NET, TGBL_RATE, BOND_RATIO) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)")) {
                long rowId = id * 100_000;
                for (int e = 1; e <= products; e++) {
                    for (int v = 0; v < (varied ? 2 : 1); v++) {
                        for (int k = 0; k < bomPerProduct; k++) {
                            BigDecimal ucns = BigDecimal.valueOf(1 + r.nextInt(2_000_000_000), 9);
                            s.setLong(1, rowId++);
                            s.setLong(2, id);
                            s.setLong(3, e);
                            s.setLong(4, (e * 37L + k * 41L + v * 7L) % materials + 1);
                            s.setString(5, Integer.toString(v));
                            s.setBigDecimal(6, ucns);
                            s.setBigDecimal(7, ucns);
                            s.setBigDecimal(8, varied ? BigDecimal.valueOf(5_000_000 + r.nextInt(5_000_001), 5)
                                    : BigDecimal.valueOf(100));
                            s.addBatch();
                        }
                    }
                    if (e % 100 == 0) {
                        s.executeBatch();
                    }
                }
                s.executeBatch();
            }
            c.commit();
            int[] weights = varied ? VARIED_WEIGHTS : WEIGHTS;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO TG_LEDGER_MOVE (ID, LEDGER_ID, LIST_ID,"
                    + " LIST_NO, LINE_NO, MARK, SEQ_NO, VERNO, KIND, QTY, DEDUCT, MOVE_DATE)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                long rowId = id * 10_000_000;
                for (int i = 0; i < movements; i++) {
                    int list = i / 100;
                    int w = r.nextInt(100);
                    int k = 0;
                    while (w >= weights[k]) {
                        k++;
                    }
                    String kind = KINDS[k];
                    boolean product = k == 1 || k >= 7;
                    s.setLong(1, rowId++);
                    s.setLong(2, id);
                    s.setLong(3, id * 1_000_000 + list);
                    s.setString(4, "QD900025I" + String.format(Locale.ROOT, "%09d", list));
                    s.setInt(5, i % 100 + 1);
                    s.setString(6, product ? "E" : "I");
                    s.setLong(7, product ? 1 + r.nextInt(products) : 1 + r.nextInt(materials));
                    s.setString(8, k == 1 ? Integer.toString(varied ? r.nextInt(2) : 0) : null);
                    s.setString(9, kind);
                    s.setBigDecimal(10, BigDecimal.valueOf(1 + r.nextInt(100_000_000), 5));
                    // a list's rows share its state: one list in ten declared only, one in ten approved only
                    s.setString(11, !varied || list % 10 > 1 ? "2" : list % 10 == 0 ? "0" : "1");
                    s.setDate(12, Date.valueOf(YEAR.plusDays(list % 365)));
                    s.addBatch();
                    if (i % 5_000 == 4_999) {
                        s.executeBatch();
                        c.commit();
                    }
                }
                s.executeBatch();
            }
            c.commit();
            if (c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
                // as autovacuum would after such a load: the planner needs the tables' statistics, and an index-only
                // scan the visibility map of the pages
                try (var s = c.createStatement()) {
                    c.setAutoCommit(true);
                    s.execute("VACUUM ANALYZE TG_LEDGER_MOVE");
                    s.execute("ANALYZE TG_LEDGER_BOM");
                    s.execute("ANALYZE TG_LEDGER_ITEM");
                }
            }
        }
    }
}
