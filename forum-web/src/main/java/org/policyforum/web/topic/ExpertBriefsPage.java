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
    private String affiliation;
    private String title;
    private String body;

    public List<ExpertInvitation> getInvitations() {
        return briefs.myInvitations();
    }

    public void start(long invitationId) {
        writingId = invitationId;
        title = null;
        body = null;
    }

    public void write() {
        try {
            briefs.write(writingId, affiliation, title, body);
            writingId = null;
            FacesMessages.info("brief.written");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "brief");
        }
    }

    public Long getWritingId() {
        return writingId;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public void setAffiliation(String affiliation) {
        this.affiliation = affiliation;
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
