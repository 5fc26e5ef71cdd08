package org.policyforum.newsletter.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.policyforum.member.control.MailRecipients;
import org.policyforum.member.control.MailRecipients.Consent;
import org.policyforum.newsletter.api.MailConsentPort;
import org.policyforum.newsletter.control.Deliveries;
import org.policyforum.newsletter.control.UnsubscribeTokens;

/** One-click unsubscribe: no login, the signed token decides, and only for the list it was signed for. */
@Stateless
@LocalBean
@Local(MailConsentPort.class)
@PermitAll
public class MailConsent implements MailConsentPort {

    @Inject
    MailRecipients recipients;

    @Inject
    UnsubscribeTokens tokens;

    @Inject
    Deliveries deliveries;

    @Inject
    Clock clock;

    @Override
    public Outcome unsubscribe(MailList list, String token) {
        Outcome outcome = check(list, token);
        if (outcome == Outcome.UNSUBSCRIBED) {
            long memberId = tokens.read(list, token).orElseThrow().memberId();
            // the consent is the member's: the member feature changes it, in this transaction
            recipients.stop(consent(list), memberId);
            if (list == MailList.CAMPAIGN) {
                deliveries.skipWaiting(memberId);
            }
        }
        return outcome;
    }

    @Override
    public Outcome check(MailList list, String token) {
        Optional<UnsubscribeTokens.Claim> claim = tokens.read(list, token);
        if (claim.isEmpty()) {
            return Outcome.INVALID;
        }
        if (clock.instant().isAfter(claim.get().expires())) {
            return Outcome.EXPIRED;
        }
        return recipients
                .consents(consent(list), claim.get().memberId())
                .map(wanted -> wanted ? Outcome.UNSUBSCRIBED : Outcome.ALREADY_UNSUBSCRIBED)
                .orElse(Outcome.INVALID);
    }

    /** The member's consent that the list's link stops. */
    private static Consent consent(MailList list) {
        return switch (list) {
            case CAMPAIGN -> Consent.TOPIC_MAIL;
            case DIGEST -> Consent.FOLLOW_DIGEST;
            case OUTCOME -> Consent.OUTCOME_NEWS;
        };
    }
}
