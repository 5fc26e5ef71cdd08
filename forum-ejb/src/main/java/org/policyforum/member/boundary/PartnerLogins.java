package org.policyforum.member.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.policyforum.member.boundary.Logins.LoginOutcome;
import org.policyforum.member.boundary.Logins.LoginResult;
import org.policyforum.member.control.Caller;
import org.policyforum.member.control.PartnerLinks;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.PartnerLink;
import org.policyforum.platform.control.RateLimit;
import org.policyforum.platform.control.RateLimits;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/**
 * Logging in through a partner's OpenID Connect provider, once the web tier has checked the provider's ID token: a
 * partner account (issuer + subject) linked to a member logs in as that member, with the same refusals as a password
 * login (closed or suspended account, lock, throttled address). An unlinked one is linked by the member's password
 * login, once. A partner never vouches for who someone is: the member passed identity verification at sign-up.
 */
@Stateless
public class PartnerLogins {

    private static final Logger LOG = Logger.getLogger(PartnerLogins.class.getName());

    @Inject
    Clock clock;

    @Inject
    Logins logins;

    @Inject
    PartnerLinks links;

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    RateLimits rateLimits;

    @Inject
    Caller caller;

    /** One of a member's links, as the account page lists it. */
    public record Link(long id, String provider, Instant linkedAt) implements Serializable {}

    /**
     * Logs in the member the partner account is linked to; {@link LoginOutcome#NOT_LINKED} when it is linked to
     * nobody (then the person links it with their password), INVALID for a closed or suspended member.
     */
    @PermitAll
    public LoginResult logIn(@NotBlank String issuer, @NotBlank String subject, String clientAddress) {
        if (clientAddress != null && rateLimits.isExceeded(RateLimit.LOGIN_FAILURES_PER_ADDRESS, clientAddress)) {
            return LoginResult.refused(LoginOutcome.THROTTLED);
        }
        if (Text.holdsResidentNumber(subject)) {
            // a provider that names its users by resident number: such a subject is never stored nor logged
            LOG.warning(() -> "Partner login refused: the provider's subject is shaped like a resident number");
            return LoginResult.refused(LoginOutcome.INVALID);
        }
        Optional<PartnerLink> link = links.find(issuer, subject);
        if (link.isEmpty()) {
            return LoginResult.refused(LoginOutcome.NOT_LINKED);
        }
        return loggedIn(link.get().getMemberId());
    }

    private LoginResult loggedIn(long memberId) {
        Optional<Member> member =
                Optional.ofNullable(em.find(Member.class, memberId)).filter(Member::isActive);
        if (member.isEmpty()) {
            // closed or suspended: the web tier logs the refusal
            return LoginResult.refused(LoginOutcome.INVALID);
        }
        if (member.get().isLocked(clock.instant())) {
            return LoginResult.refused(LoginOutcome.LOCKED);
        }
        if (!member.get().isEmailConfirmed()) {
            return LoginResult.refused(LoginOutcome.EMAIL_UNCONFIRMED);
        }
        List<String> roles =
                new ArrayList<>(member.get().getRoles().stream().map(Enum::name).toList());
        roles.add(Roles.MEMBER);
        return new LoginResult(
                LoginOutcome.SUCCESS, memberId, roles, member.get().getSessionEpoch());
    }

    /**
     * A password login that also links the partner account to the member who logged in (the first partner login of
     * that account). Wrong passwords count as at the login page. When a simultaneous attempt linked the same partner
     * account first, the unique key keeps one link: to this member, this is a login; to another,
     * {@link LoginOutcome#LINKED_ELSEWHERE}. Runs without a transaction of its own, so that the password check and
     * the link each commit in theirs.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LoginResult linkAndLogIn(
            @NotBlank @Size(max = 32) String provider,
            @NotBlank String issuer,
            @NotBlank String subject,
            String email,
            String password,
            String clientAddress) {
        if (Text.holdsResidentNumber(subject)) {
            return LoginResult.refused(LoginOutcome.INVALID);
        }
        LoginResult byPassword = logins.authenticate(email, password, clientAddress);
        if (byPassword.outcome() != LoginOutcome.SUCCESS) {
            return byPassword;
        }
        long member = byPassword.memberId();
        Optional<PartnerLink> existing = links.find(issuer, subject);
        if (existing.isEmpty()) {
            try {
                links.store(member, provider, issuer, subject, clock.instant());
                LOG.info(() -> "Member " + member + " linked a login of partner " + provider);
                return byPassword;
            } catch (PersistenceException | TransactionalException lost) {
                // a simultaneous first login stored this partner account first: its link decides
                LOG.info(() -> "Partner login of " + provider + " linked by a simultaneous login first");
                existing = links.find(issuer, subject);
            }
        }
        if (existing.isPresent() && existing.get().belongsTo(member)) {
            return byPassword;
        }
        LOG.info(() -> "Partner login of " + provider + " not linked to member " + member + ": linked to another");
        return LoginResult.refused(LoginOutcome.LINKED_ELSEWHERE);
    }

    /** The caller's partner logins, oldest first. */
    @RolesAllowed(Roles.MEMBER)
    public List<Link> myLinks() {
        return links.of(caller.required().getId()).stream()
                .map(l -> new Link(l.getId(), l.getProvider(), l.getLinkedAt()))
                .toList();
    }

    /** Revokes one of the caller's partner logins: the next login with that partner account asks to link again. */
    @RolesAllowed(Roles.MEMBER)
    public void revoke(long linkId) {
        long member = caller.required().getId();
        if (!links.delete(member, linkId)) {
            throw RuleViolation.of("account.partner.notFound");
        }
        LOG.info(() -> "Member " + member + " revoked partner login " + linkId);
    }
}
