package org.policyforum.newsletter.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.policyforum.newsletter.entity.OutboxMail;

/** The sender's short transactions: each mail's outcome commits on its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    static final int MAX_ATTEMPTS = 8;

    @PersistenceContext(unitName = "mail")
    EntityManager em;

    @Inject
    Clock clock;

    public List<OutboxMail> due(int limit) {
        return em.createNamedQuery(OutboxMail.DUE, OutboxMail.class)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
    }

    public void markSent(long id) {
        em.find(OutboxMail.class, id).sent(clock.instant());
    }

    public void markFailed(long id, String error) {
        em.find(OutboxMail.class, id).failed(error, clock.instant(), MAX_ATTEMPTS);
    }
}
