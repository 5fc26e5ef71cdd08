package org.policyforum.web.topic;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.discussion.entity.ReactionKind;
import org.policyforum.discussion.entity.TargetType;
import org.policyforum.platform.boundary.RuleViolation;
import org.policyforum.topic.boundary.Follows;
import org.policyforum.topic.boundary.Topics;
import org.policyforum.topic.boundary.Topics.TopicDetails;
import org.policyforum.topic.entity.Stance;
import org.policyforum.web.platform.FacesMessages;

/** A topic: background, the experts' pro and con briefs side by side, stance counts, opinions and the opinion form. */
@Named
@ViewScoped
public class TopicPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int OPINIONS_SHOWN = 50;

    @Inject
    Topics topics;
    @Inject
    Opinions opinions;
    @Inject
    Follows follows;
    @Inject
    org.policyforum.web.member.CurrentUser currentUser;

    private String id;
    private transient TopicDetails details;
    private Stance stance;
    private String body;
    private String order = Topics.Order.NEWEST.name();
    private String filter = "";
    private int shown = OPINIONS_SHOWN;
    private final Map<Long, String> replies = new HashMap<>();
    private Long editingId;
    private Stance editStance;
    private String editBody;
    private Boolean following;

    /** f:viewAction: an unknown or unpublished topic is a plain 404, like any page that does not exist. */
    public void load() throws IOException {
        details = topicId() == null ? null : topics.page(topicId(), query()).orElse(null);
        if (details == null) {
            Faces.responseSendError(404, "no such topic");
        }
    }

    public void post() {
        try {
            opinions.post(topicId(), stance, body);
            stance = null;
            body = null;
            FacesMessages.info("opinion.posted");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "opinion");
        }
        refresh();
    }

    private Topics.OpinionQuery query() {
        Stance stanceFilter = filter == null || filter.isBlank() ? null : Stance.valueOf(filter);
        return new Topics.OpinionQuery(stanceFilter, Topics.Order.valueOf(order), 0, shown);
    }

    private void refresh() {
        details = topics.page(topicId(), query()).orElse(details);
    }

    /** Order, stance filter: the list starts again from the top. */
    public void reorder() {
        shown = OPINIONS_SHOWN;
        refresh();
    }

    public void showMore() {
        shown += OPINIONS_SHOWN;
        refresh();
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
        if (attempt(() -> opinions.comment(opinionId, commentId, text), "comment.posted", "discussion")) {
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
        if (attempt(() -> opinions.edit(editingId, editStance, editBody), "opinion.edited.saved", "discussion")) {
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
        try {
            action.run();
            if (doneKey != null) {
                FacesMessages.info(doneKey);
            }
            return true;
        } catch (RuleViolation violation) {
            FacesMessages.show(new RuleViolation(null, violation.messageKey(), violation.arguments()), formId);
            return false;
        } finally {
            refresh();
        }
    }

    public TopicDetails getDetails() {
        if (details == null && topicId() != null) {
            details = topics.page(topicId(), query()).orElse(null);
        }
        return details;
    }

    /** Whether the viewer may react, comment and reply now: a citizen, on a topic that takes opinions. */
    public boolean isMayTakePart() {
        TopicDetails page = getDetails();
        return page != null && page.acceptsOpinions() && currentUser.hasRole("CITIZEN");
    }

    /** Asked once per view (the button reads it several times per render), and again only after a change. */
    public boolean isFollowing() {
        if (following == null) {
            following = follows.isFollowing(topicId());
        }
        return following;
    }

    public void toggleFollow() {
        attempt(() -> {
            if (isFollowing()) {
                follows.unfollow(topicId());
            } else {
                follows.follow(topicId());
            }
        }, null, "follow");
        following = null;
    }

    public Map<Long, String> getReplies() {
        return replies;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = java.util.Arrays.stream(Topics.Order.values()).map(Enum::name).filter(n -> n.equals(order))
                .findFirst().orElse(Topics.Order.NEWEST.name());
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = java.util.Arrays.stream(Stance.values()).map(Enum::name).filter(n -> n.equals(filter))
                .findFirst().orElse("");
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

    public Stance[] getStances() {
        return Stance.values();
    }

    /** The id from the address; anything that is not a number is simply no topic. */
    private Long topicId() {
        try {
            return id == null ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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
