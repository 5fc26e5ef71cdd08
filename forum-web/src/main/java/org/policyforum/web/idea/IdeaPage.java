package org.policyforum.web.idea;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.policyforum.idea.boundary.IdeaViews.Detail;
import org.policyforum.idea.boundary.IdeaViews.Due;
import org.policyforum.idea.boundary.Ideas;
import org.policyforum.web.member.CurrentUser;

/**
 * An idea as everyone reads it: its text, supports and window, the obligations its supports created with their due
 * dates (overdue ones marked), the answers, and its public history. Request-scoped and driven by its address; what a
 * member does here is {@link IdeaActions}'s.
 */
@Named
@RequestScoped
public class IdeaPage {

    @Inject
    Ideas ideas;

    @Inject
    CurrentUser currentUser;

    /* injected when the bean is made, so a member's post-back (which carries the id in a hidden field) finds it */
    @Param(name = "id")
    private Long id;

    private Detail detail;

    /** f:viewAction: an unknown idea is a plain 404; a visitor gets a stateless view. */
    public void load() throws IOException {
        currentUser.statelessForReaders();
        if (getDetail() == null) {
            Faces.responseSendError(404, "no such idea");
        }
    }

    void refresh() {
        detail = null;
    }

    public Detail getDetail() {
        if (detail == null && id != null) {
            detail = ideas.view(id).orElse(null);
        }
        return detail;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** Whole days until the support window closes; 0 on its last day. */
    public long getDaysLeft() {
        Detail d = getDetail();
        return d == null ? 0 : d.daysLeft();
    }

    public Long daysLeft(Due due) {
        Detail d = getDetail();
        return d == null ? null : due.daysLeft(d.now());
    }
}
