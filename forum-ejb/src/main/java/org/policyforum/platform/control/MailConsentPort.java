package org.policyforum.platform.control;

/**
 * One-click unsubscribe from a campaign mail, without a login: the signed token in the link is the authority.
 * Implemented in forum-mail.
 */
public interface MailConsentPort {

    enum Outcome { UNSUBSCRIBED, ALREADY_UNSUBSCRIBED, INVALID, EXPIRED }

    /** Turns off campaign mail for the member the token names; a forged or expired token changes nothing. */
    Outcome unsubscribe(String token);

    /** What {@link #unsubscribe} would answer, without changing anything (the page shown before the button). */
    Outcome check(String token);
}
