package org.policyforum.web.platform;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.primefaces.util.Constants;

/**
 * The PrimeFaces script nonce (CSP) on posts. PrimeFaces keeps each page's nonce in its view and expects the post to
 * send it back in {@value #PARAMETER}, a field its script adds to every form; it compares the two only while it renders
 * the answer, after the action has run, and fails the request when the field is missing. So a browser without
 * JavaScript (the no-script path the README promises) had its sign-up, opinion or ballot saved and then got a 500
 * inviting it to send again.
 *
 * <p>Two parts, both before anything of the post is applied:
 * <ul>
 * <li>{@link Posts}: a post that sends no nonce (a plain HTML form) is read as if it sent its own view's nonce; for a
 * stateless view, which keeps none, a fresh one. The nonce never was a guard for posts (the server-side view state is
 * the CSRF guard); PrimeFaces checks it only because the sent value would otherwise reach the policy header.</li>
 * <li>{@link Check}: a post that sends a nonce other than its view's, or one that is not a nonce at all, is refused
 * with the 400 page right after its view is restored, so nothing it carries is applied.</li>
 * <li>An error page shown for a post gets a fresh nonce ({@link Posts}), not the one the post sent: PrimeFaces would
 * otherwise put a forged nonce into the error page's scripts and policy, or fail the error page itself.</li>
 * </ul>
 */
public final class ScriptNonce {

    static final String PARAMETER = Constants.RequestParams.NONCE_PARAM;
    private static final String FRESH = ScriptNonce.class.getName() + ".fresh";
    private static final Logger LOG = Logger.getLogger(ScriptNonce.class.getName());

    private ScriptNonce() {}

    /** The nonce the restored view keeps, if it keeps one (a stateless view does not). */
    private static String ofView(FacesContext context) {
        UIViewRoot root = context == null ? null : context.getViewRoot();
        Map<String, Object> viewMap = root == null ? null : root.getViewMap(false);
        return viewMap == null ? null : (String) viewMap.get(PARAMETER);
    }

    /** A nonce as PrimeFaces makes them: Base64 of a random UUID's text. */
    private static boolean isWellFormed(String nonce) {
        try {
            UUID.fromString(new String(Base64.getDecoder().decode(nonce), StandardCharsets.UTF_8));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExternalContextFactory {

        public Factory(ExternalContextFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExternalContext getExternalContext(Object context, Object request, Object response) {
            return new Posts(getWrapped().getExternalContext(context, request, response));
        }
    }

    /** The request parameters of a post without a nonce, with the nonce its view expects. */
    static final class Posts extends ExternalContextWrapper {

        private UIViewRoot completedFor;
        private Map<String, String> completed;
        private String completedNonce;

        Posts(ExternalContext wrapped) {
            super(wrapped);
        }

        @Override
        public Map<String, String> getRequestParameterMap() {
            Map<String, String> sent = super.getRequestParameterMap();
            // an error page shown for a post is a new view: it gets a fresh nonce, never the one the post sent
            boolean errorPage = getRequestMap().containsKey(RequestDispatcher.ERROR_STATUS_CODE);
            // not context.isPostback(): that reads this very map
            if (!sent.containsKey(ResponseStateManager.VIEW_STATE_PARAM) || sent.containsKey(PARAMETER) && !errorPage) {
                return sent;
            }
            FacesContext context = FacesContext.getCurrentInstance();
            UIViewRoot root = context == null ? null : context.getViewRoot();
            if (root == null) {
                return sent; // the view is not restored yet; nobody asks for the nonce before
            }
            // looked up on every call: a view parameter read while the view is being rebuilt comes here before the
            // view's own nonce is restored, and a fresh one cached then would not be the page's at the check
            String nonce = errorPage ? null : ofView(context);
            if (nonce == null) {
                nonce = (String) getRequestMap().computeIfAbsent(FRESH, key -> Base64.getEncoder()
                        .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));
            }
            if (root != completedFor || !nonce.equals(completedNonce)) {
                Map<String, String> withNonce = new HashMap<>(sent);
                withNonce.put(PARAMETER, nonce);
                completed = Collections.unmodifiableMap(withNonce);
                completedFor = root;
                completedNonce = nonce;
            }
            return completed;
        }
    }

    /** Refuses a post whose nonce is not its view's before the post is applied. Registered in faces-config.xml. */
    public static class Check implements PhaseListener {

        private static final long serialVersionUID = 1L;

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RESTORE_VIEW;
        }

        @Override
        public void beforePhase(PhaseEvent event) {}

        @Override
        public void afterPhase(PhaseEvent event) {
            FacesContext context = event.getFacesContext();
            if (!context.isPostback()
                    || context.getViewRoot() == null
                    || context.getResponseComplete()
                    || context.getExternalContext().getRequestMap().containsKey(RequestDispatcher.ERROR_STATUS_CODE)) {
                return;
            }
            String sent = context.getExternalContext().getRequestParameterMap().get(PARAMETER);
            String expected = ofView(context);
            boolean forged = expected != null ? !expected.equals(sent) : sent == null || !isWellFormed(sent);
            if (forged) {
                ExternalContext external = context.getExternalContext();
                // a post-back may come as a GET too (view state in the query): say which it was
                String method = ((HttpServletRequest) external.getRequest()).getMethod();
                LOG.warning(() -> "Refused (400 malformed) " + method + " " + external.getRequestServletPath()
                        + ": a script nonce that is not the page's");
                // the exception handler then knows this request has its answer (FacesRefusals.handle)
                external.getRequestMap().put(FacesRefusals.ANSWERED, Refusal.MALFORMED);
                try {
                    external.responseSendError(400, Refusal.MALFORMED.name());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                context.responseComplete();
            }
        }
    }
}
