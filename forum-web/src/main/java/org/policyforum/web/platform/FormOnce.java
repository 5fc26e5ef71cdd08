package org.policyforum.web.platform;

import java.io.Serializable;
import java.util.UUID;
import org.omnifaces.util.Faces;

/**
 * One rendering of a form that may be saved once. A view-scoped editor is shared by every request of its view, so the
 * same form sent twice (a double click without script, a hostile client, twenty presses at once) would reach the
 * save twice: a second new draft, or a revision of a topic the first save already left. The form carries this
 * token in a hidden field named {@value #FIELD}; the first post that sends it takes it, and every later post of that
 * rendering is answered "already saved" instead of saving again.
 */
public final class FormOnce implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The name of the hidden field the page renders with {@link #getToken()}. */
    public static final String FIELD = "formOnce";

    private String token = UUID.randomUUID().toString();

    /** A new rendering of the form: posts of the earlier one are late. */
    public synchronized void renew() {
        token = UUID.randomUUID().toString();
    }

    public synchronized String getToken() {
        return token;
    }

    /**
     * Takes the token the post sent: true for the first post of this rendering, false for any other. Whatever the
     * save then does, the form is rendered again with the new token, so a refused form can be corrected and sent.
     */
    public synchronized boolean take() {
        String sent = Faces.getRequestParameter(FIELD);
        if (sent == null || !sent.equals(token)) {
            return false;
        }
        token = UUID.randomUUID().toString();
        return true;
    }
}
