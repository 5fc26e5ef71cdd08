package org.policyforum.member.control;

/**
 * Vouches that a person is who they say they are. It returns an opaque, stable key for the person; the forum keeps
 * only a keyed hash of that key (see {@link PersonKeys}), which is enough to allow one account per person.
 *
 * <p>Production adapters (not in this repository yet) have the same shape: a national identity verification service
 * (mobile-carrier PASS, i-PIN) or an OpenID Connect provider runs its own pages, then hands back a signed result
 * (its CI value or the OIDC {@code sub}); the adapter checks the signature and returns that value as the person
 * key. A resident registration number never reaches the forum: the providers do not pass it on, and
 * {@link DevelopmentIdentityVerifier} refuses anything shaped like one. A verification service that speaks OpenID
 * Connect needs no adapter: configured as a partner login with {@code FORUM_PARTNER_LOGIN_<ID>_VERIFIER=true}, its
 * checked ID token vouches for a person who joins through it ({@code SignUps#signUpVouched}).
 */
public interface IdentityVerifier {

    /** Stored with the member, e.g. "development" or "pass". */
    String name();

    /** A verifier that checks nothing real; refused when the forum runs in production. */
    boolean isDevelopment();

    /**
     * @param realName the name the person typed
     * @param evidence what the provider gave the browser (a test code for the development verifier)
     * @throws VerificationFailed with a message key when the person could not be verified
     */
    VerifiedPerson verify(String realName, String evidence) throws VerificationFailed;

    record VerifiedPerson(String personKey, String realName) {}

    class VerificationFailed extends Exception {
        private static final long serialVersionUID = 1L;
        private final String messageKey;

        public VerificationFailed(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
