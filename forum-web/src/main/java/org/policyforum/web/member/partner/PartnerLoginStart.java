package org.policyforum.web.member.partner;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.policyforum.web.member.LoginPage;
import org.policyforum.web.platform.ErrorAnswer;

/**
 * {@code GET /login/partner/{id}}: the "log in with ..." button. Sends the visitor to the provider with a fresh state,
 * nonce and PKCE verifier, which stay in the visitor's session for the callback. An unknown id (or no partner login
 * configured at all) is a 404.
 */
@WebServlet("/login/partner/*")
public class PartnerLoginStart extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PartnerProviders providers;

    @Inject
    OidcClient oidc;

    @Inject
    PartnerLoginPages pages;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<PartnerProvider> provider = path == null ? Optional.empty() : providers.byId(path.substring(1));
        if (provider.isEmpty()) {
            ErrorAnswer.send(response, HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        try {
            var to = oidc.authorizationRequest(provider.get(), pages.callback(request), state, nonce, verifier);
            PartnerLoginSession.start(
                    request.getSession(true),
                    state.getValue(),
                    new PartnerLoginSession.Started(
                            provider.get().id(),
                            nonce.getValue(),
                            verifier.getValue(),
                            LoginPage.samePath(request.getParameter("from")),
                            clock.instant()));
            response.setHeader("Cache-Control", "no-store");
            response.sendRedirect(to.toString());
        } catch (PartnerLoginRefused refused) {
            pages.refuse(request, response, refused);
        }
    }
}
