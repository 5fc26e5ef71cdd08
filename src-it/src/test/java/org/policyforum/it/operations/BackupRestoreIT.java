package org.policyforum.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs README's backup and restore commands once (ops/backup-restore.sh) and checks a row came back: H2 on every
 * pass, with a scratch file database; PostgreSQL on its pass, dumping this pass's database and restoring it into a
 * scratch database. No server deployment: the commands are the operator's, outside the server.
 */
class BackupRestoreIT {

    private static final Path SCRIPT = Path.of("..", "ops", "backup-restore.sh");

    @Test
    void anH2BackupRestoresIntoANewDatabase(@TempDir Path work) throws Exception {
        String h2 = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> Path.of(entry).getFileName().toString().matches("h2-[0-9.]+\\.jar"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no H2 jar on the test class path"));
        String output = run(List.of("h2", h2, work.toString()), List.of());
        assertTrue(output.contains("h2: backup restored, row found"), output);
    }

    @Test
    void aPostgresqlDumpRestoresIntoAScratchDatabaseOnThePostgresqlPass(@TempDir Path work) throws Exception {
        if (!"postgresql".equals(System.getenv("FORUM_DB_DRIVER"))) {
            // the H2 pass has no PostgreSQL to dump; the PostgreSQL pass runs this for real
            assertTrue(Files.isExecutable(SCRIPT), "the backup script is executable");
            return;
        }
        URI database = URI.create(System.getenv("FORUM_DB_URL").substring("jdbc:".length()));
        String output = run(
                List.of("postgresql", database.getPath().substring(1), work.toString()),
                List.of(
                        "PGHOST=" + database.getHost(),
                        "PGPORT=" + database.getPort(),
                        "PGUSER=" + System.getenv("FORUM_DB_USER"),
                        "PGPASSWORD=" + System.getenv("FORUM_DB_PASSWORD")));
        assertTrue(output.contains("postgresql: backup restored"), output);
    }

    private static String run(List<String> arguments, List<String> environment) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        environment.forEach(pair -> {
            int eq = pair.indexOf('=');
            builder.environment().put(pair.substring(0, eq), pair.substring(eq + 1));
        });
        Process process = builder.start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the script finished");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
