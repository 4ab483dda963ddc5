package org.tongguan.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentService;
import org.tongguan.core.declaration.ImportResult;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.io.Xlsx;
import org.tongguan.core.security.UserContext;
import org.tongguan.ledger.LedgerBook;
import org.tongguan.ledger.Verification;

/**
 * The ledger benchmark (run by {@code .ci/bench}, not by {@code mvnw verify}): inside the assembled distribution, on
 * Derby or PostgreSQL ({@code -Dbench.db}), a generated ledger of 2,000 料件, 1,000 成品, 50,000 BOM rows and
 * 1,000,000 approved list rows (the movement rows the 核注清单 area writes, one per list row), then
 * <ul>
 * <li>{@code verification_s}: the product's 报核 computation ({@link LedgerBook#verify}) of a half-year period, median of
 * three;</li>
 * <li>{@code verification_sql_s}: the same 应剩余 from one hand-written SQL aggregate on the same database, median of
 * three, checked equal to the product's;</li>
 * <li>{@code import_50k_rows_s} and {@code import_peak_heap_mb}: 50,000 料件 rows imported from an xlsx into a
 * 加工贸易账册 (all checked, written in one transaction), and the most heap used meanwhile.</li>
 * </ul>
 * Figures go to {@code bench.out} as {@code BENCH name value unit} lines.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LedgerBench {
    private static final UserContext SYSTEM = UserContext.system("bench");
    private static final String EMS = "E90009999999";
    private static final long LEDGER_ID = 9_000_000_001L;
    private static final int MATERIALS = 2_000;
    private static final GeneratedLedger LEDGER = new GeneratedLedger(LEDGER_ID, EMS, MATERIALS, 1_000, 50, 1_000_000,
            false);
    private static final int IMPORT_ROWS = 50_000;
    private static final LocalDate FROM = LocalDate.of(2025, 7, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @Inject
    private BundleContext context;
    @Inject
    @Filter(value = "(osgi.jndi.service.name=tongguan)", timeout = 180_000)
    private DataSource dataSource;
    @Inject
    @Filter(timeout = 180_000)
    private LedgerBook book;
    @Inject
    @Filter(timeout = 180_000)
    private DocumentService documents;
    @Inject
    @Filter(timeout = 60_000)
    private EnterpriseRegistry registry;

    @Configuration
    public Option[] config() throws Exception {
        Database db = "postgres".equals(System.getProperty("bench.db")) ? Database.postgres() : Database.derby();
        List<Option> o = new ArrayList<>(Arrays.asList(KarafOptions.distribution(db)));
        o.add(systemProperty("bench.out").value(Path.of(System.getProperty("bench.out", "target/bench-ledger.txt"))
                .toAbsolutePath().toString()));
        o.add(systemProperty("bench.name").value(db.name()));
        return o.toArray(new Option[0]);
    }

    private static void print(String name, double value, String unit) throws Exception {
        String line = String.format(Locale.ROOT, "BENCH %s %.3f %s%n", name, value, unit);
        System.out.print(line);
        Files.writeString(Path.of(System.getProperty("bench.out")), line, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    public void ledgerFigures() throws Exception {
        Fixtures.awaitSettled(context);
        LEDGER.write(dataSource);
        Verification v = null;
        double[] product = new double[3];
        double[] sql = new double[3];
        Map<Long, BigDecimal> bySql = null;
        for (int run = 0; run < 3; run++) {
            long t = System.nanoTime();
            v = book.verify(EMS, FROM, TO);
            product[run] = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            bySql = handWrittenSql();
            sql[run] = (System.nanoTime() - t) / 1e9;
        }
        assertEquals(MATERIALS, v.materials().size());
        int checked = 0;
        for (Verification.Material m : v.materials()) {
            BigDecimal expected = bySql.get(m.item().seqNo()).setScale(5, RoundingMode.HALF_UP);
            assertEquals("料件 " + m.item().seqNo(), expected, m.expected());
            checked++;
        }
        assertEquals(MATERIALS, checked);
        Arrays.sort(product);
        Arrays.sort(sql);
        String suffix = "postgres".equals(System.getProperty("bench.name")) ? "_pg" : "";
        print("verification_s" + suffix, product[1], "s");
        print("verification_sql_s" + suffix, sql[1], "s");
        print("verification_vs_sql_ratio" + suffix, product[1] / sql[1], "ratio");
        importFiftyThousandRows(suffix);
    }

    /** 应剩余 per 料件 at the end of the period, from all approved movements up to it, in one statement. */
    private Map<Long, BigDecimal> handWrittenSql() throws Exception {
        String sql = "SELECT i.SEQ_NO, COALESCE(d.NET, 0) - COALESCE(c.USED, 0) FROM TG_LEDGER_ITEM i"
                + " LEFT JOIN (SELECT SEQ_NO, SUM(CASE WHEN KIND IN ('IMPORT', 'TRANSFER_IN') THEN QTY ELSE -QTY END)"
                + " AS NET FROM TG_LEDGER_MOVE WHERE LEDGER_ID = ? AND MARK = 'I' AND DEDUCT IN ('1', '2')"
                + " AND MOVE_DATE <= ? GROUP BY SEQ_NO) d ON d.SEQ_NO = i.SEQ_NO"
                + " LEFT JOIN (SELECT b.MTPCK_SEQ, SUM(e.Q * b.UCNS * b.BOND_RATIO) / 100 AS USED"
                + " FROM (SELECT SEQ_NO, VERNO, SUM(QTY) AS Q FROM TG_LEDGER_MOVE WHERE LEDGER_ID = ?"
                + " AND KIND = 'EXPORT' AND DEDUCT IN ('1', '2') AND MOVE_DATE <= ? GROUP BY SEQ_NO, VERNO) e"
                + " JOIN TG_LEDGER_BOM b ON b.LEDGER_ID = ? AND b.ENDPRD_SEQ = e.SEQ_NO AND b.VERNO = e.VERNO"
                + " GROUP BY b.MTPCK_SEQ) c ON c.MTPCK_SEQ = i.SEQ_NO"
                + " WHERE i.LEDGER_ID = ? AND i.MARK = 'I'";
        Map<Long, BigDecimal> out = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, LEDGER_ID);
            s.setDate(2, Date.valueOf(TO));
            s.setLong(3, LEDGER_ID);
            s.setDate(4, Date.valueOf(TO));
            s.setLong(5, LEDGER_ID);
            s.setLong(6, LEDGER_ID);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getBigDecimal(2));
                }
            }
        }
        return out;
    }

    /** 50,000 料件 rows imported into a new 加工贸易账册, timed, with the most heap used meanwhile. */
    private void importFiftyThousandRows(String suffix) throws Exception {
        String code = "6101999998";
        registry.save(SYSTEM, Fixtures.enterprise(code, Fixtures.creditCodeFor(code), "基准测试导入企业"));
        Document d = documents.create(SYSTEM, "ems", Fixtures.ledgerHeader(code));
        List<List<String>> rows = new ArrayList<>(IMPORT_ROWS);
        for (int i = 1; i <= IMPORT_ROWS; i++) {
            rows.add(List.of("", "M-" + i, "3901100090", "聚乙烯粒子" + i, "规格" + i, "035", "035", "", "4.5", "142",
                    Integer.toString(i), "142", "3", ""));
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        Xlsx.write(xlsx, "料件", List.of("序号", "料号", "商品编码", "商品名称", "规格型号", "申报计量单位", "法定计量单位",
                "第二法定计量单位", "申报单价", "币制", "申报数量", "产销国(地区)", "征免方式", "批准最大余数量"), rows);
        rows = null;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long t = System.nanoTime();
        ImportResult result = documents.importItems(SYSTEM, d.id(), d.version(), "mtpck",
                new ByteArrayInputStream(xlsx.toByteArray()), Locale.SIMPLIFIED_CHINESE);
        double seconds = (System.nanoTime() - t) / 1e9;
        sampler.interrupt();
        sampler.join();
        assertTrue(result.errors().toString(), result.ok());
        assertEquals(IMPORT_ROWS, result.rows());
        print("import_50k_rows_s" + suffix, seconds, "s");
        print("import_peak_heap_mb" + suffix, peak.get() / (1024.0 * 1024.0), "MB");
    }
}
