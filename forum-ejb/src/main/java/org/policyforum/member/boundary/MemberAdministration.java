package org.policyforum.member.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Bureau;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/** Operators find members and give them roles and a bureau. Every change is audited. */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class MemberAdministration {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Audit audit;

    @Inject
    Caller caller;

    public List<Member> search(String text, int first, int size) {
        return where(text, "SELECT m FROM ForumMember m", Member.class, " ORDER BY m.id DESC")
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 200))
                .getResultList();
    }

    public long count(String text) {
        return where(text, "SELECT COUNT(m) FROM ForumMember m", Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> where(String text, String select, Class<T> type, String order) {
        // no member's name or address holds a resident registration number or a control character: such words find
        // nobody, and are not sent to the database at all
        boolean unsearchable = Text.unsearchable(text);
        String like = Text.containing(
                text == null || unsearchable ? "" : Text.neutralise(text).toLowerCase(Locale.ROOT));
        String nothing = unsearchable ? " AND 1 = 0" : "";
        return em.createQuery(
                        select + " WHERE (LOWER(m.realName) LIKE :like ESCAPE '\\' OR m.email LIKE :like ESCAPE '\\')"
                                + nothing + order,
                        type)
                .setParameter("like", like);
    }

    public Member find(long id) {
        Member member = em.find(Member.class, id);
        if (member == null) {
            throw RuleViolation.of("notFound");
        }
        return member;
    }

    /** Sets a member's roles. An operator cannot take OPERATOR away from themselves, so the site always has one. */
    public Member assignRoles(long memberId, Set<Role> roles) {
        Member member = find(memberId);
        if (!member.isActive()) {
            throw RuleViolation.of("admin.member.notActive");
        }
        Set<Role> wanted = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (caller.required().getId().equals(memberId) && !wanted.contains(Role.OPERATOR)) {
            throw new RuleViolation("roles", "admin.roles.keepOwnOperator");
        }
        String before = names(member.getRoles());
        member.assignRoles(wanted);
        audit.record("member.roles", "member:" + memberId, before + " -> " + names(wanted));
        return member;
    }

    public Member assignBureau(long memberId, Long bureauId) {
        Member member = find(memberId);
        Bureau bureau = bureauId == null ? null : em.find(Bureau.class, bureauId);
        if (bureauId != null && (bureau == null || !bureau.isActive())) {
            throw new RuleViolation("bureau", "admin.bureau.unknown");
        }
        if (bureau != null && !member.hasRole(Role.OFFICIAL)) {
            throw new RuleViolation("bureau", "admin.bureau.officialsOnly");
        }
        member.assignBureau(bureau);
        audit.record("member.bureau", "member:" + memberId, bureau == null ? "-" : bureau.getNameKo());
        return member;
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "[", "]"));
    }
}
