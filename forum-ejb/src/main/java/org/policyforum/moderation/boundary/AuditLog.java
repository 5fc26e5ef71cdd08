package org.policyforum.moderation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.policyforum.moderation.entity.AuditEntry;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;

/** Operators read who did what in the admin console, newest first. */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class AuditLog {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public List<AuditEntry> page(int first, int size, String actionFilter) {
        return em.createQuery(
                        "SELECT a FROM AuditEntry a WHERE (:action = '' OR a.action LIKE :actionLike) ORDER BY "
                                + "a.at DESC, a.id DESC",
                        AuditEntry.class)
                .setParameter("action", filter(actionFilter))
                .setParameter("actionLike", filter(actionFilter) + "%")
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 200))
                .getResultList();
    }

    public long count(String actionFilter) {
        return em.createQuery(
                        "SELECT COUNT(a) FROM AuditEntry a WHERE (:action = '' OR a.action LIKE :actionLike)",
                        Long.class)
                .setParameter("action", filter(actionFilter))
                .setParameter("actionLike", filter(actionFilter) + "%")
                .getSingleResult();
    }

    private static String filter(String action) {
        // the console offers actions from a list; a forged control character would fail the query on PostgreSQL
        return action == null || Text.isGarbled(action) ? "" : action.strip();
    }
}
