package org.policyforum.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.idea.boundary.IdeaComments;
import org.policyforum.it.Deployments;
import org.policyforum.member.boundary.MyAccount;
import org.policyforum.moderation.boundary.AuditLog;
import org.policyforum.newsletter.boundary.Campaigns;

/**
 * Walks every boundary EJB of the forum and calls each method that only staff may use, as a citizen: each must be
 * refused by the container. Boundaries are found through CDI, so a boundary added later is walked too, and a boundary
 * method that says nothing about who may call it fails the walk: a forgotten annotation is the mistake this is for.
 * Every call runs in a transaction that is rolled back, so nothing the walk does stays (an operator's empty-argument
 * {@code sendNow} would otherwise start the month's campaign).
 */
@ExtendWith(ArquillianExtension.class)
class AdminBoundariesRefuseCitizensIT {

    /** Roles a citizen has; a method open to any of them is not an admin boundary. */
    static final Set<String> CITIZEN_ROLES = Set.of("CITIZEN", "MEMBER", "YOUTH_PANELIST");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(AdminBoundariesRefuseCitizensIT.class, RunAsCitizen.class, RunAsOperator.class);
    }

    @Inject
    BeanManager beans;

    @Inject
    RunAsCitizen asCitizen;

    @Inject
    RunAsOperator asOperator;

    @Inject
    UserTransaction transaction;

    @Inject
    AuditLog audit;

    @Inject
    Campaigns campaigns;

    @Inject
    MyAccount myAccount;

    @Inject
    IdeaComments ideaComments;

    record AdminMethod(Bean<?> bean, Method method, List<String> roles) {
        @Override
        public String toString() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName() + roles;
        }
    }

    @Test
    void everyBoundaryMethodSaysWhoMayCallIt() {
        List<String> unannotated = new ArrayList<>();
        int walked = 0;
        for (Class<?> type : forumEjbs()) {
            // controls are called by boundaries only; every other EJB is a door and must say who may pass
            if (type.getPackageName().endsWith(".control")) {
                continue;
            }
            boolean classSays =
                    type.isAnnotationPresent(RolesAllowed.class) || type.isAnnotationPresent(PermitAll.class);
            for (Method method : publicMethods(type)) {
                walked++;
                if (!classSays
                        && !method.isAnnotationPresent(RolesAllowed.class)
                        && !method.isAnnotationPresent(PermitAll.class)) {
                    unannotated.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        int seen = walked;
        assertTrue(seen >= 100, () -> "only " + seen + " boundary methods found; the walk missed the boundaries");
        assertTrue(
                unannotated.isEmpty(),
                () -> "boundary methods with neither @RolesAllowed nor @PermitAll: " + unannotated);
    }

    @Test
    void aCitizenIsRefusedEveryAdminBoundary() throws Exception {
        List<AdminMethod> adminMethods = adminMethods();
        // the walk must reach the console's boundaries, or it proves nothing
        List<String> names = adminMethods.stream()
                .map(m -> m.method().getDeclaringClass().getSimpleName())
                .distinct()
                .toList();
        assertTrue(
                names.containsAll(List.of(
                        "MemberAdministration",
                        "Bureaus",
                        "Settings",
                        "AuditLog",
                        "AdminOverview",
                        "SiteOverview",
                        "SurveyAnnouncements",
                        "Partners",
                        "ReportReasons")),
                names::toString);
        assertTrue(adminMethods.size() >= 12, () -> "only " + adminMethods);

        List<String> notRefused = new ArrayList<>();
        for (AdminMethod admin : adminMethods) {
            Object boundary = beans.getReference(
                    admin.bean(), admin.bean().getBeanClass(), beans.createCreationalContext(admin.bean()));
            Throwable outcome = invoke(asCitizen::call, boundary, admin.method());
            if (!(outcome instanceof EJBAccessException)) {
                notRefused.add(admin + " -> " + outcome);
            }
        }
        assertTrue(notRefused.isEmpty(), () -> "a citizen got through: " + notRefused);
    }

    /**
     * A refusal reaches the web layer as it is, which answers a 4xx with one log line; the container must not also
     * log it as a failed invocation with a stack trace (forum-ejb's META-INF/ejb-jar.xml). Two kinds: the role check
     * (a citizen calling a member's method it lacks the role for) and a refusal raised inside the boundary (the run-as
     * citizen has the role but no member row, as a session whose account was closed or blocked a moment ago). The
     * walk of NoServerErrorsIT once found such a trace after a race between two sessions of one member.
     */
    @Test
    void aRefusalLeavesNoStackTraceInTheLog() throws Exception {
        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        long before = Files.size(log);

        Throwable role = invoke(asCitizen::call, myAccount, MyAccount.class.getMethod("me"));
        Throwable inside = invoke(
                asCitizen::call,
                ideaComments,
                IdeaComments.class.getMethod("comment", long.class, Long.class, String.class));

        assertTrue(role instanceof EJBAccessException, () -> "not the role check: " + role);
        Throwable cause = inside;
        while (cause != null && !(cause instanceof SecurityException)) {
            cause = cause.getCause();
        }
        assertTrue(cause instanceof SecurityException, () -> "not the caller's refusal: " + inside);
        byte[] all = Files.readAllBytes(log);
        String logged = new String(all, (int) before, all.length - (int) before, StandardCharsets.UTF_8);
        assertFalse(logged.contains("component MyAccount") || logged.contains("component IdeaComments"), logged);
    }

    @Test
    void theRefusalIsTheRoleCheck() throws Exception {
        long auditEntries = asOperator.call(() -> audit.count(""));
        int campaignsBefore = asOperator.call(() -> campaigns.campaigns().size());
        for (AdminMethod admin : adminMethods()) {
            if (!admin.roles().contains("OPERATOR")) {
                continue;
            }
            Object boundary = beans.getReference(
                    admin.bean(), admin.bean().getBeanClass(), beans.createCreationalContext(admin.bean()));
            Throwable outcome = invoke(asOperator::call, boundary, admin.method());
            // with empty arguments the call may well fail, but not because of who is calling
            assertFalse(outcome instanceof EJBAccessException, () -> admin + " refused an operator too");
        }
        // the walk called create, sendNow and every other change; rolled back, none of it stays
        assertEquals(auditEntries, asOperator.call(() -> audit.count("")));
        assertEquals(
                campaignsBefore, asOperator.call(() -> campaigns.campaigns().size()));
    }

    interface Runner {
        Object call(java.util.concurrent.Callable<Object> work) throws Exception;
    }

    private Throwable invoke(Runner runner, Object boundary, Method method) throws Exception {
        transaction.begin();
        try {
            runner.call(() -> method.invoke(boundary, emptyArguments(method)));
            return null;
        } catch (Throwable t) {
            Throwable cause = t;
            while ((cause instanceof InvocationTargetException || cause.getCause() instanceof EJBAccessException)
                    && cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause;
        } finally {
            transaction.rollback();
        }
    }

    private List<Bean<?>> forumEjbBeans() {
        List<Bean<?>> found = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (type.getName().startsWith("org.policyforum.")
                    && !type.getName().startsWith("org.policyforum.it.")
                    && (type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class))) {
                found.add(bean);
            }
        }
        return found;
    }

    private List<Class<?>> forumEjbs() {
        return forumEjbBeans().stream()
                .<Class<?>>map(Bean::getBeanClass)
                .distinct()
                .toList();
    }

    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .toList();
    }

    private List<AdminMethod> adminMethods() {
        List<AdminMethod> found = new ArrayList<>();
        for (Bean<?> bean : forumEjbBeans()) {
            Class<?> type = bean.getBeanClass();
            for (Method method : publicMethods(type)) {
                RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                        ? method.getAnnotation(RolesAllowed.class)
                        : type.getAnnotation(RolesAllowed.class);
                if (method.isAnnotationPresent(PermitAll.class) || allowed == null) {
                    continue;
                }
                List<String> roles = Arrays.asList(allowed.value());
                if (roles.stream().noneMatch(CITIZEN_ROLES::contains)) {
                    found.add(new AdminMethod(bean, method, roles));
                }
            }
        }
        found.sort(Comparator.comparing(AdminMethod::toString));
        return found;
    }

    private static Object[] emptyArguments(Method method) {
        return Arrays.stream(method.getParameterTypes())
                .map(AdminBoundariesRefuseCitizensIT::emptyValue)
                .toArray();
    }

    private static Object emptyValue(Class<?> type) {
        if (!type.isPrimitive()) {
            return type == Set.class ? Set.of() : null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return -1L;
        }
        if (type == int.class) {
            return 0;
        }
        return null;
    }
}
