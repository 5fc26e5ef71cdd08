package org.policyforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside the server: the forum's datasource answers, and it is the database this pass is meant to test. */
@ExtendWith(ArquillianExtension.class)
class DataSourceIT {

    private static final String FORUM_DS = "java:jboss/datasources/ForumDS";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(DataSourceIT.class);
    }

    @Test
    void forumDataSourceAnswersSelectOne() throws Exception {
        DataSource ds = InitialContext.doLookup(FORUM_DS);
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT 1")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    void forumDataSourceIsTheDatabaseOfThisPass() throws Exception {
        // The build passes FORUM_DB_* to the server through the environment; a typo there would silently test H2.
        boolean postgresql = "postgresql".equals(System.getenv("FORUM_DB_DRIVER"));
        DataSource ds = InitialContext.doLookup(FORUM_DS);
        try (Connection c = ds.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            String url = c.getMetaData().getURL();
            if (postgresql) {
                assertEquals("PostgreSQL", product);
            } else {
                assertEquals("H2", product);
                String dataDir = Path.of(System.getProperty("forum.data.dir")).toString();
                assertTrue(url.contains(dataDir), () -> url + " is not under forum.data.dir " + dataDir);
            }
        }
    }
}
