package org.policyforum.web.member.partner;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;

/**
 * A password login that links the checked partner account waiting in the session ({@link PartnerLoginSession.ToLink})
 * to the member who logs in.
 */
public record PartnerLinkCredential(String email, Password password, PartnerLoginSession.ToLink toLink)
        implements Credential {

    @Override
    public void clear() {
        password.clear();
    }
}
