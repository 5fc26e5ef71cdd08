package org.policyforum.platform.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.member.entity.Roles;

/** The figures on the admin console's front page. */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.MODERATOR, Roles.OPERATOR})
public class AdminOverview {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public record Figures(long activeMembers, long citizens, long officials, long activeBureaus) {}

    public Figures figures() {
        long members = em.createQuery(
                        "SELECT COUNT(m) FROM ForumMember m WHERE m.status = org.policyforum.member.entity.MemberStatus.ACTIVE",
                        Long.class)
                .getSingleResult();
        long bureaus = em.createQuery("SELECT COUNT(b) FROM Bureau b WHERE b.active = TRUE", Long.class)
                .getSingleResult();
        return new Figures(members, withRole(Role.CITIZEN), withRole(Role.OFFICIAL), bureaus);
    }

    private long withRole(Role role) {
        return em.createNamedQuery(Member.COUNT_WITH_ROLE, Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }
}
