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
import org.policyforum.newsletter.control.Deliveries;
import org.policyforum.newsletter.control.UnsubscribeTokens;
import org.policyforum.platform.control.MailConsentPort;

/** One-click unsubscribe: no login, the signed token decides. */
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
    public Outcome unsubscribe(String token) {
        Outcome outcome = check(token);
        if (outcome == Outcome.UNSUBSCRIBED) {
            long memberId = tokens.read(token).orElseThrow().memberId();
            // the member row belongs to forum-ejb's unit; bumping its version keeps that unit's optimistic lock honest
            em.createNativeQuery("UPDATE member SET mail_opt_in = FALSE, version = version + 1 WHERE id = ?1 AND mail_opt_in = TRUE")
                    .setParameter(1, memberId).executeUpdate();
            deliveries.skipWaiting(memberId);
        }
        return outcome;
    }

    @Override
    public Outcome check(String token) {
        Optional<UnsubscribeTokens.Claim> claim = tokens.read(token);
        if (claim.isEmpty()) {
            return Outcome.INVALID;
        }
        if (clock.instant().isAfter(claim.get().expires())) {
            return Outcome.EXPIRED;
        }
        var optIn = em.createNativeQuery("SELECT mail_opt_in FROM member WHERE id = ?1").setParameter(1, claim.get().memberId()).getResultList();
        if (optIn.isEmpty()) {
            return Outcome.INVALID;
        }
        return Boolean.TRUE.equals(optIn.get(0)) ? Outcome.UNSUBSCRIBED : Outcome.ALREADY_UNSUBSCRIBED;
    }
}
