package org.tongguan.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.persistence.EntityManagerFactory;
import javax.persistence.SharedCacheMode;
import javax.persistence.ValidationMode;
import javax.persistence.spi.ClassTransformer;
import javax.persistence.spi.PersistenceUnitInfo;
import javax.persistence.spi.PersistenceUnitTransactionType;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * A real database for unit tests, outside OSGi: an in-memory Derby with the schema of the given Liquibase changelogs
 * (as the product migrates it) and one EclipseLink unit holding the entities of every {@code META-INF/persistence.xml}
 * on the class path (the core's and the area's), so the core's and an area's work share one transaction as they do
 * in Karaf. Close it after the test: the database is dropped.
 */
public final class TestDatabase implements AutoCloseable {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final Pattern CLASS = Pattern.compile("<class>\\s*([A-Za-z0-9_.$]+)\\s*</class>");

    private final String name;
    private final EmbeddedDataSource dataSource;
    private final EntityManagerFactory emf;
    private final TestJpa jpa;

    /** Liquibase reports every change set on java.util.logging: only problems in the test output (held strongly). */
    private static final java.util.logging.Logger LIQUIBASE = java.util.logging.Logger.getLogger("liquibase");

    static {
        LIQUIBASE.setLevel(java.util.logging.Level.WARNING);
    }

    /** @param changelogs class path resources of the changelogs, in migration order (the core's first) */
    public TestDatabase(String... changelogs) {
        name = "tgtest" + COUNT.incrementAndGet() + "_" + ProcessHandle.current().pid();
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + name);
        dataSource.setCreateDatabase("create");
        try {
            for (String changelog : changelogs) {
                migrate(changelog);
            }
        } catch (Exception e) {
            throw new IllegalStateException("schema migration failed", e);
        }
        emf = new PersistenceProvider().createContainerEntityManagerFactory(new Unit(entityClasses(), dataSource),
                new HashMap<>(Map.of("eclipselink.logging.level", "WARNING")));
        jpa = new TestJpa(emf);
    }

    /** The JpaTemplate of the one unit, to give every service under test. */
    public TestJpa jpa() {
        return jpa;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    private void migrate(String changelog) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            @SuppressWarnings("deprecation")
            Liquibase update = new Liquibase(changelog, new ClassLoaderResourceAccessor(
                    TestDatabase.class.getClassLoader()), db);
            liquibase.Scope.child(Map.of(liquibase.Scope.Attr.ui.name(), new liquibase.ui.LoggerUIService()),
                    () -> update.update(new Contexts(), new LabelExpression()));
        }
    }

    private static List<String> entityClasses() {
        Set<String> classes = new LinkedHashSet<>();
        try {
            Enumeration<URL> units = TestDatabase.class.getClassLoader().getResources("META-INF/persistence.xml");
            for (URL u : Collections.list(units)) {
                try (InputStream in = u.openStream()) {
                    Matcher m = CLASS.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    while (m.find()) {
                        classes.add(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new ArrayList<>(classes);
    }

    @Override
    public void close() {
        emf.close();
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName("memory:" + name);
        drop.setConnectionAttributes("drop=true");
        try {
            drop.getConnection().close();
        } catch (SQLException expected) {
            // Derby answers a drop with an exception (08006)
        }
    }

    /** The persistence unit, described as Karaf's persistence.xml files describe it, resource-local. */
    private record Unit(List<String> classes, DataSource ds) implements PersistenceUnitInfo {
        @Override
        public String getPersistenceUnitName() {
            return "tongguan-test";
        }

        @Override
        public String getPersistenceProviderClassName() {
            return PersistenceProvider.class.getName();
        }

        @Override
        public PersistenceUnitTransactionType getTransactionType() {
            return PersistenceUnitTransactionType.RESOURCE_LOCAL;
        }

        @Override
        public DataSource getJtaDataSource() {
            return null;
        }

        @Override
        public DataSource getNonJtaDataSource() {
            return ds;
        }

        @Override
        public List<String> getMappingFileNames() {
            return List.of();
        }

        @Override
        public List<URL> getJarFileUrls() {
            return List.of();
        }

        @Override
        public URL getPersistenceUnitRootUrl() {
            return TestDatabase.class.getProtectionDomain().getCodeSource().getLocation();
        }

        @Override
        public List<String> getManagedClassNames() {
            return classes;
        }

        @Override
        public boolean excludeUnlistedClasses() {
            return true;
        }

        @Override
        public SharedCacheMode getSharedCacheMode() {
            return SharedCacheMode.NONE;
        }

        @Override
        public ValidationMode getValidationMode() {
            return ValidationMode.NONE;
        }

        @Override
        public Properties getProperties() {
            Properties p = new Properties();
            p.setProperty("eclipselink.ddl-generation", "none");
            p.setProperty("eclipselink.weaving", "false");
            p.setProperty("eclipselink.jdbc.batch-writing", "JDBC");
            p.setProperty("eclipselink.jdbc.batch-writing.size", "1000");
            p.setProperty("eclipselink.cache.shared.default", "false");
            return p;
        }

        @Override
        public String getPersistenceXMLSchemaVersion() {
            return "2.1";
        }

        @Override
        public ClassLoader getClassLoader() {
            return TestDatabase.class.getClassLoader();
        }

        @Override
        public void addTransformer(ClassTransformer transformer) {
            // no weaving
        }

        @Override
        public ClassLoader getNewTempClassLoader() {
            return TestDatabase.class.getClassLoader();
        }
    }
}
