package org.policyforum.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.NoResultException;
import java.io.FileNotFoundException;
import java.util.Optional;
import org.policyforum.member.entity.WritingRestricted;
import org.policyforum.platform.entity.RuleViolation;
import org.primefaces.csp.CspException;

/**
 * A failure that is the request's fault, not ours: someone without the role pressed a button, an id that does not
 * exist, a page open too long, a forged script nonce. Such a request gets a 4xx page (or problem+json under /api) and
 * one log line without a stack trace; everything else is a real error (500, reference, stack trace in the log).
 */
public enum Refusal {
    FORBIDDEN(403, "/error/403.xhtml"),
    NOT_FOUND(404, "/error/404.xhtml"),
    MALFORMED(400, "/error/400.xhtml"),
    /** An unknown, stale or forged view state: the CSRF guard said no, the person's page was open too long. */
    EXPIRED(400, "/error/expired.xhtml"),
    /**
     * Someone else changed the same thing at the same moment (a row's version moved, or its lock could not be had):
     * nothing of this request was saved; the person reloads and sees the other change.
     */
    CONFLICT(409, "/error/409.xhtml"),
    /**
     * The database cannot be reached just now (restarting, network): not the request's fault and not a defect either;
     * the person tries again in a moment. One log line, no stack trace: an outage would otherwise log one per request.
     */
    UNAVAILABLE(503, "/error/503.xhtml");

    /** EclipseLink's own exceptions, named so that the web module needs no compile dependency on EclipseLink. */
    private static final java.util.Set<String> CONFLICTS = java.util.Set.of(
            "org.eclipse.persistence.exceptions.OptimisticLockException",
            "jakarta.persistence.OptimisticLockException",
            "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.LockTimeoutException");

    /** Request attribute: set for an {@link #EXPIRED} answer, so that the 400 page shows the expired words. */
    public static final String ATTRIBUTE = Refusal.class.getName();

    private static final int MAX_CAUSES = 30;

    /** Undertow's request, whose form parser's failures {@link #unreadableForm} recognises. */
    private static final String UNDERTOW_REQUEST = "io.undertow.servlet.spec.HttpServletRequestImpl";

    private final int status;
    private final String page;

    Refusal(int status, String page) {
        this.status = status;
        this.page = page;
    }

    public int status() {
        return status;
    }

    /** The error page that shows this refusal. */
    public String page() {
        return page;
    }

    /** The refusal that {@code failure} (or one of its causes) is, if it is one. */
    public static Optional<Refusal> of(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            Refusal refusal = ofOne(cause);
            if (refusal != null) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    private static Refusal ofOne(Throwable cause) {
        if (cause instanceof EJBAccessException
                || cause instanceof SecurityException
                || cause instanceof jakarta.ws.rs.ForbiddenException) {
            // a boundary's @RolesAllowed, or Caller: the session's account is no longer active (closed, blocked)
            return FORBIDDEN;
        }
        if (cause instanceof ViewExpiredException || cause instanceof ProtectedViewException) {
            return EXPIRED;
        }
        // Mojarra's plain "Unable to restore view" (a post with a view state that names no view it can rebuild,
        // e.g. another page's form posted here): the same as an expired page for the person, not a server error.
        // Seen by the servlet filter too, after the Faces context is gone: hence also Mojarra's (untranslated) words
        if (cause.getClass() == jakarta.faces.FacesException.class
                && (restoringView() || String.valueOf(cause.getMessage()).startsWith("Unable to restore view"))) {
            return EXPIRED;
        }
        if (cause instanceof CspException || unreadableForm(cause)) {
            return MALFORMED;
        }
        if (cause instanceof WritingRestricted) {
            return FORBIDDEN; // a sanctioned member's write that no form caught: the 403 page, not a malformed request
        }
        if (cause instanceof RuleViolation violation) {
            return "notFound".equals(violation.messageKey()) ? NOT_FOUND : MALFORMED;
        }
        if (databaseAway(cause)) {
            return UNAVAILABLE;
        }
        if (CONFLICTS.contains(cause.getClass().getName())) {
            return CONFLICT;
        }
        if (cause instanceof NoResultException
                || cause instanceof EntityNotFoundException
                || cause instanceof FileNotFoundException) {
            return NOT_FOUND;
        }
        return null;
    }

    /**
     * No connection to the database: the driver's connection errors (SQL state class 08) or the pool's refusal to make
     * one (IronJacamar's ResourceException, named by class as the web module does not depend on it).
     */
    private static boolean databaseAway(Throwable cause) {
        if (cause instanceof java.sql.SQLException sql) {
            return sql instanceof java.sql.SQLTransientConnectionException
                    || sql instanceof java.sql.SQLNonTransientConnectionException
                    || (sql.getSQLState() != null && sql.getSQLState().startsWith("08"));
        }
        for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals("jakarta.resource.ResourceException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The server could not read a posted form's body: Undertow wraps the I/O failure of its form parser in a
     * RuntimeException (a client that went away mid-body, or a request whose body channel is already gone, UT000005,
     * seen once in a burst of odd methods and forged posts). Nothing of ours failed and nothing was read: a 400 and
     * one log line, not an error reference with a stack trace. Named by class and method, as the web module has no
     * compile dependency on Undertow.
     */
    private static boolean unreadableForm(Throwable cause) {
        if (cause.getClass() != RuntimeException.class || !(cause.getCause() instanceof java.io.IOException)) {
            return false;
        }
        StackTraceElement[] frames = cause.getStackTrace();
        return frames.length > 0
                && frames[0].getClassName().equals(UNDERTOW_REQUEST)
                && frames[0].getMethodName().equals("parseFormData");
    }

    private static boolean restoringView() {
        jakarta.faces.context.FacesContext context = jakarta.faces.context.FacesContext.getCurrentInstance();
        return context != null && context.getCurrentPhaseId() == jakarta.faces.event.PhaseId.RESTORE_VIEW;
    }

    /** One line for the log: what was refused, where, and the refusal's own words (never a stack trace). */
    public static String describe(Refusal refusal, String method, String uri, Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && depth < MAX_CAUSES; depth++) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + oneLine(root.getMessage());
        return "Refused (" + refusal.status + " " + refusal.name().toLowerCase() + ") " + method + " " + uri + ": "
                + root.getClass().getSimpleName() + message;
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("[\\r\\n\\t]+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
