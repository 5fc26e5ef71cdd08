package org.policyforum.it.journey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The texts the forum shows, read from the EAR under test (the web module's {@code messages_*.properties} and the
 * domain's {@code ValidationMessages_*.properties}), so that a journey can ask "is the duplicate-email message next
 * to the email field" without copying the wording into the test.
 */
final class Texts {

    private static final String WEB_BUNDLE = "WEB-INF/classes/org/policyforum/web/messages_";
    private static final String VALIDATION_BUNDLE = "ValidationMessages_";
    private static final Map<String, Properties> LOADED = new HashMap<>();

    private Texts() {}

    /** The Korean text (the forum's default language, what a client without Accept-Language sees). */
    static String ko(String key, Object... arguments) {
        return text(Locale.KOREAN, key, arguments);
    }

    /** The English text (what headless Chromium, which asks for en-US, sees). */
    static String en(String key, Object... arguments) {
        return text(Locale.ENGLISH, key, arguments);
    }

    static String text(Locale locale, String key, Object... arguments) {
        Properties texts = bundles(locale.getLanguage());
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no text " + key + " for " + locale + " in the EAR under test");
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private static synchronized Properties bundles(String language) {
        return LOADED.computeIfAbsent(language, Texts::load);
    }

    private static Properties load(String language) {
        Path ear = Path.of(System.getProperty("it.forum.ear", "../forum-ear/target/policy-forum.ear"));
        Properties texts = new Properties();
        try (ZipInputStream modules = new ZipInputStream(Files.newInputStream(ear))) {
            for (ZipEntry module; (module = modules.getNextEntry()) != null; ) {
                if (module.getName().endsWith(".war") || module.getName().endsWith(".jar")) {
                    readBundles(new ByteArrayInputStream(modules.readAllBytes()), language, texts);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the texts from " + ear, e);
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no " + language + " texts found in " + ear);
        }
        return texts;
    }

    private static void readBundles(InputStream module, String language, Properties into) throws IOException {
        try (ZipInputStream entries = new ZipInputStream(module)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (name.equals(WEB_BUNDLE + language + ".properties")
                        || name.equals(VALIDATION_BUNDLE + language + ".properties")) {
                    Properties bundle = new Properties();
                    bundle.load(new InputStreamReader(
                            new ByteArrayInputStream(entries.readAllBytes()), StandardCharsets.UTF_8));
                    bundle.forEach(into::putIfAbsent);
                }
            }
        }
    }
}
