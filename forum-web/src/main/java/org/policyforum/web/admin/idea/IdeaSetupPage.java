package org.policyforum.web.admin.idea;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.policyforum.idea.boundary.IdeaSetup;
import org.policyforum.idea.entity.IdeaCategory;
import org.policyforum.idea.entity.Obligation;
import org.policyforum.idea.entity.SupportTier;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.entity.Bureau;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;

/** Operators' idea data: categories, the threshold tiers (saved whole, strictly rising) and the idea rules. */
@Named
@ViewScoped
public class IdeaSetupPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IdeaSetup setup;

    @Inject
    Bureaus bureaus;

    @Inject
    Settings settings;

    /** A tier row as the form edits it (fields, so the table's inputs can write them). */
    public static class TierRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private Integer supports;
        private Obligation obliges = Obligation.BUREAU_ANSWER;
        private Integer answerDays = 14;
        private Long bureauId;

        public Long getId() {
            return id;
        }

        public Integer getSupports() {
            return supports;
        }

        public void setSupports(Integer supports) {
            this.supports = supports;
        }

        public Obligation getObliges() {
            return obliges;
        }

        public void setObliges(Obligation obliges) {
            this.obliges = obliges;
        }

        public Integer getAnswerDays() {
            return answerDays;
        }

        public void setAnswerDays(Integer answerDays) {
            this.answerDays = answerDays;
        }

        public Long getBureauId() {
            return bureauId;
        }

        public void setBureauId(Long bureauId) {
            this.bureauId = bureauId;
        }

        SupportTier.Plan plan() {
            return new SupportTier.Plan(id, supports == null ? 0 : supports, obliges, answerDays, bureauId);
        }
    }

    private List<TierRow> tiers;
    private String nameKo;
    private String nameEn;
    private int supportDays;
    private int reminderDays;

    @PostConstruct
    void load() {
        tiers = new ArrayList<>();
        for (SupportTier.Plan plan : setup.tiers()) {
            TierRow row = new TierRow();
            row.id = plan.id();
            row.supports = plan.supports();
            row.obliges = plan.obliges();
            row.answerDays = plan.answerDays();
            row.bureauId = plan.answeringBureauId();
            tiers.add(row);
        }
        supportDays = settings.current().getIdeaSupportDays();
        reminderDays = settings.current().getIdeaReminderDays();
    }

    public void addTier() {
        tiers.add(new TierRow());
    }

    public void removeTier(TierRow row) {
        tiers.remove(row);
    }

    public void saveTiers() {
        try {
            setup.saveTiers(tiers.stream().map(TierRow::plan).toList());
            FacesMessages.info("admin.ideas.tiersSaved");
            load();
        } catch (RuleViolation violation) {
            // the whole list is wrong, not one field: said above the form, where it is seen
            FacesMessages.show(new RuleViolation(null, violation.messageKey(), violation.arguments()), "tiers");
        }
    }

    public void addCategory() {
        try {
            setup.addCategory(nameKo, nameEn);
            nameKo = null;
            nameEn = null;
            FacesMessages.info("admin.ideas.categoryAdded");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "categories");
        }
    }

    public void retire(long categoryId, boolean retired) {
        try {
            setup.retireCategory(categoryId, retired);
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "categories");
        }
    }

    public void saveRules() {
        try {
            settings.changeIdeaRules(supportDays, reminderDays);
            FacesMessages.info("admin.ideas.rulesSaved");
        } catch (RuleViolation violation) {
            FacesMessages.show(
                    new RuleViolation("supportDays", violation.messageKey(), violation.arguments()), "rules");
        }
    }

    public List<IdeaCategory> getCategories() {
        return setup.categories();
    }

    public List<TierRow> getTiers() {
        return tiers;
    }

    public Obligation[] getObligations() {
        return Obligation.values();
    }

    public List<Bureau> getBureaus() {
        return bureaus.active();
    }

    public String getNameKo() {
        return nameKo;
    }

    public void setNameKo(String nameKo) {
        this.nameKo = nameKo;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public int getSupportDays() {
        return supportDays;
    }

    public void setSupportDays(int supportDays) {
        this.supportDays = supportDays;
    }

    public int getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(int reminderDays) {
        this.reminderDays = reminderDays;
    }
}
