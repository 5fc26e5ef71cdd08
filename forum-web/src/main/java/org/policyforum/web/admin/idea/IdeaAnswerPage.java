package org.policyforum.web.admin.idea;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.policyforum.idea.boundary.IdeaAnswers;
import org.policyforum.idea.boundary.IdeaViews.Detail;
import org.policyforum.idea.entity.IdeaAnswer;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.FormOnce;

/**
 * The answer editor: the idea with its obligations, the verdict, the answer (sanitised rich text; the preview shows
 * what citizens will see) and the reason a verdict other than "accepted" needs; and, for an accepted idea, the report
 * that it is implemented. An idea the official's bureau neither owns nor owes is a 404.
 */
@Named
@ViewScoped
public class IdeaAnswerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IdeaAnswers answers;

    @Param(name = "id")
    private Long id;

    private final FormOnce once = new FormOnce();
    private IdeaAnswer.Verdict verdict;
    private String body;
    private String reason;
    private String preview;
    private String doneReason;
    private transient Detail idea;

    /** f:viewAction. */
    public void load() throws IOException {
        if (getIdea() == null) {
            Faces.responseSendError(404, "no such idea to answer");
        }
    }

    public Detail getIdea() {
        if (idea == null && id != null) {
            try {
                idea = answers.idea(id);
            } catch (RuleViolation notYours) {
                return null;
            }
        }
        return idea;
    }

    public void showPreview() {
        preview = answers.preview(body);
    }

    public void answer() {
        if (!once.take()) {
            FacesMessages.info("common.alreadySaved");
            return;
        }
        try {
            answers.answer(id, verdict, body, reason);
            FacesMessages.info("admin.ideas.answered");
            body = null;
            reason = null;
            preview = null;
            verdict = null;
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "answer");
        }
        idea = null;
    }

    public void markImplemented() {
        try {
            answers.markImplemented(id, doneReason);
            doneReason = null;
            FacesMessages.info("admin.ideas.implemented");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "implemented");
        }
        idea = null;
    }

    public IdeaAnswer.Verdict[] getVerdicts() {
        return IdeaAnswer.Verdict.values();
    }

    public FormOnce getOnce() {
        return once;
    }

    public Long getId() {
        return id;
    }

    public IdeaAnswer.Verdict getVerdict() {
        return verdict;
    }

    public void setVerdict(IdeaAnswer.Verdict verdict) {
        this.verdict = verdict;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getPreview() {
        return preview;
    }

    public String getDoneReason() {
        return doneReason;
    }

    public void setDoneReason(String doneReason) {
        this.doneReason = doneReason;
    }
}
