package org.policyforum.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The mail module reads the domain only through the ports forum-ejb's features give it (DESIGN.md), never through
 * their tables: SQL in forum-mail that names a domain table escapes the compiler, and a renamed column would break
 * the mail at run time. The domain's tables are read from forum-ejb's migrations (and its entity names, for JPQL),
 * so a new table is covered without a change here; only the newsletter's own tables are listed.
 */
class DomainTablesTest {

    /**
     * The newsletter's own tables. forum-ejb's migrations create them (the schema has one history) but only forum-mail
     * queries them; a new one must be added here, which is the safe way round.
     */
    static final Set<String> NEWSLETTER_TABLES = Set.of(
            "campaign",
            "campaign_delivery",
            "campaign_schedule",
            "mail_bounce",
            "outbox_mail",
            "follow_digest",
            "follow_digest_run",
            "follow_digest_schedule",
            "outcome_mail");

    private static final Path MIGRATIONS = Path.of("../forum-ejb/src/main/resources/db/migration");
    private static final Path DOMAIN_SOURCES = Path.of("../forum-ejb/src/main/java");
    private static final Path MAIL_SOURCES = Path.of("src/main/java");

    private static final Pattern CREATE = Pattern.compile(
            "\\bCREATE\\s+(?:TABLE|VIEW)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY =
            Pattern.compile("^@Entity(?:\\(\\s*name\\s*=\\s*\"(\\w+)\"\\s*\\))?", Pattern.MULTILINE);
    /** Where SQL and JPQL name a table or an entity (the sources write keywords in capitals). */
    private static final Pattern NAMED = Pattern.compile("\\b(?:FROM|JOIN|UPDATE|INTO|TABLE)\\s+(\\w+)");

    @Test
    void forumMailNamesNoTableOfTheDomain() {
        Set<String> domain = domainNames();
        List<String> found = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (Path file : files(MAIL_SOURCES, ".java")) {
            for (String text : stringLiterals(read(file))) {
                Matcher m = NAMED.matcher(text);
                while (m.find()) {
                    String name = m.group(1).toLowerCase(Locale.ROOT);
                    named.add(name);
                    if (domain.contains(name)) {
                        found.add(MAIL_SOURCES.relativize(file) + ": " + m.group() + " in \"" + text + "\"");
                    }
                }
            }
        }
        // else the rule would pass on nothing: the mail module's own SQL must be seen
        assertTrue(named.containsAll(Set.of("campaign_delivery", "mail_bounce", "follow_digest")), named::toString);
        assertEquals(List.of(), found, "ask the feature that owns the table through its port instead");
    }

    @Test
    void theDomainTablesAreReadFromTheMigrations() {
        Set<String> created = new TreeSet<>();
        for (Path file : files(MIGRATIONS, ".sql")) {
            Matcher m = CREATE.matcher(read(file));
            while (m.find()) {
                created.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        // a renamed newsletter table must not stay allowed under its old name
        assertTrue(created.containsAll(NEWSLETTER_TABLES), created::toString);
        assertTrue(
                domainNames().containsAll(Set.of("member", "topic", "topic_follow", "opinion", "poll", "forummember")));
    }

    @Test
    void literalsJoinedByPlusAreOneStatementAndCommentsAreNotSql() {
        String source = "class X { String a = \"SELECT 1 FROM\" // FROM member\n + \" member m\"; /* JOIN topic */"
                + " char q = '\"'; String b = \"x\\\"y\", c = \"\"\"\n  UPDATE poll\"\"\"; }";
        assertEquals(List.of("SELECT 1 FROM member m", "x\\\"y", "\n  UPDATE poll"), stringLiterals(source));
    }

    /** The domain's tables (from its migrations, less the newsletter's) and its entity names (JPQL), lower case. */
    static Set<String> domainNames() {
        Set<String> names = new TreeSet<>();
        for (Path file : files(MIGRATIONS, ".sql")) {
            Matcher m = CREATE.matcher(read(file));
            while (m.find()) {
                names.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        names.removeAll(NEWSLETTER_TABLES);
        for (Path file : files(DOMAIN_SOURCES, ".java")) {
            Matcher m = ENTITY.matcher(read(file));
            if (m.find()) {
                String name = m.group(1) != null
                        ? m.group(1)
                        : file.getFileName().toString().replace(".java", "");
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /**
     * The string literals (and text blocks) of a Java source, outside comments; literals joined by {@code +} are one
     * text, as a statement split over lines is.
     */
    static List<String> stringLiterals(String source) {
        List<String> texts = new ArrayList<>();
        StringBuilder current = null;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            String literal = null;
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
                continue;
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2) + 2;
                continue;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                literal = source.substring(source.indexOf('\n', i), end);
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    literal = source.substring(i + 1, end);
                } else {
                    current = null;
                }
                i = end + 1;
            } else {
                if (c != '+' && !Character.isWhitespace(c)) {
                    current = null;
                }
                i++;
            }
            if (literal != null) {
                if (current == null) {
                    current = new StringBuilder(literal);
                    texts.add(null);
                } else {
                    current.append(literal);
                }
                texts.set(texts.size() - 1, current.toString());
            }
        }
        return texts;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
