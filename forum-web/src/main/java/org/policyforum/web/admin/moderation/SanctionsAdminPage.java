package org.policyforum.web.admin.moderation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policyforum.moderation.boundary.SanctionView;
import org.policyforum.moderation.boundary.Sanctions;
import org.policyforum.moderation.entity.SanctionKind;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;

/**
 * The moderators' sanctions console: find a member (by id or name, or arrive with {@code ?member=} from a reported
 * item's author), place a warning, suspension or block with a reason, lift one early with a reason, read appeals.
 */
@Named
@ViewScoped
public class SanctionsAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Sanctions sanctions;

    private String words;
    private String memberParam;
    private List<Sanctions.Found> found = List.of();
    private Sanctions.Found selected;
    private SanctionKind kind = SanctionKind.WARNING;
    private Integer days = 7;
    private String reason;
    private final Map<Long, String> liftReasons = new HashMap<>();
    private transient List<SanctionView> history;
    private transient List<SanctionView> appeals;

    /** The {@code member} parameter of the address: digits select that member; anything else selects nobody. */
    public void open() {
        if (memberParam != null && memberParam.matches("\\d{1,18}")) {
            select(Long.parseLong(memberParam));
        }
    }

    public void search() {
        found = sanctions.find(words);
        if (found.isEmpty()) {
            FacesMessages.info("admin.sanctions.noneFound");
        }
    }

    public void select(long memberId) {
        selected = sanctions.find(Long.toString(memberId)).stream().findFirst().orElse(null);
        history = null;
        if (selected == null) {
            FacesMessages.info("admin.sanctions.noneFound");
        }
    }

    public void place() {
        if (selected == null) {
            FacesMessages.show(RuleViolation.of("notFound"), null);
            return;
        }
        try {
            sanctions.place(selected.id(), kind, kind == SanctionKind.SUSPENSION ? days : null, reason);
            reason = null;
            history = null;
            FacesMessages.info("admin.sanctions.placed." + kind);
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "place");
        }
    }

    public void lift(long sanctionId) {
        try {
            sanctions.lift(sanctionId, liftReasons.get(sanctionId));
            liftReasons.remove(sanctionId);
            history = null;
            appeals = null;
            FacesMessages.info("admin.sanctions.lifted");
        } catch (RuleViolation violation) {
            if (!FacesMessages.showBesidePressed(violation, "liftReason")) {
                FacesMessages.show(violation, null);
            }
        }
    }

    public List<SanctionView> getHistory() {
        if (history == null) {
            history = selected == null ? List.of() : sanctions.of(selected.id());
        }
        return history;
    }

    public List<SanctionView> getAppeals() {
        if (appeals == null) {
            appeals = sanctions.appeals();
        }
        return appeals;
    }

    public SanctionKind[] getKinds() {
        return SanctionKind.values();
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public String getMemberParam() {
        return memberParam;
    }

    public void setMemberParam(String memberParam) {
        this.memberParam = memberParam;
    }

    public List<Sanctions.Found> getFound() {
        return found;
    }

    public Sanctions.Found getSelected() {
        return selected;
    }

    public SanctionKind getKind() {
        return kind;
    }

    public void setKind(SanctionKind kind) {
        this.kind = kind;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Map<Long, String> getLiftReasons() {
        return liftReasons;
    }
}
