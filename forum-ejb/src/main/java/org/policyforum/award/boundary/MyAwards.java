package org.policyforum.award.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.policyforum.award.entity.Award;
import org.policyforum.member.control.Caller;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/** The member's own awards on the account page, and the address their prize should go to. */
@Stateless
@RolesAllowed(Roles.MEMBER)
public class MyAwards {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Caller caller;

    /** The caller's own announced awards, with the prize's status and whether an address is on file. */
    public List<MemberAward> mine() {
        return em.createNamedQuery(Award.OF_MEMBER, Award.class)
                .setParameter("member", caller.required().getId())
                .getResultStream()
                .map(MemberAward::shownToWinner)
                .toList();
    }

    /** The winner gives the address the prize should go to; operators see it until the prize is sent or declined. */
    public void giveAddress(long awardId, String address) {
        Award award = em.find(Award.class, awardId);
        if (award == null) {
            throw RuleViolation.of("notFound");
        }
        award.requireAddressableBy(caller.required());
        award.giveAddress(Text.required("address", address, Award.MAX_ADDRESS, "award.address"));
    }
}
