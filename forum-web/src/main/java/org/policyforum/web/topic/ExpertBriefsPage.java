package org.policyforum.web.topic;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.boundary.ExpertBriefs;
import org.policyforum.topic.entity.ExpertInvitation;
import org.policyforum.web.platform.FacesMessages;

/** An expert's invitations, and the form to write the brief for one of them. */
@Named
@ViewScoped
public class ExpertBriefsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExpertBriefs briefs;

    private Long writingId;
    private final BriefText text = new BriefText();

    public List<ExpertInvitation> getInvitations() {
        return briefs.myInvitations();
    }

    public void start(long invitationId) {
        writingId = invitationId;
        text.startNew();
    }

    public void write() {
        try {
            briefs.write(writingId, text.getAffiliation(), text.getTitle(), text.getBody());
            writingId = null;
            FacesMessages.info("brief.written");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "brief");
        }
    }

    public Long getWritingId() {
        return writingId;
    }

    public BriefText getText() {
        return text;
    }
}
