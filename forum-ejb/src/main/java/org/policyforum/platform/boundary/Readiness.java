package org.policyforum.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.policyforum.platform.control.SchemaMigrations;

/**
 * What the operator's readiness probe asks of the forum's database: does it answer, and is its schema the one this
 * build expects. Asked by the web module's checks on the management interface ({@code /health/ready}), which tells
 * a load balancer to stop sending people to a node that cannot serve them. Open to everyone: it says up or down,
 * nothing else; no transaction, as it must answer even when the transaction manager waits on the database.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Readiness {

    private static final Logger LOG = Logger.getLogger(Readiness.class.getName());

    /** A probe that waits longer than this is as good as a database that does not answer. */
    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/ForumDS")
    DataSource dataSource;

    @Inject
    SchemaMigrations migrations;

    /** Whether the database answers a trivial statement within two seconds. */
    public boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet answer = statement.executeQuery("SELECT 1")) {
                return answer.next();
            }
        } catch (SQLException e) {
            LOG.warning(() -> "Readiness: the database does not answer: " + e.getMessage());
            return false;
        }
    }

    /** The schema's version and what of this build's migrations it lacks; empty when it cannot be read. */
    public java.util.Optional<SchemaMigrations.State> schema() {
        try {
            return java.util.Optional.of(migrations.state());
        } catch (RuntimeException e) {
            LOG.warning(() -> "Readiness: the schema's migrations cannot be read: " + e.getMessage());
            return java.util.Optional.empty();
        }
    }
}
