package org.policyforum.web.idea;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.policyforum.idea.boundary.IdeaComments;
import org.policyforum.idea.boundary.IdeaViews;
import org.policyforum.idea.entity.IdeaCommentReaction.Kind;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;

/**
 * What a logged-in member does in an idea's comments: comment, reply, agree or disagree, and — the author — edit
 * or withdraw (a second, deliberate click). Every button posts the whole page, so it works without JavaScript too;
 * the page refers to this bean only for members, so visitors get no session.
 */
@Named
@ViewScoped
public class IdeaCommentActions implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The key of the new comment's text in {@link #getReplies()}; replies use their parent comment's id. */
    public static final long NEW_COMMENT = 0L;

    @Inject
    IdeaPage page;

    @Inject
    IdeaComments comments;

    private final Map<Long, String> replies = new HashMap<>();
    private Long editingId;
    private String editBody;
    private Long confirmingWithdraw;

    /** A new comment ({@code parentId} null) or a reply to the comment {@code parentId}. */
    public void post(Long parentId) {
        long key = parentId == null ? NEW_COMMENT : parentId;
        if (attempt(
                () -> comments.comment(page.getId(), parentId, replies.get(key)),
                "comment.posted",
                parentId == null ? "comment" : "reply")) {
            replies.remove(key);
        }
    }

    public void agree(long commentId) {
        attempt(() -> comments.react(commentId, Kind.AGREE), null, null);
    }

    public void disagree(long commentId) {
        attempt(() -> comments.react(commentId, Kind.DISAGREE), null, null);
    }

    public void startEdit(IdeaViews.Comment comment) {
        editingId = comment.id();
        editBody = comment.body();
        confirmingWithdraw = null;
    }

    public void cancelEdit() {
        editingId = null;
    }

    public void saveEdit() {
        if (editingId != null) {
            long id = editingId;
            if (attempt(() -> comments.edit(id, editBody), "idea.comment.edited", "editBody")) {
                editingId = null;
            }
        }
    }

    /** The first click only asks: withdrawing cannot be undone, with or without JavaScript it takes a second one. */
    public void askWithdraw(long commentId) {
        confirmingWithdraw = commentId;
        editingId = null;
    }

    public void keep() {
        confirmingWithdraw = null;
    }

    public void withdraw(long commentId) {
        confirmingWithdraw = null;
        attempt(() -> comments.withdraw(commentId), "comment.withdrawn", null);
    }

    /**
     * Runs a member's action; a refusal of the text typed goes next to {@code textFieldId} (the field beside the
     * button pressed), every other answer above the comments.
     */
    private boolean attempt(Runnable action, String doneKey, String textFieldId) {
        try {
            action.run();
            if (doneKey != null) {
                FacesMessages.info(doneKey);
            }
            return true;
        } catch (RuleViolation violation) {
            if (textFieldId == null
                    || !"body".equals(violation.field())
                    || !FacesMessages.showBesidePressed(violation, textFieldId)) {
                FacesMessages.show(new RuleViolation(null, violation.messageKey(), violation.arguments()), "comments");
            }
            return false;
        } finally {
            page.refresh();
        }
    }

    public boolean isEditing(long commentId) {
        return editingId != null && editingId == commentId;
    }

    public boolean isConfirmingWithdraw(long commentId) {
        return confirmingWithdraw != null && confirmingWithdraw == commentId;
    }

    public Map<Long, String> getReplies() {
        return replies;
    }

    public String getEditBody() {
        return editBody;
    }

    public void setEditBody(String editBody) {
        this.editBody = editBody;
    }
}
