package org.policyforum.web.admin.outcome;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.entity.Bureau;
import org.policyforum.outcome.boundary.OutcomeAdministration;
import org.policyforum.outcome.boundary.OutcomeFilter;
import org.policyforum.outcome.boundary.OutcomeForm;
import org.policyforum.outcome.boundary.Source;
import org.policyforum.outcome.entity.OutcomeStatus;
import org.policyforum.outcome.entity.PolicyOutcome;
import org.policyforum.outcome.entity.SourceKind;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.PagedList;
import org.primefaces.model.LazyDataModel;

/**
 * The console's outcomes: a lazy table filtered by status, source and bureau (operators; an official sees their own
 * bureau's), and the form that records the outcome of a closed topic or of an accepted or answered idea (the official
 * chooses which kind), which then opens in its editor.
 */
@Named
@ViewScoped
public class OutcomesAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutcomeAdministration administration;

    @Inject
    Bureaus bureaus;

    private OutcomeStatus filterStatus;
    private SourceKind filterKind;
    private Long filterBureau;
    private String filterWords;

    private SourceKind sourceKind = SourceKind.TOPIC;
    private Long sourceId;
    private OutcomeForm form = new OutcomeForm();
    private List<Source> candidates;

    private final LazyDataModel<PolicyOutcome> outcomes = PagedList.of(
            () -> administration.count(filter()), (first, size) -> administration.list(filter(), first, size));

    private OutcomeFilter filter() {
        return new OutcomeFilter(filterStatus, filterBureau, null, filterKind, filterWords);
    }

    /** Records the outcome of the chosen topic or idea and opens it in the editor. */
    public void record() throws IOException {
        if (sourceId == null) {
            FacesMessages.error("newForm:source", "outcome.source.unknown");
            return;
        }
        try {
            PolicyOutcome outcome = administration.record(sourceKind, sourceId, form);
            FacesMessages.info("admin.outcomes.recorded");
            Faces.redirect("admin/outcome.xhtml?id=%s", outcome.getId().toString());
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "newForm");
        }
    }

    public List<Source> getCandidates() {
        if (candidates == null) {
            candidates = administration.candidates(sourceKind);
        }
        return candidates;
    }

    public LazyDataModel<PolicyOutcome> getOutcomes() {
        return outcomes;
    }

    public List<Bureau> getBureaus() {
        return bureaus.active();
    }

    public OutcomeStatus[] getStatuses() {
        return OutcomeStatus.values();
    }

    public SourceKind[] getKinds() {
        return SourceKind.values();
    }

    public OutcomeStatus getFilterStatus() {
        return filterStatus;
    }

    public void setFilterStatus(OutcomeStatus filterStatus) {
        this.filterStatus = filterStatus;
    }

    public SourceKind getFilterKind() {
        return filterKind;
    }

    public void setFilterKind(SourceKind filterKind) {
        this.filterKind = filterKind;
    }

    public Long getFilterBureau() {
        return filterBureau;
    }

    public void setFilterBureau(Long filterBureau) {
        this.filterBureau = filterBureau;
    }

    public String getFilterWords() {
        return filterWords;
    }

    public void setFilterWords(String filterWords) {
        this.filterWords =
                filterWords == null || filterWords.length() <= 100 ? filterWords : filterWords.substring(0, 100);
    }

    public SourceKind getSourceKind() {
        return sourceKind;
    }

    /** Another kind of source: its candidates, and no source chosen yet. */
    public void setSourceKind(SourceKind sourceKind) {
        if (sourceKind != null && sourceKind != this.sourceKind) {
            this.sourceKind = sourceKind;
            candidates = null;
            sourceId = null;
        }
    }

    public Long getSourceId() {
        return sourceId;
    }

    public void setSourceId(Long sourceId) {
        this.sourceId = sourceId;
    }

    public OutcomeForm getForm() {
        return form;
    }
}
