package org.policyforum.idea.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.policyforum.idea.boundary.IdeaViews.Detail;
import org.policyforum.idea.boundary.IdeaViews.Page;
import org.policyforum.idea.boundary.IdeaViews.Query;
import org.policyforum.idea.boundary.IdeaViews.Row;
import org.policyforum.idea.control.IdeaReadModel;
import org.policyforum.idea.entity.Idea;
import org.policyforum.idea.entity.IdeaCategory;
import org.policyforum.idea.entity.IdeaFollow;
import org.policyforum.idea.entity.IdeaMark;
import org.policyforum.idea.entity.IdeaState;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.District;
import org.policyforum.member.entity.Member;
import org.policyforum.moderation.control.Screening;
import org.policyforum.moderation.entity.ReportTarget;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.PublicText;
import org.policyforum.platform.control.RateLimit;
import org.policyforum.platform.control.RateLimits;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/**
 * The idea space as citizens use it: the public list and each idea's page, the similar ideas shown before a new one
 * is saved, and the author's own moves (propose, reword while nobody supports it, withdraw) and following.
 */
@Stateless
public class Ideas {

    public static final int PAGE_SIZE = 20;
    static final int MOST_SIMILAR = 5;

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Settings settings;

    @Inject
    RateLimits rateLimits;

    @Inject
    PublicText publicText;

    @Inject
    IdeaReadModel reads;

    @Inject
    Screening screening;

    /** What a new idea is made of; the district is optional. */
    public record Proposal(String title, String body, Long categoryId, String districtCode) {}

    /** One page of the public list (page 0 first); withdrawn and merged ideas are left out unless asked for. */
    @PermitAll
    public Page list(Query query, int page) {
        return reads.page(query == null ? Query.all() : query, Math.max(0, Math.min(page, 10_000)), PAGE_SIZE);
    }

    /** Up to five live ideas whose titles share words with {@code title}, most supported first. */
    @PermitAll
    public List<Row> similar(String title) {
        String words = Text.searchWords(title, Idea.TITLE_MAX);
        return words == null ? List.of() : reads.similar(words, MOST_SIMILAR);
    }

    @PermitAll
    public Optional<Detail> view(long id) {
        return reads.detail(
                id, caller.member().filter(Member::isActive), settings.current().isMaskNames());
    }

    /** Active categories in their order: what a new idea may choose from. */
    @PermitAll
    public List<IdeaCategory> categories() {
        return em.createQuery(
                        "SELECT c FROM IdeaCategory c WHERE c.active = TRUE ORDER BY c.sortOrder, c.id",
                        IdeaCategory.class)
                .getResultList();
    }

    /**
     * A verified member proposes an idea; it is public at once and supportable for the window the city set, unless
     * screening holds it for a moderator (its page then tells its author so).
     */
    @RolesAllowed(Roles.CITIZEN)
    public long propose(Proposal proposal) {
        Member me = caller.writer();
        String title = publicText.required("title", proposal.title(), Idea.TITLE_MAX, "idea.title");
        String body = publicText.required("body", proposal.body(), Idea.BODY_MAX, "idea.body");
        IdeaCategory category = activeCategory(proposal.categoryId());
        District district =
                proposal.districtCode() == null || proposal.districtCode().isBlank()
                        ? null
                        : Optional.ofNullable(em.find(District.class, proposal.districtCode()))
                                .orElseThrow(() -> new RuleViolation("district", "idea.district.unknown"));
        rateLimits.acquire(RateLimit.IDEAS_PER_MEMBER, me.getId(), "title");
        Idea idea = new Idea(
                me,
                title,
                body,
                category,
                district,
                clock.instant(),
                Duration.ofDays(settings.current().getIdeaSupportDays()));
        em.persist(idea);
        em.flush();
        em.persist(idea.submitted().of(idea));
        // banned words or a contact detail: stored, but held for a moderator instead of published
        screening.hold(ReportTarget.IDEA, idea.getId(), title + "\n" + body);
        return idea.getId();
    }

    /** The author rewords the idea while it is submitted and nobody supports it; the earlier words are kept. */
    @RolesAllowed(Roles.CITIZEN)
    public void edit(long id, String title, String body) {
        String newTitle = publicText.required("title", title, Idea.TITLE_MAX, "idea.title");
        String newBody = publicText.required("body", body, Idea.BODY_MAX, "idea.body");
        Idea idea = ownIdea(id, caller.writer().getId());
        if (idea.isHidden()) {
            throw RuleViolation.of("idea.hidden.noEdit");
        }
        if (!idea.isEditable()) {
            throw RuleViolation.of("idea.edit.notNow");
        }
        em.persist(idea.edit(newTitle, newBody, clock.instant()));
        screening.hold(ReportTarget.IDEA, id, newTitle + "\n" + newBody);
    }

    /** The author withdraws an idea that is not decided yet; its page stays as a placeholder. */
    @RolesAllowed(Roles.CITIZEN)
    public void withdraw(long id) {
        Idea idea = ownIdea(id, caller.required().getId());
        if (!idea.getState().mayMoveTo(IdeaState.WITHDRAWN)) {
            throw RuleViolation.of("idea.withdraw.notNow");
        }
        em.persist(idea.moveTo(IdeaState.WITHDRAWN, null, "idea.reason.withdrawn", clock.instant()));
    }

    /** Follows an idea: its answer comes by mail, and its news in the daily digest. Following twice is once. */
    @RolesAllowed(Roles.MEMBER)
    public void follow(long id) {
        Member me = caller.writer();
        if (em.find(Idea.class, id) == null) {
            throw RuleViolation.of("notFound");
        }
        if (em.find(IdeaFollow.class, new IdeaMark.Key(id, me.getId())) != null) {
            return;
        }
        try {
            em.persist(new IdeaFollow(id, me.getId(), clock.instant()));
            em.flush();
        } catch (PersistenceException e) {
            throw RuleViolation.of("idea.follow.duplicate");
        }
    }

    @RolesAllowed(Roles.MEMBER)
    public void unfollow(long id) {
        Member me = caller.required();
        Optional.ofNullable(em.find(IdeaFollow.class, new IdeaMark.Key(id, me.getId())))
                .ifPresent(em::remove);
    }

    /** The ideas that became these topic suggestions, by suggestion id: the link shows both ways. */
    @PermitAll
    public java.util.Map<Long, Long> ideasOfSuggestions(List<Long> suggestionIds) {
        if (suggestionIds == null || suggestionIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, Long> ideasBySuggestion = new java.util.HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT i.suggestionId, i.id FROM Idea i WHERE i.suggestionId IN :ids", Object[].class)
                .setParameter("ids", suggestionIds)
                .getResultList()) {
            ideasBySuggestion.put((Long) row[0], (Long) row[1]);
        }
        return ideasBySuggestion;
    }

    /** "What became of my voice": the ideas the caller proposed or supported, with their latest news. */
    @RolesAllowed(Roles.MEMBER)
    public List<IdeaViews.MyIdea> mine() {
        return reads.mine(caller.required().getId());
    }

    private Idea ownIdea(long id, long me) {
        Idea idea = em.find(Idea.class, id, LockModeType.PESSIMISTIC_WRITE);
        // someone else's idea answers as a missing one: a crafted post learns nothing
        if (idea == null || !idea.isAuthor(me)) {
            throw RuleViolation.of("notFound");
        }
        return idea;
    }

    private IdeaCategory activeCategory(Long id) {
        IdeaCategory category = id == null ? null : em.find(IdeaCategory.class, id);
        if (category == null || !category.isActive()) {
            throw new RuleViolation("category", "idea.category.required");
        }
        return category;
    }
}
