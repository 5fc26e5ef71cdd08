package org.policyforum.web.admin.moderation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.policyforum.moderation.boundary.ReportReasons;
import org.policyforum.moderation.entity.ReportReason;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;

/**
 * Operators' report reasons: the list with its labels edited in place, moved up and down, deactivated or used again,
 * deleted while no report has them; a form to add one. Every change goes through {@link ReportReasons}.
 */
@Named
@ViewScoped
public class ReportReasonsAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportReasons reasons;

    /** A reason's code, labels and text rule as a form edits them: the add form's, and each row's (below). */
    public static class Reason implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String labelKo;
        private String labelEn;
        private boolean needsText;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getLabelKo() {
            return labelKo;
        }

        public void setLabelKo(String labelKo) {
            this.labelKo = labelKo;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn;
        }

        public boolean isNeedsText() {
            return needsText;
        }

        public void setNeedsText(boolean needsText) {
            this.needsText = needsText;
        }
    }

    /** A stored reason as its row edits it in place; its code is shown, never changed. */
    public static class Row extends Reason {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final boolean active;

        Row(ReportReason reason) {
            this.id = reason.getId();
            this.active = reason.isActive();
            setCode(reason.getCode());
            setLabelKo(reason.getLabelKo());
            setLabelEn(reason.getLabelEn());
            setNeedsText(reason.needsText());
        }

        public long getId() {
            return id;
        }

        public boolean isActive() {
            return active;
        }
    }

    private List<Row> rows;
    private Reason adding = new Reason();

    @PostConstruct
    void load() {
        rows = reasons.all().stream().map(Row::new).toList();
    }

    public void save(Row row) {
        try {
            reasons.relabel(row.id, row.getLabelKo(), row.getLabelEn(), row.isNeedsText());
            FacesMessages.info("admin.reportReasons.saved");
            load();
        } catch (RuleViolation violation) {
            if (violation.field() == null || !FacesMessages.showBesidePressed(violation, violation.field())) {
                FacesMessages.show(violation, null);
            }
        }
    }

    public void move(Row row, boolean up) {
        act(() -> reasons.move(row.id, up), null);
    }

    public void activate(Row row, boolean active) {
        act(() -> reasons.activate(row.id, active), null);
    }

    public void remove(Row row) {
        act(() -> reasons.remove(row.id), "admin.reportReasons.removed");
    }

    private void act(Runnable change, String doneKey) {
        try {
            change.run();
            if (doneKey != null) {
                FacesMessages.info(doneKey);
            }
            load();
        } catch (RuleViolation violation) {
            FacesMessages.show(new RuleViolation(null, violation.messageKey(), violation.arguments()), null);
        }
    }

    public void add() {
        try {
            reasons.add(adding.getCode(), adding.getLabelKo(), adding.getLabelEn(), adding.isNeedsText());
            adding = new Reason();
            FacesMessages.info("admin.reportReasons.added");
            load();
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "add");
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    /** The add form's reason. */
    public Reason getAdding() {
        return adding;
    }
}
