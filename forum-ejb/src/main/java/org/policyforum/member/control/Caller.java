package org.policyforum.member.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.policyforum.member.entity.Member;

/** Who is calling: the logged-in member, whose principal name is their member id. */
@Dependent
public class Caller {

    @Inject
    SecurityContext security;

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    WritingBans bans;

    public Optional<Member> member() {
        return id().map(id -> em.find(Member.class, id));
    }

    /** The logged-in member's id, without reading the member (whether it is still active is for the caller to ask). */
    public Optional<Long> id() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(principal.getName()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The caller, who must be an active member (the boundary's {@code @RolesAllowed} has made sure of a login). */
    public Member required() {
        return member().filter(Member::isActive)
                .orElseThrow(() -> new SecurityException("no active member is logged in"));
    }

    /**
     * The caller, who must be an active member allowed to write now: the one rule every boundary that publishes or
     * counts something of the member's (opinions, comments, reactions, ballots, ideas, supports, follows, votes,
     * reports) applies instead of {@link #required()}. A sanction that restricts writing refuses with
     * {@link org.policyforum.member.entity.WritingRestricted}; reading, withdrawing one's own words and the account
     * page stay open.
     */
    public Member writer() {
        Member me = required();
        refuseIfRestricted(me.getId());
        return me;
    }

    /** As {@link #writer()}, for boundaries that need only the id (a ballot, a support): the member is not read. */
    public long writerId() {
        long me = id().orElseThrow(() -> new SecurityException("no member is logged in"));
        refuseIfRestricted(me);
        return me;
    }

    private void refuseIfRestricted(long memberId) {
        var refusal = bans.against(memberId);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }
}
