package org.policyforum.web.idea;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.policyforum.idea.boundary.IdeaSupports;
import org.policyforum.idea.boundary.Ideas;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;

/**
 * What a logged-in member does on an idea's page: support it or take the support back, follow it, and — its author —
 * reword it while nobody supports it, or withdraw it (a second, deliberate click). View-scoped because an edit spans
 * two requests; the page refers to it only for members, so visitors get no session.
 */
@Named
@ViewScoped
public class IdeaActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IdeaPage page;

    @Inject
    Ideas ideas;

    @Inject
    IdeaSupports supports;

    private boolean editing;
    private boolean confirmingWithdraw;
    private String title;
    private String body;

    public void support() {
        attempt(() -> supports.support(page.getId()), "idea.supported");
    }

    public void unsupport() {
        attempt(() -> supports.withdraw(page.getId()), "idea.unsupported");
    }

    public void toggleFollow() {
        boolean following =
                page.getDetail() != null && page.getDetail().viewer().following();
        attempt(
                () -> {
                    if (following) {
                        ideas.unfollow(page.getId());
                    } else {
                        ideas.follow(page.getId());
                    }
                },
                following ? "idea.unfollowed" : "idea.followed");
    }

    public void startEdit() {
        if (page.getDetail() != null) {
            title = page.getDetail().title();
            body = page.getDetail().body();
            editing = true;
        }
    }

    public void cancelEdit() {
        editing = false;
    }

    public void saveEdit() {
        try {
            ideas.edit(page.getId(), title, body);
            editing = false;
            FacesMessages.info("idea.edited");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "edit");
        }
        page.refresh();
    }

    public void askWithdraw() {
        confirmingWithdraw = true;
    }

    public void keep() {
        confirmingWithdraw = false;
    }

    public void withdraw() {
        confirmingWithdraw = false;
        attempt(() -> ideas.withdraw(page.getId()), "idea.withdrawn");
    }

    private void attempt(Runnable action, String done) {
        try {
            action.run();
            FacesMessages.info(done);
        } catch (RuleViolation violation) {
            FacesMessages.show(new RuleViolation(null, violation.messageKey(), violation.arguments()), "actions");
        }
        page.refresh();
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isConfirmingWithdraw() {
        return confirmingWithdraw;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
