package org.policyforum.web.member.partner;

import java.io.Serializable;
import java.util.Locale;

/**
 * One OpenID Connect provider members may log in through, as the installation configured it. The secret never
 * leaves the server; {@link #toString()} leaves it out. A provider the city trusts to verify identity
 * ({@code verifier}) vouches for a new person with two claims of its ID token, the person key (e.g. a Korean
 * verifier's CI, which names one person across providers) and the real name; any other provider only logs in members
 * who passed the forum's own verification.
 */
public record PartnerProvider(
        String id,
        String issuer,
        String clientId,
        String clientSecret,
        String nameKo,
        String nameEn,
        boolean verifier,
        String personClaim,
        String nameClaim)
        implements Serializable {

    /** A provider that logs members in but vouches for nobody. */
    public PartnerProvider(
            String id, String issuer, String clientId, String clientSecret, String nameKo, String nameEn) {
        this(id, issuer, clientId, clientSecret, nameKo, nameEn, false, null, null);
    }

    /** The provider's name in the reader's language (Korean unless English is asked for). */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameKo;
    }

    @Override
    public String toString() {
        return "PartnerProvider[" + id + ", " + issuer + (verifier ? ", verifier" : "") + "]";
    }
}
