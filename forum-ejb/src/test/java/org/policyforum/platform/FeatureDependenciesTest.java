package org.policyforum.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules of DESIGN.md that the compiler does not check, read from the sources of the domain (forum-ejb) and the
 * mail module (forum-mail): the platform imports no feature, features depend one way (no cycle between any two),
 * and entities import no boundary.
 */
class FeatureDependenciesTest {

    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?org\\.policyforum\\.(\\w+)\\.(\\w+)", Pattern.MULTILINE);
    private static final Pattern PACKAGE =
            Pattern.compile("^package org\\.policyforum\\.(\\w+)(?:\\.(\\w+))?", Pattern.MULTILINE);
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../forum-mail/src/main/java"));

    /** Feature → the features its classes import (itself excluded). */
    private static Map<String, Set<String>> graph() {
        Map<String, Set<String>> uses = new TreeMap<>();
        forEachSource((pkg, layer, text) -> {
            Set<String> to = uses.computeIfAbsent(pkg, p -> new TreeSet<>());
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                if (!m.group(1).equals(pkg)) {
                    to.add(m.group(1));
                }
            }
        });
        return uses;
    }

    @Test
    void theSourcesAreFound() {
        // else every rule below would pass on nothing
        Map<String, Set<String>> graph = graph();
        assertTrue(
                graph.keySet().containsAll(Set.of("platform", "member", "topic", "discussion", "newsletter")),
                graph::toString);
    }

    @Test
    void thePlatformImportsNoFeature() {
        assertEquals(Set.of(), graph().getOrDefault("platform", Set.of()));
    }

    @Test
    void noTwoFeaturesDependOnEachOther() {
        Map<String, Set<String>> graph = graph();
        List<String> cycles = new ArrayList<>();
        for (String from : graph.keySet()) {
            for (String to : graph.get(from)) {
                if (reaches(graph, to, from, new TreeSet<>())) {
                    cycles.add(from + " -> " + to + " -> … -> " + from);
                }
            }
        }
        assertEquals(List.of(), cycles);
    }

    @Test
    void entitiesImportNoBoundary() {
        List<String> found = new ArrayList<>();
        forEachSource((pkg, layer, text) -> {
            Matcher m = IMPORT.matcher(text);
            while ("entity".equals(layer) && m.find()) {
                String imported = text.substring(m.start(), text.indexOf(';', m.start()));
                if (imported.contains(".boundary.")) {
                    found.add(pkg + ".entity: " + imported);
                }
            }
        });
        assertEquals(List.of(), found);
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String target, Set<String> seen) {
        if (from.equals(target)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        for (String next : graph.getOrDefault(from, Set.of())) {
            if (reaches(graph, next, target, seen)) {
                return true;
            }
        }
        return false;
    }

    private interface SourceVisitor {
        void visit(String feature, String layer, String text);
    }

    private static void forEachSource(SourceVisitor visitor) {
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(file);
                    Matcher pkg = PACKAGE.matcher(text);
                    if (pkg.find()) {
                        visitor.visit(pkg.group(1), pkg.group(2), text);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
