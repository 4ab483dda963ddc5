package org.tongguan.core.internal.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/** Which changelog (by hash) each bundle's schema was last brought up to, in plain portable SQL. */
final class SchemaState {
    private final DataSource dataSource;

    SchemaState(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Change sets applied when the stored hash equals {@code hash}; null when Liquibase must run. */
    Integer appliedIfUnchanged(String bundle, String hash) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT CHANGELOG_HASH, APPLIED FROM TG_SCHEMA_STATE WHERE BUNDLE = ?")) {
            s.setString(1, bundle);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && hash.equals(rs.getString(1)) ? rs.getInt(2) : null;
            }
        } catch (SQLException noTableYet) {
            return null;
        }
    }

    void record(String bundle, String hash, int applied) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            ensureTable(c);
            try (PreparedStatement d = c.prepareStatement("DELETE FROM TG_SCHEMA_STATE WHERE BUNDLE = ?");
                    PreparedStatement i = c.prepareStatement(
                            "INSERT INTO TG_SCHEMA_STATE (BUNDLE, CHANGELOG_HASH, APPLIED, UPDATED_AT) VALUES (?, ?, ?, ?)")) {
                d.setString(1, bundle);
                d.executeUpdate();
                i.setString(1, bundle);
                i.setString(2, hash);
                i.setInt(3, applied);
                i.setTimestamp(4, Timestamp.from(Instant.now()));
                i.executeUpdate();
            }
        }
    }

    private static void ensureTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeQuery("SELECT COUNT(*) FROM TG_SCHEMA_STATE").close();
        } catch (SQLException missing) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE TG_SCHEMA_STATE (BUNDLE VARCHAR(200) NOT NULL PRIMARY KEY, "
                        + "CHANGELOG_HASH VARCHAR(64) NOT NULL, APPLIED INT NOT NULL, UPDATED_AT TIMESTAMP NOT NULL)");
            }
        }
    }
}
