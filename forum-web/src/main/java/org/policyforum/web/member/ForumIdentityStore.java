package org.policyforum.web.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import org.policyforum.member.boundary.Members;

/**
 * Checks email and password against the members (through their boundary). The caller's name is the member id, so a
 * changed email address changes nothing about who is logged in. Why a login failed is left on the request for the
 * login page to explain.
 */
@ApplicationScoped
public class ForumIdentityStore implements IdentityStore {

    static final String OUTCOME = "org.policyforum.login.outcome";

    @Inject
    Members members;
    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Members.LoginResult result = members.authenticate(credential.getCaller(), credential.getPasswordAsString());
        request.setAttribute(OUTCOME, result.outcome());
        if (result.outcome() != Members.LoginOutcome.SUCCESS) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(String.valueOf(result.memberId()), new HashSet<>(result.roles()));
    }
}
