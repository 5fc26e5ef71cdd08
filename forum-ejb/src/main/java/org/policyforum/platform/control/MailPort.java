package org.policyforum.platform.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the domain asks for a mail without knowing how mail is sent: forum-mail implements it with an outbox that
 * commits in the caller's transaction, so a mail exists exactly when the change that caused it does.
 */
public interface MailPort {

    enum Kind {
        CONFIRM_EMAIL,
        CONFIRM_NEW_EMAIL,
        RESET_PASSWORD,
        AWARD_WON,
        FOLLOW_DIGEST,
        /** News of the policy outcome of a topic (or idea) the member took part in. */
        OUTCOME_NEWS,
        /** Notices to the owner of an address, told by mail what the pages may not say to anyone. */
        ACCOUNT_LOCKED,
        SIGNUP_EXISTING,
        EMAIL_TAKEN,
        /** A bureau answered an idea: to its author and supporters who want outcome news (stoppable by that list). */
        IDEA_ANSWERED,
        /** A bureau answered an idea: to its followers who are not told as author or supporter (stop: unfollow). */
        IDEA_ANSWERED_FOLLOWED,
        /** To the answering bureau's officials: an answer falls due within days. */
        IDEA_ANSWER_DUE,
        /** To the answering bureau's officials: an answer is overdue. */
        IDEA_ANSWER_OVERDUE
    }

    /** @param values named values the template fills in, e.g. {@code name}, {@code link} */
    void send(Kind kind, String recipient, Locale locale, Map<String, String> values);

    /**
     * A mail sent because the member consents to news of policy outcomes: it carries that list's one-click stop
     * (List-Unsubscribe, and the value {@code unsubscribe} for the template), as the outcome mail itself does.
     */
    void sendOutcomeNews(Kind kind, long memberId, String recipient, Locale locale, Map<String, String> values);

    /** The latest mails, newest first: for the development mail viewer only. */
    List<MailRecord> recent(int limit);

    record MailRecord(long id, String recipient, String subject, String textBody, String status, Instant createdAt)
            implements Serializable {}
}
