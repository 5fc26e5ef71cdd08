package org.policyforum.web.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import org.policyforum.member.boundary.Logins;
import org.policyforum.member.boundary.PartnerLogins;
import org.policyforum.web.member.partner.PartnerCredential;
import org.policyforum.web.member.partner.PartnerLinkCredential;
import org.policyforum.web.platform.ClientAddress;

/**
 * Checks email and password against the members (through their boundary). The caller's name is the member id, so a
 * changed email address changes nothing about who is logged in. Why a login failed is left on the request for the
 * login page to explain. Wrong passwords are counted per account and per client address by the boundary.
 */
@ApplicationScoped
public class ForumIdentityStore implements IdentityStore {

    public static final String OUTCOME = "org.policyforum.login.outcome";

    @Inject
    Logins logins;

    @Inject
    PartnerLogins partnerLogins;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clientAddress;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return loggedIn(logins.authenticate(
                credential.getCaller(), credential.getPasswordAsString(), clientAddress.of(request)));
    }

    /** A partner account whose ID token was checked (PartnerLoginCallback): in if it is linked to a member. */
    public CredentialValidationResult validate(PartnerCredential credential) {
        return loggedIn(partnerLogins.logIn(credential.issuer(), credential.subject(), clientAddress.of(request)));
    }

    /** A password login that links the partner account waiting in the session (LoginPage). */
    public CredentialValidationResult validate(PartnerLinkCredential credential) {
        return loggedIn(partnerLogins.linkAndLogIn(
                credential.toLink().provider(),
                credential.toLink().issuer(),
                credential.toLink().subject(),
                credential.email(),
                credential.password().getValue() == null
                        ? null
                        : new String(credential.password().getValue()),
                clientAddress.of(request)));
    }

    private CredentialValidationResult loggedIn(Logins.LoginResult result) {
        request.setAttribute(OUTCOME, result.outcome());
        if (result.outcome() != Logins.LoginOutcome.SUCCESS) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        // the number this session is logged in under: SessionGuard ends it once the member's number moves on
        request.getSession().setAttribute(SessionGuard.EPOCH, result.sessionEpoch());
        return new CredentialValidationResult(String.valueOf(result.memberId()), new HashSet<>(result.roles()));
    }
}
