package org.policyforum.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page shows a short reference; the same reference and the stack trace go to the server log only, so
 * support can find one from the other and a visitor learns nothing about the inside. The reference is normally made
 * and logged where the failure was caught ({@link AsyncFacesExceptionFilter}, {@link FacesRefusals}).
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());
    private String reference;
    private boolean expired;

    static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @PostConstruct
    void log() {
        Map<String, Object> request =
                FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        expired = request.get(Refusal.ATTRIBUTE) == Refusal.EXPIRED;
        Object made = request.get(AsyncFacesExceptionFilter.REFERENCE);
        if (made instanceof String known) {
            reference = known;
            return;
        }
        reference = newReference();
        Object error = request.get(RequestDispatcher.ERROR_EXCEPTION);
        Object uri = request.get(RequestDispatcher.ERROR_REQUEST_URI);
        if (error instanceof Throwable throwable) {
            LOG.log(Level.SEVERE, "Error reference " + reference + " at " + uri, throwable);
        }
    }

    public String getReference() {
        return reference;
    }

    /** Whether the 400 page answers a post from a page open too long (or with a forged view state). */
    public boolean isExpired() {
        return expired;
    }
}
