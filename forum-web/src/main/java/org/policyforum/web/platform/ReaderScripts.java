package org.policyforum.web.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PreRenderViewEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.component.message.Message;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.outputlabel.OutputLabel;

/**
 * A reader's page without PrimeFaces' scripts when nothing on it needs them. PrimeFaces adds jQuery, its plugins and
 * its core and component scripts (about 220 KB before compression, in the page's head) for every PrimeFaces component
 * in the view, even one that is not rendered: the home page and a topic, as a visitor who is not logged in sees them,
 * got them for the member's buttons and forms that are in the page but not shown, and a phone waited for them before
 * its first paint (Lighthouse: 1–1.7 s of the simulated slow network, issue 14).
 *
 * <p>Just before the view renders, its rendered components are visited; if none is a PrimeFaces component other than
 * those that render plain HTML (labels, a field's message, an empty messages box), PrimeFaces' scripts and its
 * component style sheet leave the page. The theme stays, and so do the forum's own scripts, which need no jQuery.
 * Only for views that take no post-back (see {@code CurrentUser.statelessForReaders}): a page that does gets its
 * scripts whatever it shows.
 */
public final class ReaderScripts implements SystemEventListener, Serializable {

    private static final long serialVersionUID = 1L;
    private static final String LIBRARY = "primefaces";
    /** Components that render plain HTML and need no script of PrimeFaces. */
    private static final Set<Class<?>> PLAIN = Set.of(OutputLabel.class, Message.class);

    private ReaderScripts() {}

    /** Drops PrimeFaces' scripts from {@code root}'s page when it renders, if nothing rendered on it needs them. */
    public static void dropUnusedFrom(UIViewRoot root) {
        root.subscribeToViewEvent(PreRenderViewEvent.class, new ReaderScripts());
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIViewRoot root = context.getViewRoot();
        // a message may be closed by a click, which is PrimeFaces' script
        if (!context.getMessageList().isEmpty()) {
            return;
        }
        List<UIComponent> messages = new ArrayList<>();
        if (needsScripts(context, root, messages)) {
            return;
        }
        // an empty messages box would still start its widget (a script that needs jQuery); on a page that takes no
        // post-back no message can arrive later, so it is left out
        messages.forEach(m -> m.setRendered(false));
        for (String target : List.of("head", "body")) {
            for (UIComponent resource : List.copyOf(root.getComponentResources(context, target))) {
                if (LIBRARY.equals(resource.getAttributes().get("library")) && droppable(resource)) {
                    root.removeComponentResource(context, resource, target);
                }
            }
        }
    }

    private static boolean droppable(UIComponent resource) {
        Object name = resource.getAttributes().get("name");
        return name instanceof String n && (n.endsWith(".js") || n.equals("components.css"));
    }

    /** Whether a rendered component needs PrimeFaces' scripts; collects the rendered messages boxes meanwhile. */
    private static boolean needsScripts(FacesContext context, UIViewRoot root, List<UIComponent> messages) {
        boolean[] needed = {false};
        VisitContext visit = VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
        root.visitTree(visit, (v, component) -> {
            if (component instanceof Messages) {
                messages.add(component);
            } else if (component.getClass().getName().startsWith("org.primefaces.")
                    && !PLAIN.contains(component.getClass())) {
                needed[0] = true;
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return needed[0];
    }
}
