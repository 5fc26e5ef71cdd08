package org.policyforum.web.platform;

import jakarta.faces.application.ResourceDependency;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIOutput;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.primefaces.component.chart.Chart;
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
 *
 * <p>A chart does not keep the scripts in the head either: a reader can read the page before it is drawn (the poll's
 * bars and figures carry the same results). Its scripts are loaded after the page has been shown
 * ({@code forum/later-widgets.js}, {@link LaterChartRenderer}), so a phone paints the page first (the poll page's first
 * paint waited 3.4 s for 300 KB of scripts on Lighthouse's slow network).
 */
public final class ReaderScripts implements SystemEventListener, Serializable {

    private static final long serialVersionUID = 1L;
    private static final String LIBRARY = "primefaces";
    /** Components that render plain HTML and need no script of PrimeFaces. */
    private static final Set<Class<?>> PLAIN = Set.of(OutputLabel.class, Message.class);
    /** Components drawn after the page has been shown, by the scripts they declare. */
    private static final Set<Class<?>> LATER = Set.of(Chart.class);
    /**
     * Declared but not used by the chart's widget: PrimeFaces' component scripts (550 KB; the chart's widget is in
     * its core) and moment.js (for time axes; the forum's charts count). Each would cost a phone a long task.
     */
    private static final Set<String> NOT_USED_LATER = Set.of("components.js", "moment/moment.js");

    private static final String DRAWN_LATER = ReaderScripts.class.getName() + ".later";

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
        List<UIComponent> later = new ArrayList<>();
        if (needsScripts(context, root, messages, later)) {
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
        if (!later.isEmpty()) {
            context.getAttributes().put(DRAWN_LATER, Boolean.TRUE);
            UIOutput script = new UIOutput();
            script.setRendererType("jakarta.faces.resource.Script");
            script.getAttributes().put("name", "forum/later-widgets.js");
            root.addComponentResource(context, script, "body");
        }
    }

    /** Whether this request's page draws its widgets after it has been shown (see {@link LaterChartRenderer}). */
    public static boolean drawnLater(FacesContext context) {
        return Boolean.TRUE.equals(context.getAttributes().get(DRAWN_LATER));
    }

    /** The addresses of the scripts a component drawn later needs, in the order they must run. */
    public static List<String> scriptsFor(FacesContext context, Class<?> type) {
        Set<String> paths = new LinkedHashSet<>();
        for (ResourceDependency dependency : type.getAnnotationsByType(ResourceDependency.class)) {
            if (dependency.name().endsWith(".js") && !NOT_USED_LATER.contains(dependency.name())) {
                paths.add(context.getApplication()
                        .getResourceHandler()
                        .createResource(dependency.name(), dependency.library())
                        .getRequestPath());
            }
        }
        return List.copyOf(paths);
    }

    private static boolean droppable(UIComponent resource) {
        Object name = resource.getAttributes().get("name");
        return name instanceof String n && (n.endsWith(".js") || n.equals("components.css"));
    }

    /**
     * Whether a rendered component needs PrimeFaces' scripts in the head; collects the rendered messages boxes and the
     * components drawn later meanwhile.
     */
    private static boolean needsScripts(
            FacesContext context, UIViewRoot root, List<UIComponent> messages, List<UIComponent> later) {
        boolean[] needed = {false};
        VisitContext visit = VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
        root.visitTree(visit, (v, component) -> {
            if (component instanceof Messages) {
                messages.add(component);
            } else if (LATER.contains(component.getClass())) {
                later.add(component);
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
