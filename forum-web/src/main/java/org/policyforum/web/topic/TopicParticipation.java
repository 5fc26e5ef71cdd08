package org.policyforum.web.topic;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.discussion.entity.ReactionKind;
import org.policyforum.discussion.entity.TargetType;
import org.policyforum.platform.boundary.RuleViolation;
import org.policyforum.topic.boundary.Follows;
import org.policyforum.topic.boundary.Topics;
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

    public void post() {
        try {
            opinions.post(page.topicId(), stance, body);
            stance = null;
            body = null;
            FacesMessages.info("opinion.posted");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "opinion");
        }
        page.refresh();
    }

    public void agree(long opinionId) {
        react(TargetType.OPINION, opinionId, ReactionKind.AGREE);
    }

    public void disagree(long opinionId) {
        react(TargetType.OPINION, opinionId, ReactionKind.DISAGREE);
    }

    public void agreeComment(long commentId) {
        react(TargetType.COMMENT, commentId, ReactionKind.AGREE);
    }

    public void disagreeComment(long commentId) {
        react(TargetType.COMMENT, commentId, ReactionKind.DISAGREE);
    }

    private void react(TargetType type, long id, ReactionKind kind) {
        attempt(() -> opinions.react(type, id, kind), null, "discussion");
    }

    /** Replies to an opinion ({@code commentId} null) or to one of its comments. */
    public void reply(long opinionId, Long commentId) {
        Long key = commentId == null ? opinionId : -commentId;
        String text = replies.get(key);
        if (attempt(() -> opinions.comment(opinionId, commentId, text), "comment.posted", "discussion",
                commentId == null ? "reply" : "commentReply")) {
            replies.remove(key);
        }
    }

    public void startEdit(Topics.OpinionView opinion) {
        editingId = opinion.id();
        editStance = opinion.stance();
        editBody = opinion.body();
    }

    public void cancelEdit() {
        editingId = null;
    }

    public void saveEdit() {
        if (attempt(() -> opinions.edit(editingId, editStance, editBody), "opinion.edited.saved", "discussion",
                "editBody")) {
            editingId = null;
        }
    }

    public void withdraw(long opinionId) {
        attempt(() -> opinions.withdraw(opinionId), "opinion.withdrawn", "discussion");
    }

    public void withdrawComment(long commentId) {
        attempt(() -> opinions.withdrawComment(commentId), "comment.withdrawn", "discussion");
    }

    private boolean attempt(Runnable action, String doneKey, String formId) {
        return attempt(action, doneKey, formId, null);
    }

    /**
     * Runs a member's action; a refusal about the text typed ({@code body}) goes next to {@code textFieldId}, the
     * field in the same row of the list as the button pressed, other refusals to the top of the form.
     */
    private boolean attempt(Runnable action, String doneKey, String formId, String textFieldId) {
        try {
            action.run();
            if (doneKey != null) {
                FacesMessages.info(doneKey);
            }
            return true;
        } catch (RuleViolation violation) {
            if (textFieldId == null || !"body".equals(violation.field())
                    || !FacesMessages.showBesidePressed(violation, textFieldId)) {
                FacesMessages.show(new RuleViolation(null, violation.messageKey(), violation.arguments()), formId);
            }
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
        attempt(() -> {
            if (isFollowing()) {
                follows.unfollow(page.topicId());
            } else {
                follows.follow(page.topicId());
            }
        }, null, "follow");
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
