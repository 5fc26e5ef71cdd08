package org.policyforum.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.policyforum.platform.control.migration.V39__Pending_delivery_index;

/**
 * Applies the versioned migrations under db/migration before anything else touches the database. Bean-managed
 * transactions because Flyway commits each migration itself.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "java:jboss/datasources/ForumDS")
    DataSource dataSource;

    @Inject
    ForumEnvironment environment;

    /** The schema as this build sees it: its version, and how many of this build's migrations it still lacks. */
    public record State(String version, int pending, int failed) {}

    @PostConstruct
    void migrate() {
        privateDataFolder();
        var result = flyway().migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /**
     * The default H2 database lives in the data folder, and H2 would create a missing folder readable by everyone:
     * create it owner-only before the first connection does.
     */
    private void privateDataFolder() {
        if (environment.hasOwnDatabaseUrl()) {
            return;
        }
        try {
            PrivateFiles.folder(environment.dataDirectory());
        } catch (IOException e) {
            LOG.warning(() -> "Cannot create the data folder " + environment.dataDirectory() + ": " + e);
        }
    }

    /**
     * The schema now (the readiness probe asks): a migration that is pending or failed means this node runs code the
     * database is not ready for, e.g. another node's failed upgrade or a restore of an older backup.
     */
    @Lock(LockType.READ)
    public State state() {
        State known = complete;
        if (known != null && System.nanoTime() - completeAt < COMPLETE_KEPT_NANOS) {
            return known;
        }
        State now = read();
        if (now.pending() == 0 && now.failed() == 0) {
            completeAt = System.nanoTime();
            complete = now;
        }
        return now;
    }

    /**
     * A complete schema is kept for a while: Flyway reads every migration it knows to say so (a few hundred ms on a
     * busy node), and a balancer asks every node's readiness each second. Anything else is read again every time.
     */
    private static final long COMPLETE_KEPT_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);

    private volatile State complete;
    private volatile long completeAt;

    private State read() {
        var info = flyway().info();
        var current = info.current();
        int failed = (int) java.util.Arrays.stream(info.all())
                .filter(m -> m.getState().isFailed())
                .count();
        return new State(current == null ? "none" : current.getVersion().getVersion(), info.pending().length, failed);
    }

    private Flyway flyway() {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new V39__Pending_delivery_index())
                // WildFly's database timer store creates its own table (JBOSS_EJB_TIMER) when the server starts, so
                // a fresh database is no longer empty when we first migrate it. Baseline such a schema below our
                // first migration (version 0): Flyway records it and then applies every migration from V1 on.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }
}
