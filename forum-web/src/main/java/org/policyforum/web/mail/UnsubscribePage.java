package org.policyforum.web.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.policyforum.newsletter.api.MailConsentPort;
import org.policyforum.newsletter.api.MailConsentPort.MailList;
import org.policyforum.newsletter.api.MailConsentPort.Outcome;

/**
 * The page behind the unsubscribe link of the monthly topic mail and of the daily follow digest. Opening it only looks
 * at the token (link scanners open links too); the button unsubscribes. No login: the signed token is the authority.
 */
@Named
@ViewScoped
public class UnsubscribePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MailConsentPort consent;

    private String token;
    private String list;
    /** Null when the link names no list we know: then nothing is checked and the page says the link is not valid. */
    private MailList mailList;

    private Outcome outcome;
    private boolean done;

    public void load() {
        mailList = MailList.fromParameter(list).orElse(null);
        outcome = mailList == null ? Outcome.INVALID : consent.check(mailList, token);
    }

    public void unsubscribe() {
        outcome = mailList == null ? Outcome.INVALID : consent.unsubscribe(mailList, token);
        done = true;
    }

    /** Message key prefix: what the page speaks of, the monthly topic mail or the daily digest of followed topics. */
    public String getKeys() {
        if (mailList == null) {
            return "unsubscribe.";
        }
        return switch (mailList) {
            case DIGEST -> "unsubscribe.digest.";
            case OUTCOME -> "unsubscribe.outcome.";
            case CAMPAIGN -> "unsubscribe.";
        };
    }

    /** Message key suffix: ask, done, already, invalid, expired. */
    public String getState() {
        if (outcome == null || outcome == Outcome.INVALID) {
            return "invalid";
        }
        return switch (outcome) {
            case EXPIRED -> "expired";
            case ALREADY_UNSUBSCRIBED -> done ? "done" : "already";
            case UNSUBSCRIBED -> done ? "done" : "ask";
            default -> "invalid";
        };
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getList() {
        return list;
    }

    public void setList(String list) {
        this.list = list;
    }
}
