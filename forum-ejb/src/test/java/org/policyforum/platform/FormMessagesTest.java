package org.policyforum.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every form a boundary takes (a class in a boundary package whose fields carry Bean Validation constraints: SignUp,
 * TopicForm, RoundForm, PollForm …) says its constraints' messages by keys that both ValidationMessages bundles hold,
 * so a page shows the words at the field in Korean and English, never a key or the validator's English default.
 */
class FormMessagesTest {

    private static final Path SOURCES = Path.of("src", "main", "java");

    @Test
    void everyConstraintOfABoundaryFormHasWordsInBothLanguages() throws Exception {
        List<Class<?>> forms = forms();
        assertTrue(forms.stream().anyMatch(c -> c.getSimpleName().equals("PollForm")), forms::toString);
        Set<String> missing = new TreeSet<>();
        for (String language : List.of("ko", "en")) {
            Properties bundle = bundle(language);
            for (Class<?> form : forms) {
                for (Field field : form.getDeclaredFields()) {
                    for (Annotation constraint : field.getAnnotations()) {
                        String key = messageKey(constraint);
                        if (key != null && !bundle.containsKey(key)) {
                            missing.add(language + ": " + form.getSimpleName() + "." + field.getName() + " " + key);
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> "constraint messages without words: " + missing);
    }

    /** The key of a constraint's own message ({@code "{poll.question.required}"}); null for the validator's default. */
    private static String messageKey(Annotation annotation) throws ReflectiveOperationException {
        if (!annotation.annotationType().getPackageName().equals("jakarta.validation.constraints")) {
            return null;
        }
        Method message = annotation.annotationType().getMethod("message");
        String text = (String) message.invoke(annotation);
        return text.startsWith("{jakarta.") ? null : text.substring(1, text.length() - 1);
    }

    private static List<Class<?>> forms() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f ->
                            f.getParent().endsWith("boundary") && f.toString().endsWith(".java"))
                    .filter(FormMessagesTest::declaresConstraints)
                    .map(FormMessagesTest::load)
                    .toList();
        }
    }

    private static boolean declaresConstraints(Path file) {
        try {
            String source = Files.readString(file);
            return source.contains("import jakarta.validation.constraints.")
                    && !source.contains("@Stateless")
                    && !source.contains("@Singleton");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Class<?> load(Path file) {
        String name = SOURCES.relativize(file)
                .toString()
                .replace(".java", "")
                .replace('/', '.')
                .replace('\\', '.');
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in =
                FormMessagesTest.class.getResourceAsStream("/ValidationMessages_" + language + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle;
    }
}
