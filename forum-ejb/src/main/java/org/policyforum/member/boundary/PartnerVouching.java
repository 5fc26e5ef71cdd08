package org.policyforum.member.boundary;

import java.io.Serializable;

/**
 * What a partner configured as an identity verifier said about a person in its checked ID token: its account
 * (provider id, issuer, subject) and the person (key and real name). Checked by {@link SignUps#signUpVouched} with
 * a message at the page, not by Bean Validation (whose refusal would be an error page). {@link #toString()} leaves the
 * key out.
 */
public record PartnerVouching(String provider, String issuer, String subject, String personKey, String realName)
        implements Serializable {

    /** Whether every part is there and fits where it is kept (the link's columns, the verifier's name). */
    boolean isComplete() {
        return fits(provider, 32) && fits(issuer, 255) && fits(subject, 255) && fits(personKey, 255);
    }

    private static boolean fits(String value, int max) {
        return value != null && !value.isBlank() && value.length() <= max;
    }

    @Override
    public String toString() {
        return "PartnerVouching[" + provider + "]";
    }
}
