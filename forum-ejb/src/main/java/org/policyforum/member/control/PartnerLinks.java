package org.policyforum.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.policyforum.member.entity.PartnerLink;

/**
 * The links between partners' accounts and members. Storing one runs in a transaction of its own: when a
 * simultaneous first login stored the same partner account first, the unique key refuses this one, and the caller
 * can still read what the winner stored (on PostgreSQL a refused INSERT spoils the transaction it ran in).
 */
@ApplicationScoped
public class PartnerLinks {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Optional<PartnerLink> find(String issuer, String subject) {
        return em.createNamedQuery(PartnerLink.BY_ACCOUNT, PartnerLink.class)
                .setParameter("issuer", issuer)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    public List<PartnerLink> of(long memberId) {
        return em.createNamedQuery(PartnerLink.OF_MEMBER, PartnerLink.class)
                .setParameter("member", memberId)
                .getResultList();
    }

    /** Stores the link; throws a PersistenceException when the partner account is linked already (unique key). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(long memberId, String provider, String issuer, String subject, Instant now) {
        storeWithNewMember(memberId, provider, issuer, subject, now);
    }

    /**
     * Stores the link in the caller's transaction: a member who joins through a verifying partner gets their first
     * link with the account, or neither. Throws a PersistenceException when the partner account is linked already.
     */
    public void storeWithNewMember(long memberId, String provider, String issuer, String subject, Instant now) {
        em.persist(new PartnerLink(memberId, provider, issuer, subject, now));
        em.flush();
    }

    /** Deletes one of the member's links; false when the member has no such link (another's, or gone already). */
    public boolean delete(long memberId, long linkId) {
        return em.createNativeQuery("DELETE FROM member_partner_login WHERE id = ?1 AND member_id = ?2")
                        .setParameter(1, linkId)
                        .setParameter(2, memberId)
                        .executeUpdate()
                == 1;
    }

    /** Deletes every link of the member (the account is closed: no partner account may log into it again). */
    public int deleteAll(long memberId) {
        return em.createNativeQuery("DELETE FROM member_partner_login WHERE member_id = ?1")
                .setParameter(1, memberId)
                .executeUpdate();
    }
}
