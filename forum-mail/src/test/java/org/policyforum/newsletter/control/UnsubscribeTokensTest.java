package org.policyforum.newsletter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyforum.member.control.PersonKeys;
import org.policyforum.newsletter.api.MailConsentPort.MailList;
import org.policyforum.newsletter.control.UnsubscribeTokens.Claim;

class UnsubscribeTokensTest {

    private static final Instant EXPIRES = Instant.parse("2027-05-01T00:00:00Z");

    private final UnsubscribeTokens tokens = new UnsubscribeTokens();

    @BeforeEach
    void aServerSecret() {
        // the real HMAC needs the server's secret file; a keyed digest of the same shape keeps the test about the
        // tokens
        tokens.keys = new PersonKeys() {
            @Override
            public String hash(String value) {
                try {
                    return HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256")
                                    .digest(("secret:" + value).getBytes(StandardCharsets.UTF_8)));
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    @Test
    void aTokenStopsOnlyTheListItWasSignedFor() {
        String campaign = tokens.issue(MailList.CAMPAIGN, 42, EXPIRES);
        String digest = tokens.issue(MailList.DIGEST, 42, EXPIRES);
        assertEquals(Optional.of(new Claim(42, EXPIRES)), tokens.read(MailList.CAMPAIGN, campaign));
        assertEquals(Optional.of(new Claim(42, EXPIRES)), tokens.read(MailList.DIGEST, digest));
        assertEquals(
                Optional.empty(), tokens.read(MailList.DIGEST, campaign), "a campaign link does not stop the digest");
        assertEquals(
                Optional.empty(), tokens.read(MailList.CAMPAIGN, digest), "a digest link does not stop the campaign");
    }

    @Test
    void campaignTokensAreSignedAsBeforeSoLinksAlreadySentStillWork() {
        String payload = "42." + EXPIRES.getEpochSecond();
        String signedTheOldWay =
                payload + "." + tokens.keys.hash("unsubscribe:" + payload).substring(0, 32);
        assertEquals(signedTheOldWay, tokens.issue(MailList.CAMPAIGN, 42, EXPIRES));
    }

    @Test
    void anotherMemberOrExpiryBreaksTheSignature() {
        String[] parts = tokens.issue(MailList.DIGEST, 42, EXPIRES).split("\\.");
        assertEquals(Optional.empty(), tokens.read(MailList.DIGEST, "43." + parts[1] + "." + parts[2]));
        assertEquals(
                Optional.empty(),
                tokens.read(MailList.DIGEST, parts[0] + "." + (EXPIRES.getEpochSecond() + 1) + "." + parts[2]));
        assertEquals(Optional.empty(), tokens.read(MailList.DIGEST, "garbage"));
        assertEquals(Optional.empty(), tokens.read(MailList.DIGEST, null));
    }

    @Test
    void theDigestLinkNamesItsListAndTheCampaignLinkStaysAsItWas() {
        URI base = URI.create("https://forum.example/");
        Instant now = EXPIRES.minus(UnsubscribeTokens.VALID);
        String digest = tokens.link(base, MailList.DIGEST, 42, now);
        assertEquals(
                "https://forum.example/mail/unsubscribe?list=digest&token="
                        + tokens.issue(MailList.DIGEST, 42, EXPIRES),
                digest);
        String campaign = tokens.link(base, MailList.CAMPAIGN, 42, now);
        assertEquals(
                "https://forum.example/mail/unsubscribe?token=" + tokens.issue(MailList.CAMPAIGN, 42, EXPIRES),
                campaign);
        assertTrue(MailList.fromParameter(null).orElseThrow() == MailList.CAMPAIGN
                && MailList.fromParameter("digest").orElseThrow() == MailList.DIGEST);
        assertEquals(Optional.empty(), MailList.fromParameter("everything"));
    }
}
