package org.policyforum.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policyforum.web.member.partner.PartnerLoginSession;
import org.policyforum.web.member.partner.VouchedPerson;

/**
 * Everything the web tier keeps in a session must survive being written out and read in on another node of a cluster
 * (the application is distributable; sessions live in Infinispan there): every view-scoped and session-scoped page
 * bean (their view state lives in the session too) and the attributes the forum sets itself. A bean that cannot be
 * serialised fails only when its node dies, so it is found here instead. Injected fields are Weld's and WildFly's
 * proxies, which are serialisable and which Weld checks itself at deployment (passivation-capable dependencies);
 * every other non-transient field's declared type must be serialisable, down to collection elements.
 */
class SessionStateSerialisableTest {

    @Test
    void everyViewAndSessionScopedBeanIsSerialisable() throws Exception {
        List<Class<?>> beans = classes().stream()
                .filter(c -> c.isAnnotationPresent(ViewScoped.class)
                        || c.isAnnotationPresent(org.omnifaces.cdi.ViewScoped.class)
                        || c.isAnnotationPresent(SessionScoped.class))
                .toList();
        assertTrue(beans.size() > 20, () -> "found only " + beans + " (is target/classes there?)");

        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
                continue;
            }
            for (Class<?> c = bean; c != null && c.getName().startsWith("org.policyforum"); c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (field.isAnnotationPresent(Inject.class)
                            && field.getType().getName().equals("jakarta.security.enterprise.SecurityContext")) {
                        // WildFly's is a dependent object that holds a resolver it cannot serialise (found by
                        // ClusterFailoverIT): a bean that lives in the session looks it up per use (Instance)
                        problems.add(
                                bean.getSimpleName() + "." + field.getName() + ": inject Instance<SecurityContext>");
                    }
                    if (Modifier.isStatic(modifiers)
                            || Modifier.isTransient(modifiers)
                            || field.isAnnotationPresent(Inject.class)
                            || field.isSynthetic()) {
                        continue;
                    }
                    String why = unserialisable(field.getGenericType());
                    if (why != null) {
                        problems.add(bean.getSimpleName() + "." + field.getName() + ": " + why);
                    }
                }
            }
            roundTrip(bean, problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theSessionAttributesTheForumSetsAreSerialisable() throws Exception {
        Map<String, Object> partnerLogin = new HashMap<>();
        Constructor<?> started =
                Class.forName(PartnerLoginSession.class.getName() + "$Started").getDeclaredConstructors()[0];
        started.setAccessible(true);
        partnerLogin.put("state", started.newInstance("portal", "nonce", "verifier", "/account", Instant.EPOCH));
        Object toLink = new PartnerLoginSession.ToLink(
                "portal", "https://id.example/", "subject", new VouchedPerson("ci-of-the-person", "김민준"));
        for (Object attribute : List.of(partnerLogin, toLink)) {
            assertEquals(attribute, copy(attribute));
        }
    }

    /** Null when values of this declared type serialise; else why not. The forum's own types are checked inside. */
    private static String unserialisable(Type type) {
        return unserialisable(type, new HashSet<>());
    }

    private static String unserialisable(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return null;
        }
        if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum()) {
                return null;
            }
            if (Serializable.class.isAssignableFrom(c)) {
                return c.getName().startsWith("org.policyforum") ? unserialisableField(c, seen) : null;
            }
            if (c.isArray()) {
                return unserialisable(c.getComponentType(), seen);
            }
            return c.getName() + " is not Serializable";
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            // the forum's collections are ArrayList, HashMap and the like: serialisable when their elements are
            boolean container = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
            if (!container && !Serializable.class.isAssignableFrom(raw)) {
                return raw.getName() + " is not Serializable";
            }
            for (Type argument : p.getActualTypeArguments()) {
                String why = unserialisable(argument, seen);
                if (why != null) {
                    return why;
                }
            }
            return null;
        }
        return null; // a type variable or wildcard: its bound was checked where it was declared
    }

    private static String unserialisableField(Class<?> type, Set<Type> seen) {
        for (Class<?> c = type; c != null && c.getName().startsWith("org.policyforum"); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                    continue;
                }
                String why = unserialisable(field.getGenericType(), seen);
                if (why != null) {
                    return why + " (in " + c.getSimpleName() + "." + field.getName() + ")";
                }
            }
        }
        return null;
    }

    /** A bean as its constructor leaves it (lists made, defaults set) is written and read back. */
    private static void roundTrip(Class<?> bean, List<String> problems) {
        try {
            Constructor<?> constructor = bean.getDeclaredConstructor();
            constructor.setAccessible(true);
            copy(constructor.newInstance());
        } catch (NoSuchMethodException e) {
            problems.add(bean.getName() + " has no constructor without parameters (CDI needs one)");
        } catch (Exception e) {
            problems.add(bean.getName() + " does not serialise: " + e);
        }
    }

    private static Object copy(Object value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    private static List<Class<?>> classes() throws Exception {
        Path root = Path.of("target/classes");
        List<Class<?>> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("org/policyforum/web"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                all.add(Class.forName(name, false, SessionStateSerialisableTest.class.getClassLoader()));
            }
        }
        return all;
    }
}
