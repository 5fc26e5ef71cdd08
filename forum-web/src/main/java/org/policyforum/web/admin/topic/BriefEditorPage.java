package org.policyforum.web.admin.topic;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.policyforum.member.entity.Member;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.boundary.ExpertBriefs;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.ExpertOpinion;
import org.policyforum.topic.entity.Stance;
import org.policyforum.topic.entity.Topic;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.FormOnce;
import org.policyforum.web.topic.BriefText;

/**
 * The experts' briefs of one topic, opened from a row of the topic list: an operator adds a pro or con brief written
 * elsewhere, or invites an expert member to write that side's brief themselves.
 */
@Named
@ViewScoped
public class BriefEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TopicAdministration administration;

    @Inject
    ExpertBriefs expertBriefs;

    private final FormOnce once = new FormOnce();
    private Long topicId;
    private String topicTitle;
    private Stance stance;
    private String expertName;
    private final BriefText text = new BriefText();
    private Long invitedExpertId;

    /** Opens the briefs of {@code topic} with an empty form. */
    public void start(Topic topic) {
        topicId = topic.getId();
        topicTitle = topic.getTitle();
        stance = null;
        expertName = null;
        text.clear();
        once.renew();
    }

    public void add() {
        if (!once.take()) {
            // the same rendering sent again (a double post without script): one brief, not two
            FacesMessages.info("common.alreadySaved");
            return;
        }
        try {
            administration.addBrief(
                    topicId, stance, expertName, text.getAffiliation(), text.getTitle(), text.getBody());
            FacesMessages.info("admin.topics.brief.saved");
            start(administration.find(topicId));
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "brief");
        }
    }

    /** Invites an expert member to write this side's brief themselves. */
    public void invite() {
        try {
            expertBriefs.invite(topicId, invitedExpertId == null ? -1 : invitedExpertId, stance);
            FacesMessages.info("brief.invited");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "brief");
        }
    }

    public List<ExpertOpinion> getBriefs() {
        return topicId == null ? List.of() : administration.briefs(topicId);
    }

    public List<Member> getExperts() {
        return expertBriefs.experts();
    }

    public Stance[] getStances() {
        return new Stance[] {Stance.PRO, Stance.CON};
    }

    public FormOnce getOnce() {
        return once;
    }

    public Long getTopicId() {
        return topicId;
    }

    public String getTopicTitle() {
        return topicTitle;
    }

    public Long getInvitedExpertId() {
        return invitedExpertId;
    }

    public void setInvitedExpertId(Long invitedExpertId) {
        this.invitedExpertId = invitedExpertId;
    }

    public Stance getStance() {
        return stance;
    }

    public void setStance(Stance stance) {
        this.stance = stance;
    }

    public String getExpertName() {
        return expertName;
    }

    public void setExpertName(String expertName) {
        this.expertName = expertName;
    }

    public BriefText getText() {
        return text;
    }
}
