package org.policyforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default database keeps what it acknowledged when the server is killed. H2 writes commits to its file up to
 * half a second late unless the URL says {@code WRITE_DELAY=0}; a vote or a sent mail acknowledged in that half second
 * would be gone after {@code kill -9}. The test takes the URL options from the server configuration script, commits
 * in a separate JVM that then halts without any shutdown, and counts what a new connection finds.
 */
class H2DurabilityTest {

    private static final int COMMITS = 1500;

    @Test
    void everyAcknowledgedCommitSurvivesAHalt(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("forum") + defaultUrlOptions();
        Process writer = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        H2DurabilityTest.class.getName(),
                        url)
                .redirectErrorStream(true)
                .start();
        assertTrue(writer.waitFor(2, TimeUnit.MINUTES), "the writer finished");
        String output = new String(writer.getInputStream().readAllBytes()).trim();
        assertEquals("acknowledged " + COMMITS, output, "the writer's output");
        assertEquals(9, writer.exitValue(), "the writer halted instead of closing the database");
        try (Connection c = DriverManager.getConnection(url, "sa", "sa");
                ResultSet count = c.createStatement().executeQuery("SELECT COUNT(*) FROM acknowledged")) {
            count.next();
            assertEquals(COMMITS, count.getInt(1), "commits found after the halt");
        }
    }

    /** The options after the file name in configure-server.cli's default H2 URL, e.g. ";DB_CLOSE_ON_EXIT=FALSE;…". */
    static String defaultUrlOptions() throws Exception {
        Path cli = Path.of(System.getProperty("user.dir"))
                .resolveSibling("forum-ear")
                .resolve("src/main/wildfly/configure-server.cli");
        Matcher m = Pattern.compile("jdbc:h2:file:\\$\\{[^}]*}[^;]*/forum((;[A-Z_]+=[A-Z0-9]+)*)")
                .matcher(Files.readString(cli));
        assertTrue(m.find(), "the default H2 URL in " + cli);
        return m.group(1);
    }

    /** The writer: one commit per row, then a halt as abrupt as kill -9 (no shutdown hooks, no database close). */
    public static void main(String[] args) throws Exception {
        Connection c = DriverManager.getConnection(args[0], "sa", "sa");
        c.createStatement().execute("CREATE TABLE acknowledged (id INT PRIMARY KEY)");
        PreparedStatement insert = c.prepareStatement("INSERT INTO acknowledged VALUES (?)");
        for (int i = 0; i < COMMITS; i++) {
            insert.setInt(1, i);
            insert.executeUpdate();
        }
        System.out.println("acknowledged " + COMMITS);
        System.out.flush();
        Runtime.getRuntime().halt(9);
    }
}
