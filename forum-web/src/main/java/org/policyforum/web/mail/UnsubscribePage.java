package org.policyforum.web.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.policyforum.platform.control.MailConsentPort;
import org.policyforum.platform.control.MailConsentPort.Outcome;

/**
 * The page behind the unsubscribe link. Opening it only looks at the token (link scanners open links too); the
 * button unsubscribes. No login: the signed token is the authority.
 */
@Named
@ViewScoped
public class UnsubscribePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MailConsentPort consent;

    private String token;
    private Outcome outcome;
    private boolean done;

    public void load() {
        outcome = consent.check(token);
    }

    public void unsubscribe() {
        outcome = consent.unsubscribe(token);
        done = true;
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
}
