package org.policyforum.web.operations;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Inject;
import java.time.Duration;
import org.policyforum.platform.control.StatementTally;

/**
 * Times every page from its first phase to its rendered answer, and counts the SQL statements it sent meanwhile, by
 * view id: only views that exist reach the render phase, so an address made up by a visitor never becomes a meter of
 * its own. The statements are those of the request's own thread ({@link StatementTally}): the N+1 guard of a whole
 * page as a member gets it, and an operator's first look when a page slows down.
 */
public class PageTimer implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final String STARTED = PageTimer.class.getName();

    /** Injected by Faces (phase listeners are injection targets), not looked up on every page. */
    @Inject
    transient ForumMeters meters;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        if (event.getPhaseId() == PhaseId.RESTORE_VIEW) {
            event.getFacesContext().getAttributes().put(STARTED, System.nanoTime());
            StatementTally.reset(); // a pooled request thread carries the previous request's count
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        if (event.getPhaseId() != PhaseId.RENDER_RESPONSE) {
            return;
        }
        FacesContext context = event.getFacesContext();
        Object started = context.getAttributes().get(STARTED);
        if (started instanceof Long nanos && context.getViewRoot() != null) {
            meters.pageRendered(
                    context.getViewRoot().getViewId(),
                    Duration.ofNanos(System.nanoTime() - nanos),
                    StatementTally.count());
        }
    }
}
