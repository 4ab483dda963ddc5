package org.tongguan.core.internal.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Hashtable;
import javax.sql.DataSource;
import liquibase.Contexts;
import java.util.Map;
import liquibase.LabelExpression;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.ui.LoggerUIService;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.core.schema.SchemaReady;

/**
 * Extender: every bundle whose manifest names a Liquibase changelog ({@value SchemaReady#HEADER}) gets its schema
 * brought up to date on the shared DataSource when it starts, outside any JTA transaction; then a
 * {@link SchemaReady} service tells that bundle's JPA services they may start.
 */
@Component(immediate = true, service = {})
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=org.tongguan.core.schema.SchemaReady")
public class SchemaMigrator implements BundleTrackerCustomizer<ServiceRegistration<SchemaReady>> {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private final DataSource dataSource;
    private final BundleContext context;
    private final BundleTracker<ServiceRegistration<SchemaReady>> tracker;

    @Activate
    public SchemaMigrator(@Reference(target = "(osgi.jndi.service.name=tongguan)") DataSource dataSource,
            BundleContext context) {
        this.dataSource = dataSource;
        this.context = context;
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, this);
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @Override
    public ServiceRegistration<SchemaReady> addingBundle(Bundle bundle, BundleEvent event) {
        String changelog = bundle.getHeaders().get(SchemaReady.HEADER);
        if (changelog == null) {
            return null;
        }
        try {
            int applied = migrate(bundle, changelog.trim());
            Hashtable<String, Object> props = new Hashtable<>();
            props.put(SchemaReady.BUNDLE_PROPERTY, bundle.getSymbolicName());
            SchemaReady ready = () -> applied;
            LOG.info("Schema of {} is up to date ({} change sets)", bundle.getSymbolicName(), applied);
            return context.registerService(SchemaReady.class, ready, props);
        } catch (Exception e) {
            LOG.error("Schema migration of {} failed: its services stay down", bundle.getSymbolicName(), e);
            return null;
        }
    }

    /**
     * Runs the bundle's changelog unless the database already holds this exact changelog (its folder's hash, kept
     * in {@code TG_SCHEMA_STATE}): Liquibase costs seconds at every start even when there is nothing to do.
     * Liquibase's own DATABASECHANGELOG stays the record of what ran.
     */
    private int migrate(Bundle bundle, String changelog) throws Exception {
        String hash = ChangelogHash.of(bundle, changelog);
        SchemaState state = new SchemaState(dataSource);
        Integer applied = state.appliedIfUnchanged(bundle.getSymbolicName(), hash);
        if (applied != null) {
            return applied;
        }
        int now = runLiquibase(bundle, changelog);
        state.record(bundle.getSymbolicName(), hash, now);
        return now;
    }

    private int runLiquibase(Bundle bundle, String changelog) throws Exception {
        ClassLoader loader = bundle.adapt(BundleWiring.class).getClassLoader();
        try (Connection c = dataSource.getConnection()) {
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            @SuppressWarnings("deprecation")
            Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(loader), db);
            // progress and summary go to the log, not to the administrator's console
            liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
            Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()),
                    () -> liquibase.update(new Contexts(), new LabelExpression()));
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE FILENAME = '"
                        + changelog.replace("'", "''") + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, ServiceRegistration<SchemaReady> reg) {
        // the schema does not change while a bundle runs
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, ServiceRegistration<SchemaReady> reg) {
        try {
            reg.unregister();
        } catch (IllegalStateException alreadyGone) {
            // unregistered with the framework shutting down
        }
    }
}
