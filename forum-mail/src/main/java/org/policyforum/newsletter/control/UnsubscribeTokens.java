package org.policyforum.newsletter.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.policyforum.member.control.PersonKeys;
import org.policyforum.newsletter.api.MailConsentPort.MailList;

/**
 * Signed unsubscribe tokens: {@code memberId.expiryEpochSecond.signature}. The signature is the server secret's
 * HMAC (PersonKeys, with its own prefix so that no person-key hash can pass as a token), so nobody can unsubscribe
 * somebody else by changing the number. Each list signs with a prefix of its own, so a campaign token does not stop
 * the digest and a digest token does not stop the campaign; the campaign keeps the first prefix, so links already
 * in mailboxes stay good.
 */
@Dependent
public class UnsubscribeTokens {

    /** Long enough for a mail read late, short enough that an old leaked link stops working. */
    static final Duration VALID = Duration.ofDays(180);

    public record Claim(long memberId, Instant expires) {}

    @Inject
    PersonKeys keys;

    public String issue(MailList list, long memberId, Instant expires) {
        String payload = memberId + "." + expires.getEpochSecond();
        return payload + "." + sign(list, payload);
    }

    /**
     * The address of the one-click link and of List-Unsubscribe. Campaign links carry no list parameter: those
     * already sent have none either, and the servlet reads none as the campaign.
     */
    public String link(URI base, MailList list, long memberId, Instant now) {
        String listParameter = list == MailList.CAMPAIGN ? "" : "list=" + list.parameter() + "&";
        return base.resolve("mail/unsubscribe?" + listParameter + "token=" + issue(list, memberId, now.plus(VALID)))
                .toString();
    }

    /** The member the token names, if the signature holds for that list (expiry is the caller's to check). */
    public Optional<Claim> read(MailList list, String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        String expected = sign(list, parts[0] + "." + parts[1]);
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Claim(Long.parseLong(parts[0]), Instant.ofEpochSecond(Long.parseLong(parts[1]))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String sign(MailList list, String payload) {
        String purpose = list == MailList.CAMPAIGN ? "unsubscribe:" : "unsubscribe-" + list.parameter() + ":";
        return keys.hash(purpose + payload).substring(0, 32);
    }
}
