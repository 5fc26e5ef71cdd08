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

    /** A reason as its row edits it (fields, so the row's inputs can write them). */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String code;
        private final boolean active;
        private String labelKo;
        private String labelEn;
        private boolean needsText;

        Row(ReportReason reason) {
            this.id = reason.getId();
            this.code = reason.getCode();
            this.active = reason.isActive();
            this.labelKo = reason.getLabelKo();
            this.labelEn = reason.getLabelEn();
            this.needsText = reason.needsText();
        }

        public long getId() {
            return id;
        }

        public String getCode() {
            return code;
        }

        public boolean isActive() {
            return active;
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

    private List<Row> rows;
    private String code;
    private String labelKo;
    private String labelEn;
    private boolean needsText;

    @PostConstruct
    void load() {
        rows = reasons.all().stream().map(Row::new).toList();
    }

    public void save(Row row) {
        try {
            reasons.relabel(row.id, row.labelKo, row.labelEn, row.needsText);
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
            reasons.add(code, labelKo, labelEn, needsText);
            code = null;
            labelKo = null;
            labelEn = null;
            needsText = false;
            FacesMessages.info("admin.reportReasons.added");
            load();
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "add");
        }
    }

    public List<Row> getRows() {
        return rows;
    }

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
