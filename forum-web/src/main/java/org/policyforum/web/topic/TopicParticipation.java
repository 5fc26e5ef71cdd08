package org.policyforum.web.topic;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.discussion.boundary.TopicPages;
import org.policyforum.discussion.entity.ReactionKind;
import org.policyforum.discussion.entity.TargetType;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.boundary.Follows;
import org.policyforum.topic.entity.Stance;
import org.policyforum.web.platform.FacesMessages;

/**
 * What a logged-in member does on a topic page: post an opinion, comment, react, edit or withdraw their own, follow
 * the topic. View-scoped because an edit spans two requests; the page refers to it only for logged-in members (a
 * view-scoped bean lives in the HTTP session, which a reader must not get). {@link TopicPage} holds what is read.
 */
@Named
@ViewScoped
public class TopicParticipation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TopicPage page;

    @Inject
    Opinions opinions;

    @Inject
    Follows follows;

    private Stance stance;
    private String body;
    private final Map<Long, String> replies = new HashMap<>();
    private Long editingId;
    private Stance editStance;
    private String editBody;
    private Boolean following;
    /** What the last action came to, shown where the member acted (see {@link Notice}). */
    private Notice notice;
    /** The opinion or comment whose withdrawal waits for the member's second, deliberate click. */
    private Long confirmingWithdraw;

    private Long confirmingWithdrawComment;

    /**
     * The answer to an action, at the place it was taken: {@code place} is {@code "opinion"} (the opinion form),
     * {@code "follow"}, or an opinion's id for everything done on that opinion and its comments. A page-wide message
     * above the list was thousands of pixels away from the button on a long page; the page moves focus to this one.
     */
    public record Notice(String place, String text, boolean refused) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public void post() {
        try {
            boolean published = opinions.post(page.topicId(), stance, body).isVisible();
            stance = null;
            body = null;
            notice = new Notice("opinion", FacesMessages.text(published ? "opinion.posted" : "opinion.held"), false);
        } catch (RuleViolation violation) {
            if (violation.field() == null) {
                notice = new Notice("opinion", FacesMessages.text(violation.messageKey(), violation.arguments()), true);
                FacesMessages.refused();
            } else {
                notice = null;
                FacesMessages.show(violation, "opinion");
            }
        }
        page.refresh();
    }

    public void agree(long opinionId) {
        react(opinionId, TargetType.OPINION, opinionId, ReactionKind.AGREE);
    }

    public void disagree(long opinionId) {
        react(opinionId, TargetType.OPINION, opinionId, ReactionKind.DISAGREE);
    }

    public void agreeComment(long opinionId, long commentId) {
        react(opinionId, TargetType.COMMENT, commentId, ReactionKind.AGREE);
    }

    public void disagreeComment(long opinionId, long commentId) {
        react(opinionId, TargetType.COMMENT, commentId, ReactionKind.DISAGREE);
    }

    private void react(long opinionId, TargetType type, long id, ReactionKind kind) {
        attempt(() -> opinions.react(type, id, kind), null, String.valueOf(opinionId));
    }

    /** Replies to an opinion ({@code commentId} null) or to one of its comments. */
    public void reply(long opinionId, Long commentId) {
        Long key = commentId == null ? opinionId : -commentId;
        String text = replies.get(key);
        if (attempt(
                () -> opinions.comment(opinionId, commentId, text),
                "comment.posted",
                String.valueOf(opinionId),
                commentId == null ? "reply" : "commentReply")) {
            replies.remove(key);
        }
    }

    public void startEdit(TopicPages.OpinionView opinion) {
        editingId = opinion.id();
        editStance = opinion.stance();
        editBody = opinion.body();
    }

    public void cancelEdit() {
        editingId = null;
    }

    public void saveEdit() {
        long opinionId = editingId;
        if (attempt(
                () -> opinions.edit(opinionId, editStance, editBody),
                "opinion.edited.saved",
                String.valueOf(opinionId),
                "editBody")) {
            editingId = null;
        }
    }

    /** The first click only asks: withdrawing cannot be undone, with or without JavaScript it takes a second one. */
    public void askWithdraw(long opinionId) {
        confirmingWithdraw = opinionId;
        confirmingWithdrawComment = null;
        notice = null;
    }

    public void askWithdrawComment(long commentId) {
        confirmingWithdrawComment = commentId;
        confirmingWithdraw = null;
        notice = null;
    }

    public void keep() {
        confirmingWithdraw = null;
        confirmingWithdrawComment = null;
    }

    public void withdraw(long opinionId) {
        keep();
        attempt(() -> opinions.withdraw(opinionId), "opinion.withdrawn", String.valueOf(opinionId));
    }

    public void withdrawComment(long opinionId, long commentId) {
        keep();
        attempt(() -> opinions.withdrawComment(commentId), "comment.withdrawn", String.valueOf(opinionId));
    }

    public boolean isConfirmingWithdraw(long opinionId) {
        return confirmingWithdraw != null && confirmingWithdraw == opinionId;
    }

    public boolean isConfirmingWithdrawComment(long commentId) {
        return confirmingWithdrawComment != null && confirmingWithdrawComment == commentId;
    }

    /** The notice for {@code place} ("opinion", "follow" or an opinion's id), if the last action was taken there. */
    public Notice noticeAt(Object place) {
        return notice != null && notice.place().equals(String.valueOf(place)) ? notice : null;
    }

    private boolean attempt(Runnable action, String doneKey, String place) {
        return attempt(action, doneKey, place, null);
    }

    /**
     * Runs a member's action; its answer is a notice at {@code place}, except that a refusal of the text typed
     * ({@code body}) goes next to {@code textFieldId}, the field in the same row of the list as the button pressed.
     */
    private boolean attempt(Runnable action, String doneKey, String place, String textFieldId) {
        try {
            action.run();
            notice = doneKey == null ? null : new Notice(place, FacesMessages.text(doneKey), false);
            return true;
        } catch (RuleViolation violation) {
            boolean besideField = textFieldId != null
                    && "body".equals(violation.field())
                    && FacesMessages.showBesidePressed(violation, textFieldId);
            notice = besideField
                    ? null
                    : new Notice(place, FacesMessages.text(violation.messageKey(), violation.arguments()), true);
            FacesMessages.refused();
            return false;
        } finally {
            page.refresh();
        }
    }

    /** Asked once per view (the button reads it several times per render), and again only after a change. */
    public boolean isFollowing() {
        if (following == null) {
            following = follows.isFollowing(page.topicId());
        }
        return following;
    }

    public void toggleFollow() {
        attempt(
                () -> {
                    if (isFollowing()) {
                        follows.unfollow(page.topicId());
                    } else {
                        follows.follow(page.topicId());
                    }
                },
                null,
                "follow");
        following = null;
    }

    public Map<Long, String> getReplies() {
        return replies;
    }

    public Long getEditingId() {
        return editingId;
    }

    public Stance getEditStance() {
        return editStance;
    }

    public void setEditStance(Stance editStance) {
        this.editStance = editStance;
    }

    public String getEditBody() {
        return editBody;
    }

    public void setEditBody(String editBody) {
        this.editBody = editBody;
    }

    public Stance getStance() {
        return stance;
    }

    public void setStance(Stance stance) {
        this.stance = stance;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
