package org.policyforum.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.MemberToken;
import org.policyforum.member.entity.TokenPurpose;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.platform.control.MailPort;

/**
 * The one-time links of accounts (confirm an address, reset a password): made and mailed, found by their secret, used
 * once, voided. Sign-up, the password reset and the member's own account make and void the same links, so each rule
 * about them (one use decided by one UPDATE, voiding by expiry) is written here once.
 */
@ApplicationScoped
public class AccountLinks {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Tokens tokens;

    @Inject
    MailPort mail;

    @Inject
    ForumEnvironment environment;

    /** Mails a link that confirms {@code address} as the member's address (a new account's, or a changed one). */
    public void mailConfirmation(Member member, String address, MailPort.Kind kind) {
        mailNewLink(member, address, TokenPurpose.CONFIRM_EMAIL, kind, "confirm");
    }

    /** Mails a password-reset link to the account's own address. */
    public void mailPasswordReset(Member member) {
        mailNewLink(
                member, member.getEmail(), TokenPurpose.RESET_PASSWORD, MailPort.Kind.RESET_PASSWORD, "password-reset");
    }

    private void mailNewLink(Member member, String address, TokenPurpose purpose, MailPort.Kind kind, String page) {
        String secret = tokens.newSecret();
        em.persist(new MemberToken(Tokens.hash(secret), purpose, member, address, clock.instant()));
        mail.send(
                kind,
                address,
                member.getLanguage(),
                Map.of(
                        "name",
                        member.getRealName(),
                        "link",
                        environment.baseUrl().resolve(page + "?token=" + secret).toString()));
    }

    /**
     * Tells the owner of an account something by mail (a sign-up with their address, a lock), with the way back in
     * that every such notice offers: the page where they ask for a reset link.
     */
    public void tellOwner(Member owner, MailPort.Kind kind) {
        mail.send(
                kind,
                owner.getEmail(),
                owner.getLanguage(),
                Map.of(
                        "name",
                        owner.getRealName(),
                        "link",
                        environment.baseUrl().resolve("password-forgot").toString()));
    }

    /** The link of this secret, of any purpose and state; empty for nothing, a blank or an absurdly long secret. */
    public Optional<MemberToken> find(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(MemberToken.BY_HASH, MemberToken.class)
                .setParameter("hash", Tokens.hash(secret.strip()))
                .getResultStream()
                .findFirst();
    }

    /** Uses a link once, also against a simultaneous use of the same link: one UPDATE decides. */
    public boolean claim(MemberToken token, Instant now) {
        return em.createNativeQuery("UPDATE member_token SET used_at = ?1 WHERE id = ?2 AND used_at IS NULL")
                        .setParameter(1, Timestamp.from(now))
                        .setParameter(2, token.getId())
                        .executeUpdate()
                == 1;
    }

    /** Outstanding links of these kinds expire now (the page then says "expired, ask for a new one"). */
    public void voidOutstanding(Member member, Instant now, TokenPurpose... purposes) {
        for (TokenPurpose purpose : purposes) {
            em.createNativeQuery("UPDATE member_token SET expires_at = ?1"
                            + " WHERE member_id = ?2 AND purpose = ?3 AND used_at IS NULL AND expires_at > ?1")
                    .setParameter(1, Timestamp.from(now))
                    .setParameter(2, member.getId())
                    .setParameter(3, purpose.name())
                    .executeUpdate();
        }
    }
}
