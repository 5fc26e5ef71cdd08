package org.policyforum.member.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Logger;
import org.policyforum.member.control.AccountAddresses;
import org.policyforum.member.control.AccountLinks;
import org.policyforum.member.control.Caller;
import org.policyforum.member.control.FailedLogins;
import org.policyforum.member.control.Passwords;
import org.policyforum.member.entity.Member;
import org.policyforum.platform.control.MailPort;
import org.policyforum.platform.control.RateLimit;
import org.policyforum.platform.control.RateLimits;
import org.policyforum.platform.entity.Roles;

/**
 * Logging in, and whether a logged-in session may stay so: the login hands out the member's roles and the number the
 * session is logged in under, which a reset, a password change or a closure moves on.
 */
@Stateless
@DeclareRoles({
    Roles.MEMBER,
    Roles.CITIZEN,
    Roles.YOUTH_PANELIST,
    Roles.EXPERT,
    Roles.OFFICIAL,
    Roles.MODERATOR,
    Roles.OPERATOR
})
public class Logins {

    private static final Logger LOG = Logger.getLogger(Logins.class.getName());

    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOGIN_LOCK = Duration.ofMinutes(15);

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Passwords passwords;

    @Inject
    Caller caller;

    @Inject
    FailedLogins failedLogins;

    @Inject
    RateLimits rateLimits;

    @Inject
    AccountAddresses addresses;

    @Inject
    AccountLinks links;

    /**
     * INVALID and LOCKED must look the same to the person at the login page (the owner of a locked account learns it
     * by mail): otherwise the lock message tells anyone which addresses have an account. THROTTLED is about the
     * client address, not the account.
     */
    public enum LoginOutcome {
        SUCCESS,
        INVALID,
        LOCKED,
        EMAIL_UNCONFIRMED,
        THROTTLED,
        /** A partner login whose partner account is linked to no member yet: the person links it once. */
        NOT_LINKED,
        /** A partner account that a simultaneous first login linked to another member. */
        LINKED_ELSEWHERE
    }

    /** @param sessionEpoch the number the new session is logged in under (see {@link #sessionEpoch()}) */
    public record LoginResult(LoginOutcome outcome, Long memberId, List<String> roles, int sessionEpoch) {
        static LoginResult refused(LoginOutcome outcome) {
            return new LoginResult(outcome, null, List.of(), 0);
        }
    }

    /** A login without a known client address (in-container callers): only the account's own count applies. */
    @PermitAll
    public LoginResult authenticate(String email, String password) {
        return authenticate(email, password, null);
    }

    /**
     * Checks a login. Wrong passwords are counted on the account: after {@value #MAX_FAILED_LOGINS} in a row it waits
     * 15 minutes, and its owner is told by mail. They are also counted per client address across all accounts
     * ({@link RateLimit#LOGIN_FAILURES_PER_ADDRESS}); an address over its limit is refused before any password is
     * checked. Both counts are single UPDATEs/INSERTs under a row lock, so a burst of simultaneous attempts is
     * counted in full. The counts must commit even though the login fails, so this returns an outcome instead of
     * throwing.
     */
    @PermitAll
    public LoginResult authenticate(String email, String password, String clientAddress) {
        Instant now = clock.instant();
        if (clientAddress != null && rateLimits.isExceeded(RateLimit.LOGIN_FAILURES_PER_ADDRESS, clientAddress)) {
            passwords.matches(password, null);
            return LoginResult.refused(LoginOutcome.THROTTLED);
        }
        Optional<Member> found = addresses.find(email).filter(Member::isActive);
        if (found.isEmpty()) {
            passwords.matches(password, null);
            return failed(clientAddress, LoginOutcome.INVALID);
        }
        Member member = found.get();
        if (member.isLocked(now)) {
            passwords.matches(password, null);
            return failed(clientAddress, LoginOutcome.LOCKED);
        }
        if (!passwords.matches(password, member.getPasswordHash())) {
            FailedLogins.Counted counted = failedLogins.count(member.getId(), now, MAX_FAILED_LOGINS, LOGIN_LOCK);
            if (counted == FailedLogins.Counted.LOCKED_NOW) {
                links.tellOwner(member, MailPort.Kind.ACCOUNT_LOCKED);
                LOG.info(() -> "Member " + member.getId() + " locked for " + LOGIN_LOCK.toMinutes() + " minutes");
            }
            return failed(
                    clientAddress,
                    counted == FailedLogins.Counted.COUNTED ? LoginOutcome.INVALID : LoginOutcome.LOCKED);
        }
        if (!member.isEmailConfirmed()) {
            return LoginResult.refused(LoginOutcome.EMAIL_UNCONFIRMED);
        }
        failedLogins.clear(member.getId());
        List<String> roles =
                new ArrayList<>(member.getRoles().stream().map(Enum::name).toList());
        roles.add(Roles.MEMBER);
        return new LoginResult(LoginOutcome.SUCCESS, member.getId(), roles, member.getSessionEpoch());
    }

    private LoginResult failed(String clientAddress, LoginOutcome outcome) {
        if (clientAddress != null) {
            rateLimits.record(RateLimit.LOGIN_FAILURES_PER_ADDRESS, clientAddress);
        }
        return LoginResult.refused(outcome);
    }

    /**
     * The number the caller's session must carry to stay logged in: empty when nobody is logged in or the account is
     * no longer active. A reset, a password change or a closure counts it up and so ends the sessions before it.
     * Asked on every logged-in request, so it reads without a transaction of its own (one statement, no BEGIN and
     * COMMIT; the request's own writes run in theirs).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OptionalInt sessionEpoch() {
        Optional<Long> id = caller.id();
        if (id.isEmpty()) {
            return OptionalInt.empty();
        }
        List<?> epoch = em.createNativeQuery("SELECT session_epoch FROM member WHERE id = ?1 AND status = 'ACTIVE'")
                .setParameter(1, id.get())
                .getResultList();
        return epoch.isEmpty() ? OptionalInt.empty() : OptionalInt.of(((Number) epoch.get(0)).intValue());
    }
}
