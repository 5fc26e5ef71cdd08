package org.policyforum.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.policyforum.member.entity.Member;
import org.policyforum.platform.control.RateLimit;
import org.policyforum.platform.control.RateLimits;

/**
 * Accounts by their email address, and how many account mails (confirmation, reset) an address may be sent: sign-up,
 * login, the password reset and the own account all look members up by the address a person typed.
 */
@ApplicationScoped
public class AccountAddresses {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    RateLimits rateLimits;

    /** The account of this address as a person typed it (any case, surrounding blanks); empty for a blank. */
    public Optional<Member> find(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Member.BY_EMAIL, Member.class)
                .setParameter("email", Member.normaliseEmail(email))
                .getResultStream()
                .findFirst();
    }

    /**
     * Counts one account mail to this address, or refuses (at the field {@code email}) when it has had its share.
     * Callers count whether or not the address has an account, so that a refusal tells nothing either.
     */
    public void countMailTo(String email) {
        rateLimits.acquire(RateLimit.ACCOUNT_MAILS_PER_ADDRESS, Member.normaliseEmail(email), "email");
    }

    /**
     * The account of an address someone asked to be sent a link (a new confirmation, a reset), once one mail to the
     * address is counted ({@link #countMailTo}); empty for a blank, which counts nothing.
     */
    public Optional<Member> findToMail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        countMailTo(email);
        return find(email);
    }
}
