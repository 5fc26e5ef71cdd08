package org.policyforum.newsletter.api;

import java.util.Locale;
import java.util.Optional;

/**
 * One-click unsubscribe from a mail list, without a login: the signed token in the link is the authority, and it is
 * signed for one list only, so a link from one kind of mail never stops another. Implemented in forum-mail.
 */
public interface MailConsentPort {

    enum Outcome {
        UNSUBSCRIBED,
        ALREADY_UNSUBSCRIBED,
        INVALID,
        EXPIRED
    }

    /**
     * The mails a member can stop with a link: the monthly topic mail, the daily digest of followed topics, and the
     * news of the policy outcomes of what the member took part in.
     */
    enum MailList {
        CAMPAIGN,
        DIGEST,
        OUTCOME;

        /**
         * The {@code list} parameter of the link; none means the campaign, as in the links sent before the digest had
         * one.
         */
        public static Optional<MailList> fromParameter(String parameter) {
            if (parameter == null || parameter.isEmpty()) {
                return Optional.of(CAMPAIGN);
            }
            for (MailList list : values()) {
                if (list.parameter().equals(parameter)) {
                    return Optional.of(list);
                }
            }
            return Optional.empty();
        }

        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Stops that list's mail for the member the token names; a forged, expired or other list's token changes nothing.
     */
    Outcome unsubscribe(MailList list, String token);

    /** What {@link #unsubscribe} would answer, without changing anything (the page shown before the button). */
    Outcome check(MailList list, String token);
}
