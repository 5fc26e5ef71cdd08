package org.policyforum.web.admin.idea;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.policyforum.idea.boundary.IdeaTriage;
import org.policyforum.idea.boundary.IdeaViews;
import org.policyforum.idea.boundary.IdeaViews.Row;
import org.policyforum.idea.boundary.IdeaViews.TriageQueue;
import org.policyforum.idea.boundary.Ideas;
import org.policyforum.idea.entity.IdeaCategory;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.entity.Bureau;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.PagedList;
import org.primefaces.model.LazyDataModel;

/**
 * Triage: the queue (new, unassigned, every open idea), and for the idea chosen from it its owner and category, a
 * move under review or a decline with the public reason, a merge into the idea it repeats (similar ideas are offered),
 * or an offer as a monthly topic.
 */
@Named
@ViewScoped
public class IdeaTriagePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IdeaTriage triage;

    @Inject
    Ideas ideas;

    @Inject
    Bureaus bureaus;

    private TriageQueue queue = TriageQueue.NEW;
    private Long chosenId;
    private Long bureauId;
    private Long categoryId;
    private String reason;
    private Long mergeIntoId;

    private final LazyDataModel<Row> rows =
            PagedList.of(() -> triage.count(queue), (first, size) -> triage.queue(queue, first, size));

    public void choose(long id) {
        chosenId = id;
        reason = null;
        mergeIntoId = null;
        IdeaViews.Detail detail = getChosen();
        bureauId = detail == null ? null : detail.bureauId();
        categoryId = detail == null ? null : detail.categoryId();
    }

    public void assign() {
        attempt(() -> triage.assign(chosenId, bureauId, categoryId), "admin.ideas.assigned");
    }

    public void review() {
        attempt(() -> triage.review(chosenId, reason), "admin.ideas.reviewed");
    }

    public void decline() {
        attempt(() -> triage.decline(chosenId, reason), "admin.ideas.declined");
    }

    public void merge() {
        if (mergeIntoId == null) {
            FacesMessages.show(new RuleViolation("into", "admin.ideas.mergeInto.required"), "triage");
            return;
        }
        attempt(() -> triage.merge(chosenId, mergeIntoId, reason), "admin.ideas.merged");
    }

    public void offerAsTopic() {
        attempt(() -> triage.offerAsTopic(chosenId), "admin.ideas.offered");
    }

    private void attempt(Runnable action, String done) {
        if (chosenId == null) {
            return;
        }
        try {
            action.run();
            reason = null;
            FacesMessages.info(done);
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "triage");
        }
    }

    public IdeaViews.Detail getChosen() {
        return chosenId == null ? null : ideas.view(chosenId).orElse(null);
    }

    /** Ideas the chosen one may repeat: where a merge would go. */
    public List<Row> getSimilar() {
        IdeaViews.Detail chosen = getChosen();
        return chosen == null || chosen.title() == null
                ? List.of()
                : ideas.similar(chosen.title()).stream()
                        .filter(r -> r.id() != chosen.id())
                        .toList();
    }

    public LazyDataModel<Row> getRows() {
        return rows;
    }

    public TriageQueue[] getQueues() {
        return TriageQueue.values();
    }

    public List<Bureau> getBureaus() {
        return bureaus.active();
    }

    public List<IdeaCategory> getCategories() {
        return ideas.categories();
    }

    public TriageQueue getQueue() {
        return queue;
    }

    public void setQueue(TriageQueue queue) {
        this.queue = queue == null ? TriageQueue.NEW : queue;
    }

    public Long getChosenId() {
        return chosenId;
    }

    public Long getBureauId() {
        return bureauId;
    }

    public void setBureauId(Long bureauId) {
        this.bureauId = bureauId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getMergeIntoId() {
        return mergeIntoId;
    }

    public void setMergeIntoId(Long mergeIntoId) {
        this.mergeIntoId = mergeIntoId;
    }
}
