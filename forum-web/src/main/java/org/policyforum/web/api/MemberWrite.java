package org.policyforum.web.api;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API method that a logged-in member's page script calls to change something: {@link MemberWriteGuard}
 * lets it run only for a same-site JSON request of a logged-in member that carries the session's CSRF token.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface MemberWrite {}
