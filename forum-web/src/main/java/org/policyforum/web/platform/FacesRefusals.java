package org.policyforum.web.platform;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/**
 * Errors in ajax requests go to the same error pages as full requests (OmniFaces renders the page into the partial
 * response), with the same split as {@link AsyncFacesExceptionFilter}: a {@link Refusal} shows its 4xx page and is
 * logged in one line, anything else shows the 500 page with a reference logged once with its stack trace.
 */
public class FacesRefusals extends FullAjaxExceptionHandler {

    private static final Logger LOG = Logger.getLogger(FacesRefusals.class.getName());
    /** Request attribute: this request was refused and answered already. */
    static final String ANSWERED = FacesRefusals.class.getName() + ".answered";

    public FacesRefusals(ExceptionHandler wrapped) {
        super(wrapped);
    }

    /**
     * A request that was refused already (e.g. {@link ScriptNonce} sent its 400 after the view failed to restore) has
     * its answer: what else it raised is the same request's failure, and rendering an error page into the committed
     * response would fail with a stack trace of its own. One refusal, one answer, one log line.
     */
    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null
                && context.getResponseComplete()
                && (context.getExternalContext().getRequestMap().containsKey(ANSWERED)
                        || context.getExternalContext().isResponseCommitted())) {
            Iterator<ExceptionQueuedEvent> queued =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (queued.hasNext()) {
                queued.next();
                queued.remove();
            }
            return;
        }
        super.handle();
    }

    @Override
    protected String findErrorPageLocation(FacesContext context, Throwable exception) {
        return Refusal.of(exception)
                .map(Refusal::page)
                .orElseGet(() -> super.findErrorPageLocation(context, exception));
    }

    @Override
    protected void logException(FacesContext context, Throwable exception, String location, LogReason reason) {
        HttpServletRequest request =
                (HttpServletRequest) context.getExternalContext().getRequest();
        Optional<Refusal> refusal = Refusal.of(exception);
        if (refusal.isPresent()) {
            LOG.warning(() -> Refusal.describe(refusal.get(), request.getMethod(), request.getRequestURI(), exception));
            return;
        }
        String reference = ErrorPage.newReference();
        request.setAttribute(AsyncFacesExceptionFilter.REFERENCE, reference);
        LOG.log(
                Level.SEVERE,
                "Error reference " + reference + " at " + request.getRequestURI() + " (" + reason + ")",
                AsyncFacesExceptionFilter.rootOf(exception));
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new FacesRefusals(getWrapped().getExceptionHandler());
        }
    }
}
