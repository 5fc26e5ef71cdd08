package org.policyforum.idea.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import org.eclipse.persistence.annotations.Cache;
import org.policyforum.member.entity.Bureau;
import org.policyforum.platform.entity.SharedCache;

/**
 * A threshold: when an idea's supports reach {@link #getSupports()}, the city owes what {@link #getObliges()} says,
 * within {@link #getAnswerDays()} days. Organisation data, as Seoul's own idea space has changed its thresholds.
 */
@Entity
@Cacheable
// changed in the console: another node of a cluster sees the change within 2 s
@Cache(expiry = SharedCache.EDITED_MILLIS)
@Table(name = "support_tier")
@NamedQuery(name = SupportTier.ALL, query = "SELECT t FROM SupportTier t ORDER BY t.supports")
public class SupportTier {

    public static final String ALL = "SupportTier.all";
    public static final int MOST_SUPPORTS = 10_000_000;
    public static final int MOST_DAYS = 365;

    /** One row of a tier list as the console edits it (id null for a new tier). */
    public record Plan(Long id, int supports, Obligation obliges, Integer answerDays, Long answeringBureauId) {}

    @Id
    @SequenceGenerator(name = "support_tier_seq", sequenceName = "support_tier_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_tier_seq")
    private Long id;

    private int supports;

    @Enumerated(EnumType.STRING)
    private Obligation obliges;

    @Column(name = "answer_days")
    private Integer answerDays;

    @ManyToOne
    @JoinColumn(name = "answering_bureau")
    private Bureau answeringBureau;

    @Version
    private long version;

    protected SupportTier() {}

    public SupportTier(Plan plan, Bureau answeringBureau) {
        change(plan, answeringBureau);
    }

    public final void change(Plan plan, Bureau bureau) {
        this.supports = plan.supports();
        this.obliges = plan.obliges();
        this.answerDays = plan.obliges().isAnswer() ? plan.answerDays() : null;
        this.answeringBureau = plan.obliges().isAnswer() ? bureau : null;
    }

    /**
     * The message key of what is wrong with a tier list, or null when it holds: at least one tier, supports strictly
     * increasing from 1 to {@link #MOST_SUPPORTS}, every answer tier with 1 to {@link #MOST_DAYS} days.
     */
    public static String checkPlan(List<Plan> plans) {
        if (plans == null || plans.isEmpty()) {
            return "idea.tiers.empty";
        }
        int previous = 0;
        for (Plan plan : plans) {
            if (plan == null || plan.obliges() == null) {
                return "idea.tiers.obligesRequired";
            }
            if (plan.supports() < 1 || plan.supports() > MOST_SUPPORTS) {
                return "idea.tiers.supportsRange";
            }
            if (plan.supports() <= previous) {
                return "idea.tiers.notIncreasing";
            }
            if (plan.obliges().isAnswer()
                    && (plan.answerDays() == null || plan.answerDays() < 1 || plan.answerDays() > MOST_DAYS)) {
                return "idea.tiers.daysRange";
            }
            previous = plan.supports();
        }
        return null;
    }

    public Plan plan() {
        return new Plan(id, supports, obliges, answerDays, answeringBureau == null ? null : answeringBureau.getId());
    }

    public Long getId() {
        return id;
    }

    public int getSupports() {
        return supports;
    }

    public Obligation getObliges() {
        return obliges;
    }

    public Integer getAnswerDays() {
        return answerDays;
    }

    /** Who answers: a named bureau (e.g. the mayor's office), or null for the idea's owning bureau. */
    public Bureau getAnsweringBureau() {
        return answeringBureau;
    }
}
