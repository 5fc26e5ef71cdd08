package org.policyforum.outcome.boundary;

import java.io.Serializable;
import org.policyforum.outcome.entity.OutcomeStatus;

/**
 * The console's outcome form: status, summary, responsible bureau (operators choose; an official's is their own) and
 * progress (ignored while sub-results set it). The boundary checks every field with the one text guard.
 */
public class OutcomeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private OutcomeStatus status = OutcomeStatus.REVIEWING;
    private String summary;
    private Long bureauId;
    private Integer progress = 0;

    public OutcomeStatus getStatus() {
        return status;
    }

    public void setStatus(OutcomeStatus status) {
        this.status = status;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Long getBureauId() {
        return bureauId;
    }

    public void setBureauId(Long bureauId) {
        this.bureauId = bureauId;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }
}
