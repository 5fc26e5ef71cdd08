package org.policyforum.member.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.policyforum.member.control.AccountAddresses;
import org.policyforum.member.control.AccountLinks;
import org.policyforum.member.control.Passwords;
import org.policyforum.member.entity.LinkOutcome;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.MemberToken;
import org.policyforum.member.entity.TokenPurpose;
import org.policyforum.platform.entity.RuleViolation;

/**
 * The way back into an account whose password is forgotten: a link mailed to its address, used once. A reset ends
 * every other link and session of the account; asking for a link says nothing about whether the address has one.
 */
@Stateless
public class PasswordResets {

    private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());

    @Inject
    Clock clock;

    @Inject
    Passwords passwords;

    @Inject
    AccountAddresses addresses;

    @Inject
    AccountLinks links;

    /** Mails a password-reset link if the address belongs to an account; says nothing either way to the caller. */
    @PermitAll
    public void requestPasswordReset(String email) {
        addresses
                .findToMail(email)
                .filter(Member::isActive)
                .filter(Member::isEmailConfirmed)
                .ifPresent(links::mailPasswordReset);
    }

    /** Whether a reset link can still be used, so the page can say so before the person types a new password. */
    @PermitAll
    public LinkOutcome checkResetLink(String secret) {
        Optional<MemberToken> token = resetLink(secret);
        if (token.isEmpty()) {
            return LinkOutcome.INVALID;
        }
        if (token.get().isUsed()) {
            return LinkOutcome.USED;
        }
        return token.get().isExpired(clock.instant()) ? LinkOutcome.EXPIRED : LinkOutcome.CONFIRMED;
    }

    @PermitAll
    public void resetPassword(String secret, String newPassword) {
        LinkOutcome state = checkResetLink(secret);
        if (state != LinkOutcome.CONFIRMED) {
            throw RuleViolation.of("reset.link." + state.name().toLowerCase(Locale.ROOT));
        }
        MemberToken token = resetLink(secret).orElseThrow();
        Member member = token.getMember();
        Passwords.requireStrong(newPassword, member.getEmail(), member.getRealName(), "password");
        Instant now = clock.instant();
        if (!links.claim(token, now)) {
            // a simultaneous use of the same link came first
            throw RuleViolation.of("reset.link.used");
        }
        member.changePassword(passwords.hash(newPassword));
        // whoever else holds a link or a session of this account (the reason for a reset, often) loses it now
        links.voidOutstanding(member, now, TokenPurpose.RESET_PASSWORD, TokenPurpose.CONFIRM_EMAIL);
        LOG.info(() -> "Member " + member.getId() + " reset their password; other sessions and links ended");
    }

    private Optional<MemberToken> resetLink(String secret) {
        return links.find(secret).filter(t -> t.getPurpose() == TokenPurpose.RESET_PASSWORD);
    }
}
