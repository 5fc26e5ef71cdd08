package org.policyforum.member.control;

import java.util.Collection;
import java.util.Optional;

/** Which identity verifier is in force: a real one when deployed; the development one only outside production. */
public final class VerifierChoice {

    private VerifierChoice() {}

    /** Empty when nothing may verify people: in production with only the development verifier deployed. */
    public static Optional<IdentityVerifier> inForce(Collection<IdentityVerifier> deployed, boolean production) {
        Optional<IdentityVerifier> real =
                deployed.stream().filter(v -> !v.isDevelopment()).findFirst();
        if (real.isPresent() || production) {
            return real;
        }
        return deployed.stream().findFirst();
    }
}
