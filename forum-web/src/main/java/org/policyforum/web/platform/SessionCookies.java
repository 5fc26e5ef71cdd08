package org.policyforum.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.policyforum.platform.control.ForumEnvironment;

/**
 * The session cookie's flags, set before the first session exists: HttpOnly (web.xml), SameSite=Lax, so that
 * another site's form or script cannot post with a member's session (a link from a mail or another site still
 * arrives logged in), and Secure behind TLS ({@link ForumEnvironment#isSecureCookies()}). The language cookie
 * follows the same Secure switch.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionCookies.class.getName());
    private static volatile boolean secure;

    @Inject
    ForumEnvironment environment;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        secure = environment.isSecureCookies();
        SessionCookieConfig config = event.getServletContext().getSessionCookieConfig();
        config.setAttribute("SameSite", "Lax");
        config.setSecure(secure);
        LOG.info(() -> "Session cookie: HttpOnly, SameSite=Lax" + (secure ? ", Secure" : " (not Secure: plain HTTP)"));
    }

    /** Whether cookies are sent over HTTPS only. */
    public static boolean isSecure() {
        return secure;
    }
}
