package org.policyforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Lines of Java are at most 120 characters, as the formatter (Spotless, palantir-java-format) and .editorconfig say.
 * The formatter wraps code but leaves long string literals and comments as they are, so this reads every Java source
 * of the repository (all modules, the tests and bench/) and names the lines over the limit.
 */
class SourceLinesTest {

    static final int LIMIT = 120;
    private static final Path REPOSITORY = Path.of("..");

    @Test
    void everyJavaLineFitsInOneHundredAndTwentyCharacters() {
        List<Path> sources = javaSources();
        // else the rule would pass on nothing
        assertTrue(sources.size() > 200, () -> "only " + sources.size() + " Java sources found under " + REPOSITORY);
        List<String> tooLong = new ArrayList<>();
        for (Path source : sources) {
            List<String> lines = read(source);
            for (int i = 0; i < lines.size(); i++) {
                int length = lines.get(i).codePointCount(0, lines.get(i).length());
                if (length > LIMIT) {
                    tooLong.add(REPOSITORY.relativize(source) + ":" + (i + 1) + " (" + length + ")");
                }
            }
        }
        assertEquals(List.of(), tooLong, "lines over " + LIMIT + " characters");
    }

    private static List<Path> javaSources() {
        try (Stream<Path> files = Files.walk(REPOSITORY)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f ->
                            !f.toString().contains("/target/") && !f.toString().contains("/.git/"))
                    .filter(f -> !f.toString().contains("/bench/data/"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path source) {
        try {
            return Files.readAllLines(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
