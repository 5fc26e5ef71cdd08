package org.policyforum.web.admin.outcome;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.entity.Bureau;
import org.policyforum.outcome.boundary.EntryForm;
import org.policyforum.outcome.boundary.OutcomeAdministration;
import org.policyforum.outcome.boundary.OutcomeForm;
import org.policyforum.outcome.entity.OutcomeStatus;
import org.policyforum.outcome.entity.PolicyOutcome;
import org.policyforum.outcome.entity.SubResult;
import org.policyforum.outcome.entity.TimelineEntry;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.FormOnce;

/**
 * One outcome in the console ({@code /admin/outcome.xhtml?id=…}): status, summary, progress and bureau; the timeline
 * (add, delete); the sub-results (add, change, delete). Opened by an official of another bureau, it answers 403; an
 * unknown id, 404. Each form that adds something is saved once per rendering ({@link FormOnce}).
 */
@Named
@ViewScoped
public class OutcomeEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutcomeAdministration administration;

    @Inject
    Bureaus bureaus;

    @Inject
    Settings settings;

    /** Injected when the bean is made, so post-backs find their outcome before the forms decode. */
    @Param(name = "id")
    private Long id;

    private final FormOnce entryOnce = new FormOnce();
    private final FormOnce resultOnce = new FormOnce();
    private PolicyOutcome outcome;
    private OutcomeForm form;
    private EntryForm entry;
    private String resultTitle;
    private Integer resultProgress;
    private Integer resultWeight = 1;
    private List<ResultRow> results;

    /** A sub-result as its row of the form edits it. */
    public static class ResultRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private String title;
        private Integer progress;
        private Integer weight;

        ResultRow(SubResult result) {
            id = result.getId();
            title = result.getTitle();
            progress = result.getProgress();
            weight = result.getWeight();
        }

        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Integer getProgress() {
            return progress;
        }

        public void setProgress(Integer progress) {
            this.progress = progress;
        }

        public Integer getWeight() {
            return weight;
        }

        public void setWeight(Integer weight) {
            this.weight = weight;
        }
    }

    @PostConstruct
    void init() {
        form = new OutcomeForm();
        entry = new EntryForm();
    }

    /** f:viewAction on the first request: 404 for an unknown outcome, 403 for another bureau's. */
    public void load() throws IOException {
        if (Faces.isPostback()) {
            return;
        }
        if (id == null) {
            Faces.responseSendError(404, "no such outcome");
            return;
        }
        try {
            reload();
        } catch (RuleViolation violation) {
            Faces.responseSendError("notFound".equals(violation.messageKey()) ? 404 : 403, "outcome " + id);
        }
    }

    private void reload() {
        outcome = administration.find(id);
        form = new OutcomeForm();
        form.setStatus(outcome.getStatus());
        form.setSummary(outcome.getSummary());
        form.setBureauId(outcome.getBureau().getId());
        form.setProgress(outcome.getProgress());
        entry = new EntryForm();
        entry.setDate(LocalDate.now(settings.organisationClock()));
        results = new ArrayList<>(
                outcome.getResults().stream().map(ResultRow::new).toList());
        resultTitle = null;
        resultProgress = null;
        resultWeight = 1;
    }

    public void save() {
        try {
            administration.revise(id(), form);
            FacesMessages.info("admin.outcomes.saved");
            reload();
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "outcomeForm");
        }
    }

    public void addEntry() {
        if (!entryOnce.take()) {
            FacesMessages.info("common.alreadySaved");
            return;
        }
        try {
            administration.addEntry(id(), entry);
            FacesMessages.info("admin.outcomes.entry.added");
            reload();
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "entryForm");
        }
    }

    public void removeEntry(long entryId) {
        try {
            administration.removeEntry(id(), entryId);
            FacesMessages.info("admin.outcomes.entry.removed");
            reload();
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "timelineForm");
        }
    }

    public void addResult() {
        if (!resultOnce.take()) {
            FacesMessages.info("common.alreadySaved");
            return;
        }
        try {
            administration.addResult(id(), resultTitle, resultProgress, resultWeight);
            FacesMessages.info("admin.outcomes.result.saved");
            reload();
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "resultForm");
        }
    }

    public void changeResult(ResultRow row) {
        try {
            administration.changeResult(id(), row.getId(), row.getTitle(), row.getProgress(), row.getWeight());
            FacesMessages.info("admin.outcomes.result.saved");
            reload();
        } catch (RuleViolation violation) {
            if (violation.field() == null || !FacesMessages.showBesidePressed(violation, violation.field())) {
                FacesMessages.show(violation, "resultsForm");
            }
        }
    }

    public void removeResult(long resultId) {
        try {
            administration.removeResult(id(), resultId);
            FacesMessages.info("admin.outcomes.result.saved");
            reload();
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "resultsForm");
        }
    }

    private long id() {
        if (id == null) {
            throw RuleViolation.of("notFound");
        }
        return id;
    }

    public Long getId() {
        return id;
    }

    /** The view parameter, for the first request (the same value OmniFaces injected). */
    public void setId(Long id) {
        this.id = id;
    }

    public PolicyOutcome getOutcome() {
        return outcome;
    }

    public List<TimelineEntry> getTimeline() {
        return outcome == null ? List.of() : outcome.getEntries();
    }

    public List<ResultRow> getResults() {
        return results;
    }

    public List<Bureau> getBureaus() {
        return bureaus.active();
    }

    /** The statuses the form offers: the present one and those it may move to. */
    public List<OutcomeStatus> getStatuses() {
        List<OutcomeStatus> statuses = new ArrayList<>();
        if (outcome != null) {
            statuses.add(outcome.getStatus());
            statuses.addAll(outcome.getStatus().next());
        }
        return statuses;
    }

    public OutcomeForm getForm() {
        return form;
    }

    public EntryForm getEntry() {
        return entry;
    }

    public FormOnce getEntryOnce() {
        return entryOnce;
    }

    public FormOnce getResultOnce() {
        return resultOnce;
    }

    public String getResultTitle() {
        return resultTitle;
    }

    public void setResultTitle(String resultTitle) {
        this.resultTitle = resultTitle;
    }

    public Integer getResultProgress() {
        return resultProgress;
    }

    public void setResultProgress(Integer resultProgress) {
        this.resultProgress = resultProgress;
    }

    public Integer getResultWeight() {
        return resultWeight;
    }

    public void setResultWeight(Integer resultWeight) {
        this.resultWeight = resultWeight;
    }

    public int getSummaryMax() {
        return PolicyOutcome.SUMMARY_MAX;
    }

    public int getEntryMax() {
        return TimelineEntry.BODY_MAX;
    }
}
