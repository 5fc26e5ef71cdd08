package org.policyforum.web.member.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.logging.Logger;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.web.platform.ErrorAnswer;

/** Where the providers send visitors back to, and how a refused partner login is answered. */
@ApplicationScoped
public class PartnerLoginPages {

    private static final Logger LOG = Logger.getLogger(PartnerLoginPages.class.getName());
    /** The request attribute the error pages read to say why (a bundle key). */
    public static final String REFUSAL = "partnerLoginRefusal";

    static final String CALLBACK = "login/partner/callback";

    @Inject
    ForumEnvironment environment;

    /**
     * The callback address registered at the providers: under FORUM_BASE_URL when it is set (behind a proxy the
     * request's own address is the proxy's view), else the address this request came to.
     */
    URI callback(HttpServletRequest request) {
        if (environment.hasBaseUrl()) {
            return environment.baseUrl().resolve(CALLBACK);
        }
        String here = request.getRequestURL().toString();
        return URI.create(here).resolve(request.getContextPath() + "/" + CALLBACK);
    }

    /** One log line, the error page of the reason's status with the reason in the reader's language. */
    void refuse(HttpServletRequest request, HttpServletResponse response, PartnerLoginRefused refused)
            throws IOException {
        LOG.info(() -> "Partner login refused (" + refused.reason() + "): " + refused.getMessage());
        request.setAttribute(REFUSAL, refused.reason().messageKey());
        response.setHeader("Cache-Control", "no-store");
        ErrorAnswer.send(response, refused.reason().status());
    }
}
