package org.policyforum.web.topic;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.platform.boundary.RuleViolation;
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

    private String id;
    private transient TopicDetails details;
    private Stance stance;
    private String body;

    /** f:viewAction: an unknown or unpublished topic is a plain 404, like any page that does not exist. */
    public void load() throws IOException {
        details = topicId() == null ? null : topics.page(topicId(), OPINIONS_SHOWN).orElse(null);
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
        details = topics.page(topicId(), OPINIONS_SHOWN).orElse(details);
    }

    public TopicDetails getDetails() {
        if (details == null && topicId() != null) {
            details = topics.page(topicId(), OPINIONS_SHOWN).orElse(null);
        }
        return details;
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
