package org.policyforum.it.privacy;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.it.Deployments;
import org.policyforum.it.ResidentNumberScanner;
import org.policyforum.it.ResidentNumberScanner.DatabaseScan;
import org.policyforum.it.ResidentNumberScanner.Finding;

/**
 * A resident registration number is never stored or logged: after every other test has run (this class is the only
 * one of the last Failsafe execution, {@code resident-scan}, on the database the others used), no cell of the
 * application's database and no line of the server log holds one. Run alone, it finds a database without the suite's
 * members and fails instead of passing on nothing.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("resident-scan")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoResidentRegistrationNumberIT {

    private static final String FORUM_DS = "java:jboss/datasources/ForumDS";
    private static final String CANARY_TABLE = "it_rrn_canary";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(NoResidentRegistrationNumberIT.class);
    }

    @Test
    @Order(1)
    void scanFindsANumberPlantedInThisDatabase() throws Exception {
        // Proves the scan reads this database (H2 or PostgreSQL) before a clean result is trusted.
        try (Connection c = forumDataSource().getConnection();
                Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + CANARY_TABLE);
            st.execute("CREATE TABLE " + CANARY_TABLE + " (id INTEGER PRIMARY KEY, note VARCHAR(100))");
            try {
                st.execute("INSERT INTO " + CANARY_TABLE + " VALUES (1, 'canary 900101-1234567')");

                DatabaseScan scan = ResidentNumberScanner.scanDatabase(c);

                assertTrue(
                        scan.findings().stream()
                                .anyMatch(f -> f.location().toLowerCase().endsWith(CANARY_TABLE + ".note row 1")),
                        () -> "canary not found: " + scan);
            } finally {
                st.execute("DROP TABLE " + CANARY_TABLE);
            }
        }
    }

    @Test
    @Order(2)
    void noDatabaseCellHoldsAResidentRegistrationNumber() throws Exception {
        try (Connection c = forumDataSource().getConnection()) {
            // a clean scan means something only of a database that the suite's sign-ups and opinions went into
            for (String table : List.of("member", "opinion", "audit_entry")) {
                long rows = rows(c, table);
                assertTrue(
                        rows > 0,
                        () -> "no rows in " + table + ": nothing of the suite to scan; this check runs in"
                                + " the resident-scan execution after the others (mvn verify), not on its own");
            }
            DatabaseScan scan = ResidentNumberScanner.scanDatabase(c);
            System.out.printf(
                    "[it] resident-number scan: %d table(s), %d cell(s): %s%n",
                    scan.tables().size(), scan.cells(), scan.tables());
            failOn("database", scan.findings());
        }
    }

    @Test
    @Order(3)
    void serverLogHoldsNoResidentRegistrationNumber() throws Exception {
        Path logDir = Path.of(System.getProperty("jboss.server.log.dir"));
        Path serverLog = logDir.resolve("server.log");
        // An absent or empty log would make a clean scan meaningless.
        assertTrue(Files.isRegularFile(serverLog) && Files.size(serverLog) > 0, () -> "no log at " + serverLog);

        failOn("server log", ResidentNumberScanner.scanFiles(logDir));
    }

    private static void failOn(String where, List<Finding> findings) {
        if (!findings.isEmpty()) {
            fail("resident registration number(s) in the " + where + ":\n"
                    + findings.stream().map(Finding::toString).collect(Collectors.joining("\n")));
        }
    }

    private static long rows(Connection c, String table) throws Exception {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static DataSource forumDataSource() throws Exception {
        return InitialContext.doLookup(FORUM_DS);
    }
}
