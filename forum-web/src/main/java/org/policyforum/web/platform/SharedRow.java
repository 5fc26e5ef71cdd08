package org.policyforum.web.platform;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Beans;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspState;

/**
 * One row of a long list whose markup is the same for every viewer who sees the same data: rendered once and then
 * copied ({@link SharedRows}) instead of being rendered again by its few dozen components for each member.
 *
 * <p>The row's markup may depend only on what its key holds: the view and the row's own client id (the list's form
 * and the row's position, which name every field and button in it), its {@code value} (a record that also carries the
 * viewer's own state of that row, such as their reaction or whether it is theirs, so that two members share a copy
 * only when their rows are the same) and its {@code context} (what else the row reads: language, time zone, whether
 * the viewer may take part, the choices of its menus). It is shared only on a first request of a view, not on a
 * post-back: a view's own state (a draft, a message beside a field, a question being asked) appears only after an
 * action, and then the row is rendered by its components as before.
 *
 * <p>A copy keeps the script nonce out (written as the page's own when copied) and carries the click handlers
 * PrimeFaces collected while the row was rendered (with its CSP they are written at the end of the page, not in the
 * row), so a copied row's buttons work as a rendered one's. The components stay in the view: a post-back from a
 * copied row is decoded by them like any other.
 */
@FacesComponent(SharedRow.TYPE)
public class SharedRow extends UIComponentBase {

    public static final String TYPE = "org.policyforum.SharedRow";

    public SharedRow() {
        setRendererType(null);
    }

    @Override
    public String getFamily() {
        return "org.policyforum";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context) throws IOException {
        Map<String, Object> attributes = getAttributes();
        if (context.isPostback()) {
            encodeRow(context);
            return;
        }
        String clientId = getClientId(context);
        // the view too: another page's list could have the same client ids and other markup
        String row = context.getViewRoot().getViewId() + " " + clientId;
        SharedRows.Key key = new SharedRows.Key(row, attributes.get("value"), (List<?>) attributes.get("context"));
        SharedRows rows = Beans.getReference(SharedRows.class);
        CspState csp = PrimeFacesContext.getCspState(context);
        String nonce = csp.getNonce();
        ResponseWriter writer = context.getResponseWriter();
        SharedRows.Copy copy = rows.find(key);
        if (copy != null) {
            copy.writeTo(writer, nonce);
            copy.handlers().forEach((id, events) -> csp.getEventHandlers().put(id, new HashMap<>(events)));
            return;
        }
        StringWriter markup = new StringWriter(16_384);
        context.setResponseWriter(writer.cloneWithWriter(markup));
        try {
            encodeRow(context);
        } finally {
            context.setResponseWriter(writer);
        }
        String html = markup.toString();
        writer.write(html);
        rows.keep(
                key,
                SharedRows.Copy.of(
                        html, nonce, handlersOf(csp, clientId, UINamingContainer.getSeparatorChar(context))));
    }

    private void encodeRow(FacesContext context) throws IOException {
        for (UIComponent child : getChildren()) {
            child.encodeAll(context);
        }
    }

    /** The click handlers of the row's own buttons: their client ids begin as this component's does. */
    private static Map<String, Map<String, String>> handlersOf(CspState csp, String clientId, char separator) {
        String row = clientId.substring(0, clientId.lastIndexOf(separator) + 1);
        Map<String, Map<String, String>> handlers = new HashMap<>();
        csp.getEventHandlers().forEach((id, events) -> {
            if (id.startsWith(row)) {
                handlers.put(id, Map.copyOf(events));
            }
        });
        return Map.copyOf(handlers);
    }
}
