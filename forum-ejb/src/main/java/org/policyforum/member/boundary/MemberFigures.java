package org.policyforum.member.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.platform.entity.Roles;

/** How many people and bureaus the forum has, for the console's front page. */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.MODERATOR, Roles.OPERATOR})
public class MemberFigures {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public long activeMembers() {
        return em.createQuery(
                        "SELECT COUNT(m) FROM ForumMember m WHERE m.status = "
                                + "org.policyforum.member.entity.MemberStatus.ACTIVE",
                        Long.class)
                .getSingleResult();
    }

    public long activeBureaus() {
        return em.createQuery("SELECT COUNT(b) FROM Bureau b WHERE b.active = TRUE", Long.class)
                .getSingleResult();
    }

    public long withRole(Role role) {
        return em.createNamedQuery(Member.COUNT_WITH_ROLE, Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }
}
