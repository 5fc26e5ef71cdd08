package org.policyforum.newsletter.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.policyforum.newsletter.api.MailConsentPort;
import org.policyforum.newsletter.control.Deliveries;
import org.policyforum.newsletter.control.UnsubscribeTokens;

/** One-click unsubscribe: no login, the signed token decides, and only for the list it was signed for. */
@Stateless
@LocalBean
@Local(MailConsentPort.class)
@PermitAll
public class MailConsent implements MailConsentPort {

    @PersistenceContext(unitName = "mail")
    EntityManager em;

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
            // the member row belongs to forum-ejb's unit; bumping its version keeps that unit's optimistic lock honest
            em.createNativeQuery("UPDATE member SET " + column(list)
                            + " = FALSE, version = version + 1 WHERE id = ?1 AND " + column(list) + " = TRUE")
                    .setParameter(1, memberId)
                    .executeUpdate();
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
        var wanted = em.createNativeQuery("SELECT " + column(list) + " FROM member WHERE id = ?1")
                .setParameter(1, claim.get().memberId())
                .getResultList();
        if (wanted.isEmpty()) {
            return Outcome.INVALID;
        }
        return Boolean.TRUE.equals(wanted.get(0)) ? Outcome.UNSUBSCRIBED : Outcome.ALREADY_UNSUBSCRIBED;
    }

    /** The member's consent flag for the list (a constant per list, never input). */
    private static String column(MailList list) {
        return switch (list) {
            case CAMPAIGN -> "mail_opt_in";
            case DIGEST -> "follow_digest";
        };
    }
}
