package org.policyforum.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The guard of the forum's own script writes to {@code /api} (Faces forms have their server-side view state instead):
 * a secret per logged-in session that pages render for the script ({@code #{csrf.token}}) and that the script sends
 * back in the {@value #HEADER} header. Another site can make a browser send the session cookie, but cannot read the
 * page, so it cannot know the secret. Only a logged-in member's session gets one: an anonymous reader never gets a
 * session from it (the readers' cache serves only session-less visitors).
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    public static final String HEADER = "X-CSRF-Token";
    static final String ATTRIBUTE = CsrfToken.class.getName();
    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServletRequest request;

    @Inject
    SecurityContext security;

    /** The session's token, made on first use; empty for a visitor who is not logged in. */
    public String getToken() {
        HttpSession session = request.getSession(false);
        if (session == null || security.getCallerPrincipal() == null) {
            return "";
        }
        return of(session);
    }

    private static String of(HttpSession session) {
        Object token = session.getAttribute(ATTRIBUTE);
        if (token != null) {
            return (String) token;
        }
        // once per session: a global lock is cheap, and two pages rendered together must not get different tokens
        synchronized (CsrfToken.class) {
            token = session.getAttribute(ATTRIBUTE);
            if (token == null) {
                byte[] secret = new byte[BYTES];
                RANDOM.nextBytes(secret);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
                session.setAttribute(ATTRIBUTE, token);
            }
            return (String) token;
        }
    }

    /** Whether the request carries its session's token in the header (compared in constant time). */
    public static boolean matches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getHeader(HEADER);
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (sent == null || !(expected instanceof String token)) {
            return false;
        }
        return MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
