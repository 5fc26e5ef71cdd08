package org.policyforum.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every visible string comes from the bundles: both languages say everything, and no refusal points at nothing. */
class MessageBundlesTest {

    /**
     * The literal message key (a key built at run time, like "reset.link." + state, is not checked here) of a refusal:
     * RuleViolation("field", "key"), RuleViolation.of("key"), Text.required(..., "prefix").
     */
    static final Pattern REFUSAL = Pattern.compile("RuleViolation(?:\\.of)?\\((?:\"[\\w.]+\"|null|\\w+), "
            + "\"([\\w.]*\\w)\"|RuleViolation\\.of\\(\"([\\w.]*\\w)\"");

    static final Pattern REQUIRED = Pattern.compile("Text\\.required\\([^;]*?, \"([\\w.]+)\"\\)");

    static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(
                "/org/policyforum/web/messages_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void koreanAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(
                new TreeSet<>(bundle("ko").stringPropertyNames()),
                new TreeSet<>(bundle("en").stringPropertyNames()));
    }

    @Test
    void everyRefusalOfTheDomainHasAMessage() throws IOException {
        Set<String> keys = bundle("ko").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        int seen = 0;
        try (Stream<Path> sources = Files.walk(Path.of("../forum-ejb/src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                Matcher refusal = REFUSAL.matcher(code);
                while (refusal.find()) {
                    String key = refusal.group(1) != null ? refusal.group(1) : refusal.group(2);
                    seen++;
                    if (!keys.contains(key)) {
                        missing.add(key + " (" + source.getFileName() + ")");
                    }
                }
                Matcher required = REQUIRED.matcher(code);
                while (required.find()) {
                    seen++;
                    for (String suffix : new String[] {".required", ".tooLong"}) {
                        if (!keys.contains(required.group(1) + suffix)) {
                            missing.add(required.group(1) + suffix + " (" + source.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertTrue(seen > 50, "the scan found only " + seen + " refusals; has the code moved?");
        assertTrue(missing.isEmpty(), () -> "refusals without a message: " + missing);
    }
}
