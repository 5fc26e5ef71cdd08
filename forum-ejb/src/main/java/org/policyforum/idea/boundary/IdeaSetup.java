package org.policyforum.idea.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.policyforum.idea.control.TierThresholds;
import org.policyforum.idea.entity.IdeaCategory;
import org.policyforum.idea.entity.SupportTier;
import org.policyforum.member.entity.Bureau;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/**
 * The idea space's organisation data: categories, and the threshold tiers with what each obliges. Operators only;
 * every change audited. A tier list is saved whole, and only when its supports rise strictly from tier to tier.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class IdeaSetup {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Audit audit;

    @Inject
    TierThresholds thresholds;

    public List<IdeaCategory> categories() {
        return em.createQuery("SELECT c FROM IdeaCategory c ORDER BY c.sortOrder, c.id", IdeaCategory.class)
                .getResultList();
    }

    public IdeaCategory addCategory(String nameKo, String nameEn) {
        String ko = Text.name("nameKo", nameKo, 1, 100, "idea.category.name.required", "idea.category.name.tooLong");
        String en = Text.optional("nameEn", nameEn, 100, "idea.category.name");
        int last =
                categories().stream().mapToInt(IdeaCategory::getSortOrder).max().orElse(0);
        IdeaCategory category = new IdeaCategory(ko, en, last + 1);
        em.persist(category);
        audit.record("idea.category.add", "idea-category", ko);
        return category;
    }

    public void renameCategory(long id, String nameKo, String nameEn) {
        String ko = Text.name("nameKo", nameKo, 1, 100, "idea.category.name.required", "idea.category.name.tooLong");
        String en = Text.optional("nameEn", nameEn, 100, "idea.category.name");
        category(id).rename(ko, en);
        audit.record("idea.category.rename", "idea-category:" + id, ko);
    }

    /** Retired categories stay on the ideas that have them; new ideas cannot choose them. */
    public void retireCategory(long id, boolean retired) {
        IdeaCategory category = category(id);
        if (retired) {
            category.retire();
        } else {
            category.restore();
        }
        audit.record("idea.category." + (retired ? "retire" : "restore"), "idea-category:" + id, category.getNameKo());
    }

    public List<SupportTier.Plan> tiers() {
        return em.createNamedQuery(SupportTier.ALL, SupportTier.class)
                .getResultStream()
                .map(SupportTier::plan)
                .toList();
    }

    /**
     * Replaces the tier list: rows with an id change that tier, rows without are new, tiers left out are removed —
     * unless an idea already owes something for them (then the save is refused, nothing changes).
     */
    public void saveTiers(List<SupportTier.Plan> plans) {
        String wrong = SupportTier.checkPlan(plans);
        if (wrong != null) {
            throw new RuleViolation("tiers", wrong);
        }
        // the supports' memory of the lowest tier (also if this save is refused below: it is read again)
        thresholds.changed();
        Map<Long, SupportTier> existing = new HashMap<>();
        em.createNamedQuery(SupportTier.ALL, SupportTier.class)
                .getResultList()
                .forEach(t -> existing.put(t.getId(), t));
        Set<Long> kept = plans.stream()
                .map(SupportTier.Plan::id)
                .filter(id -> id != null)
                .collect(Collectors.toSet());
        for (SupportTier gone : existing.values()) {
            if (!kept.contains(gone.getId())) {
                long owed = em.createQuery("SELECT COUNT(o) FROM AnswerObligation o WHERE o.tierId = :tier", Long.class)
                        .setParameter("tier", gone.getId())
                        .getSingleResult();
                if (owed > 0) {
                    throw new RuleViolation("tiers", "idea.tiers.inUse", gone.getSupports());
                }
                em.remove(gone);
            }
        }
        // the unique key on supports holds after every statement: removed rows go first; a tier that moves onto
        // another's former number (50, 100 -> 100, 150) would collide row by row, so the moving ones first step
        // aside to their negative number in one statement, then take their new numbers
        em.flush();
        List<Long> moving = plans.stream()
                .filter(p -> p.id() != null && existing.containsKey(p.id()))
                .filter(p -> existing.get(p.id()).getSupports() != p.supports())
                .map(SupportTier.Plan::id)
                .toList();
        if (!moving.isEmpty()) {
            em.createQuery("UPDATE SupportTier t SET t.supports = -t.supports WHERE t.id IN :ids")
                    .setParameter("ids", moving)
                    .executeUpdate();
            // the bulk update also moved their versions: read them again before they change
            moving.forEach(id -> em.refresh(existing.get(id)));
        }
        for (SupportTier.Plan plan : plans) {
            Bureau bureau = plan.answeringBureauId() == null ? null : em.find(Bureau.class, plan.answeringBureauId());
            if (plan.answeringBureauId() != null && bureau == null) {
                throw new RuleViolation("tiers", "admin.bureau.unknown");
            }
            if (plan.id() == null) {
                em.persist(new SupportTier(plan, bureau));
            } else if (existing.containsKey(plan.id())) {
                existing.get(plan.id()).change(plan, bureau);
            } else {
                throw new RuleViolation("tiers", "notFound");
            }
        }
        audit.record(
                "idea.tiers",
                "support-tiers",
                plans.stream()
                        .map(p ->
                                p.supports() + ":" + p.obliges() + (p.answerDays() == null ? "" : "/" + p.answerDays()))
                        .collect(Collectors.joining(", ")));
    }

    private IdeaCategory category(long id) {
        IdeaCategory category = em.find(IdeaCategory.class, id);
        if (category == null) {
            throw RuleViolation.of("notFound");
        }
        return category;
    }
}
