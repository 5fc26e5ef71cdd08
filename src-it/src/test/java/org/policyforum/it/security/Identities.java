package org.policyforum.it.security;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Runs in-container test code as a given member, the way a logged-in request does: the caller's name is the member
 * id and the roles are the ones given (the same ad-hoc identity WildFly makes for a Jakarta Security login). The
 * test WAR needs the org.wildfly.security.elytron module, see {@link #MODULE}.
 */
public final class Identities {

    /** The server module that makes Elytron's classes visible to the test WAR. */
    public static final String MODULE = "org.wildfly.security.elytron";

    private Identities() {}

    public static <T> T as(long memberId, Set<String> roles, Callable<T> work) throws Exception {
        Set<String> withMember = new HashSet<>(roles);
        withMember.add("MEMBER");
        SecurityIdentity identity = SecurityDomain.getCurrent()
                .createAdHocIdentity(String.valueOf(memberId))
                .withRoleMapper("ejb", RoleMapper.constant(Roles.fromSet(withMember)))
                .withRoleMapper("web", RoleMapper.constant(Roles.fromSet(withMember)));
        try {
            return identity.runAs((PrivilegedExceptionAction<T>) work::call);
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }

    public static void run(long memberId, Set<String> roles, ThrowingRunnable work) throws Exception {
        as(memberId, roles, () -> {
            work.run();
            return null;
        });
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
