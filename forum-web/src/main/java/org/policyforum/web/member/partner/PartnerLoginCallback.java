package org.policyforum.web.member.partner;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.policyforum.member.boundary.Logins.LoginOutcome;
import org.policyforum.web.member.ForumIdentityStore;
import org.policyforum.web.member.partner.OidcClient.PartnerAccount;
import org.policyforum.web.member.partner.PartnerLoginRefused.Reason;

/**
 * {@code GET /login/partner/callback}: the provider sends the visitor back here. The state must be one this session
 * started and not yet used; the provider's error ends it; the code is exchanged and the ID token checked
 * ({@link OidcClient}). A checked partner account then logs in through Jakarta Security like a password login (new
 * session id, the identity store, the session number): linked, the member is in; linked to nobody, the login page
 * asks for the member's password once to link it. Nothing is stored before that.
 */
@WebServlet("/login/partner/callback")
public class PartnerLoginCallback extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PartnerProviders providers;

    @Inject
    OidcClient oidc;

    @Inject
    PartnerLoginPages pages;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (providers.all().isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            finish(request, response);
        } catch (PartnerLoginRefused refused) {
            pages.refuse(request, response, refused);
        }
    }

    private void finish(HttpServletRequest request, HttpServletResponse response)
            throws IOException, PartnerLoginRefused {
        PartnerLoginSession.Started started = PartnerLoginSession.take(
                        request.getSession(false), request.getParameter("state"), clock.instant())
                .orElseThrow(() -> new PartnerLoginRefused(Reason.STATE, "state missing, unknown, used or expired"));
        PartnerProvider provider = providers
                .byId(started.provider())
                .orElseThrow(() -> new PartnerLoginRefused(Reason.STATE, "provider no longer configured"));
        String error = request.getParameter("error");
        String code = request.getParameter("code");
        if (error != null || code == null || code.isBlank()) {
            throw new PartnerLoginRefused(
                    Reason.PROVIDER, provider + " answered " + (error == null ? "no code" : printable(error)));
        }
        PartnerAccount account = oidc.finish(
                provider,
                pages.callback(request),
                new AuthorizationCode(code),
                new CodeVerifier(started.codeVerifier()),
                new Nonce(started.nonce()));
        // as at the login page: a new session id for the logged-in session
        request.changeSessionId();
        AuthenticationStatus status = security.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .credential(new PartnerCredential(account.issuer(), account.subject()))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            PartnerLoginSession.forgetLink(request);
            redirect(response, Optional.ofNullable(started.returnTo()).orElse(request.getContextPath() + "/"));
            return;
        }
        Object outcome = request.getAttribute(ForumIdentityStore.OUTCOME);
        if (outcome == LoginOutcome.NOT_LINKED) {
            PartnerLoginSession.awaitLink(
                    request.getSession(true),
                    new PartnerLoginSession.ToLink(
                            provider.id(), account.issuer(), account.subject(), account.person()));
            redirect(response, request.getContextPath() + "/login?link=" + provider.id());
            return;
        }
        // refused: the authentication mechanism's failed attempt stays in the session (a protected page then answered
        // an empty 200 instead of the login page); the browser goes on as a new anonymous visitor
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (outcome == LoginOutcome.THROTTLED) {
            throw new PartnerLoginRefused(Reason.THROTTLED, "address over its failed-login limit");
        }
        throw new PartnerLoginRefused(Reason.ACCOUNT, provider + ": the member may not log in now (" + outcome + ")");
    }

    private static void redirect(HttpServletResponse response, String to) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", to);
        response.setHeader("Cache-Control", "no-store");
    }

    /** A provider's error code for the log: its letters only, short, so a forged one cannot forge log lines. */
    private static String printable(String error) {
        String kept = error.replaceAll("[^A-Za-z0-9_.-]", "");
        return kept.length() > 60 ? kept.substring(0, 60) : kept;
    }
}
