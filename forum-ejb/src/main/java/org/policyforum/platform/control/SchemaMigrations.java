package org.policyforum.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

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

    @PostConstruct
    void migrate() {
        privateDataFolder();
        var result = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
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
}
