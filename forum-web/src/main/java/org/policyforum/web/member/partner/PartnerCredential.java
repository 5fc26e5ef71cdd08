package org.policyforum.web.member.partner;

import jakarta.security.enterprise.credential.Credential;

/**
 * A partner account whose ID token the callback has checked, handed to the identity store as a login. Made only by
 * {@link PartnerLoginCallback} after every check passed; never from anything a visitor sends.
 */
public record PartnerCredential(String issuer, String subject) implements Credential {}
