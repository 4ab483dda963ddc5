package org.tongguan.itest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Which database a suite runs on: embedded Derby, or the PostgreSQL server at {@code tongguan.pg.url} (default
 * 127.0.0.1:5432/test, trust authentication) in a fresh schema of its own per suite.
 */
record Database(String name, String url, String user) {
    static final String PG_URL = System.getProperty("tongguan.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = System.getProperty("tongguan.pg.user", "postgres");
    /**
     * This test run: its suites' schemas are tg_it_RUN_n. JUnit builds every suite's runner (and so its Pax Exam
     * configuration) before the first runs, so only schemas of earlier runs are dropped, never a sibling suite's.
     */
    private static final String RUN = Long.toString(System.currentTimeMillis());
    private static final java.util.concurrent.atomic.AtomicInteger SUITES =
            new java.util.concurrent.atomic.AtomicInteger();

    static Database derby() {
        return new Database("derby", null, null);
    }

    static boolean postgresReachable() {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "")) {
            return c.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    static Database postgres() {
        String base = PG_URL;
        String user = PG_USER;
        String schema = "tg_it_" + RUN + "_" + SUITES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(base, user, "");
                Statement s = c.createStatement()) {
            List<String> old = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(
                    "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tg\\_it\\_%'")) {
                while (rs.next()) {
                    old.add(rs.getString(1));
                }
            }
            for (String o : old) {
                if (!o.startsWith("tg_it_" + RUN + "_")) {
                    s.execute("DROP SCHEMA " + o + " CASCADE");
                }
            }
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + base + " is not usable: " + e.getMessage(), e);
        }
        return new Database("postgres", base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema, user);
    }

    boolean isPostgres() {
        return "postgres".equals(name);
    }
}
