package org.policyforum.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md's rule for the web tier, which the compiler does not check: page beans and resources call a feature's
 * boundaries (and read the records and enums they answer with), never its control package. Only the platform's
 * helpers (environment, text, local times, the mail port of the development mail page) are shared by everyone.
 */
class WebImportsTest {

    private static final Pattern CONTROL_IMPORT =
            Pattern.compile("^import (?:static )?org\\.policyforum\\.(\\w+)\\.control\\.[\\w.]+;", Pattern.MULTILINE);

    @Test
    void webClassesImportNoFeaturesControl() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                files++;
                Matcher m = CONTROL_IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals("platform")) {
                        found.add(file.getFileName() + ": " + m.group());
                    }
                }
            }
        }
        // else the rule would pass on nothing
        assertTrue(files > 50, "web sources found: " + files);
        assertEquals(List.of(), found);
    }
}
