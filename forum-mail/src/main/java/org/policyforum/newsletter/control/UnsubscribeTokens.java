package org.policyforum.newsletter.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.policyforum.member.control.PersonKeys;

/**
 * Signed unsubscribe tokens: {@code memberId.expiryEpochSecond.signature}. The signature is the server secret's
 * HMAC (PersonKeys, with its own prefix so that no person-key hash can pass as a token), so nobody can unsubscribe
 * somebody else by changing the number.
 */
@Dependent
public class UnsubscribeTokens {

    private static final String PURPOSE = "unsubscribe:";

    public record Claim(long memberId, Instant expires) {
    }

    @Inject
    PersonKeys keys;

    public String issue(long memberId, Instant expires) {
        String payload = memberId + "." + expires.getEpochSecond();
        return payload + "." + sign(payload);
    }

    /** The member the token names, if the signature holds (expiry is the caller's to check). */
    public Optional<Claim> read(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        String expected = sign(parts[0] + "." + parts[1]);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Claim(Long.parseLong(parts[0]), Instant.ofEpochSecond(Long.parseLong(parts[1]))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload) {
        return keys.hash(PURPOSE + payload).substring(0, 32);
    }
}
