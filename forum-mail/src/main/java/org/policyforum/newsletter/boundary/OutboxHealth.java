package org.policyforum.newsletter.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.policyforum.newsletter.api.OutboxHealthPort;
import org.policyforum.newsletter.entity.OutboxMail;

/** The outbox's backlog for the readiness probe and the backlog meter: one indexed count (status, next attempt). */
@Stateless
@LocalBean
@Local(OutboxHealthPort.class)
@PermitAll
public class OutboxHealth implements OutboxHealthPort {

    @PersistenceContext(unitName = "mail")
    EntityManager em;

    @Override
    public Backlog backlog() {
        Object[] row = em.createQuery(
                        "SELECT COUNT(m), MIN(m.createdAt) FROM OutboxMail m WHERE m.status = :pending", Object[].class)
                .setParameter("pending", OutboxMail.Status.PENDING)
                .getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), (Instant) row[1]);
    }
}
