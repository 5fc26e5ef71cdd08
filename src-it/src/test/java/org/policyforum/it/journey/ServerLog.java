package org.policyforum.it.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.policyforum.it.FirstOperator;

/** The test server's log ({@code server.log} in the folder the build passes as {@code it.log.dir}). */
final class ServerLog {

    private ServerLog() {}

    static Path file() {
        String dir = System.getProperty("it.log.dir");
        if (dir == null) {
            throw new IllegalStateException("it.log.dir is not set: run the journeys through Failsafe (mvn verify)");
        }
        return Path.of(dir, "server.log");
    }

    /** The whole log as it is now (bytes that are not UTF-8 replaced). */
    static String read() {
        try {
            return new String(Files.readAllBytes(file()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the server log " + file(), e);
        }
    }

    /** The path of the set-up link the server printed last (each start without an operator prints a new one). */
    static Optional<String> newestSetupPath() {
        return Optional.ofNullable(FirstOperator.newestSetupToken(file())).map(token -> "/setup?token=" + token);
    }

    /**
     * Waits (the log is written by another process) until the log contains {@code marker}; returns the log from the
     * line with the marker on, up to {@code maxChars}.
     */
    static String awaitFrom(String marker, Duration timeout, int maxChars) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String log = read();
            int at = log.indexOf(marker);
            if (at >= 0) {
                int lineStart = log.lastIndexOf('\n', at) + 1;
                return log.substring(lineStart, Math.min(log.length(), lineStart + maxChars));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the server log " + file() + " has no \"" + marker + "\" after " + timeout);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
