package org.policyforum.web.member.partner;

/**
 * Why a partner login went no further: the page says it in the reader's language (bundle key
 * {@code partnerLogin.refused.<reason>}), the log says it in one line with the detail, the answer is the status.
 */
public class PartnerLoginRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** the callback's state is missing, forged, expired or used already */
        STATE(400),
        /** the provider answered with an error (e.g. the person cancelled) */
        PROVIDER(400),
        /** the ID token failed a check: signature, issuer, audience, expiry, nonce; or the code was refused */
        TOKEN(400),
        /** the partner account's member may not log in now: closed, suspended, locked, or address unconfirmed */
        ACCOUNT(403),
        /** too many failed logins from this address */
        THROTTLED(429),
        /** the provider could not be reached or gave something that is not OpenID Connect */
        UNREACHABLE(502);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }

        public String messageKey() {
            return "partnerLogin.refused." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Reason reason;

    public PartnerLoginRefused(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public PartnerLoginRefused(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
