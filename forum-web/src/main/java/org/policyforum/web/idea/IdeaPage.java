package org.policyforum.web.idea;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.policyforum.idea.boundary.IdeaComments;
import org.policyforum.idea.boundary.IdeaViews.CommentRevision;
import org.policyforum.idea.boundary.IdeaViews.Comments;
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
    IdeaComments ideaComments;

    @Inject
    CurrentUser currentUser;

    /* injected when the bean is made, so a member's post-back (which carries the id in a hidden field) finds it */
    @Param(name = "id")
    private Long id;

    /* how many comment threads are shown: the "more comments" link asks for more, by GET */
    @Param(name = "threads")
    private Integer threads;

    /* the comment whose earlier versions are shown (a GET link beside "edited") */
    @Param(name = "history")
    private Long historyOf;

    private Detail detail;
    private Comments comments;

    /** f:viewAction: an unknown idea is a plain 404; a visitor gets a stateless view. */
    public void load() throws IOException {
        currentUser.statelessForReaders();
        if (getDetail() == null) {
            Faces.responseSendError(404, "no such idea");
        }
    }

    void refresh() {
        detail = null;
        comments = null;
    }

    /** The idea's first comment threads, as many as asked for (within the boundary's bounds). */
    public Comments getComments() {
        if (comments == null && id != null) {
            comments = ideaComments.of(id, getThreads()).orElse(null);
        }
        return comments;
    }

    public int getThreads() {
        return threads == null ? IdeaComments.THREADS_SHOWN : Math.max(1, Math.min(threads, IdeaComments.MAX_THREADS));
    }

    /** What the next "more comments" link asks for. */
    public int getMoreThreads() {
        return Math.min(getThreads() + IdeaComments.THREADS_SHOWN, IdeaComments.MAX_THREADS);
    }

    public Long getHistoryOf() {
        return historyOf;
    }

    /** The earlier versions of the comment asked for by the address, oldest first. */
    public List<CommentRevision> getHistory() {
        return historyOf == null ? List.of() : ideaComments.history(historyOf);
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
