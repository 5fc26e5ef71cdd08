package org.policyforum.web.member.partner;

import java.io.Serializable;
import java.util.Locale;

/**
 * One OpenID Connect provider members may log in through, as the installation configured it. The secret never
 * leaves the server; {@link #toString()} leaves it out.
 */
public record PartnerProvider(
        String id, String issuer, String clientId, String clientSecret, String nameKo, String nameEn)
        implements Serializable {

    /** The provider's name in the reader's language (Korean unless English is asked for). */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameKo;
    }

    @Override
    public String toString() {
        return "PartnerProvider[" + id + ", " + issuer + "]";
    }
}
