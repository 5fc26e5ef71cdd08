package org.policyforum.topic.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Bureau;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.moderation.control.Screening;
import org.policyforum.moderation.entity.ReportTarget;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.PublicText;
import org.policyforum.platform.control.RateLimit;
import org.policyforum.platform.control.RateLimits;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.TopicSuggestion;

/** The suggestion box from which each month's topic is chosen. */
@Stateless
public class Suggestions {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Settings settings;

    @Inject
    PublicText publicText;

    @Inject
    Audit audit;

    @Inject
    RateLimits rateLimits;

    @Inject
    Screening screening;

    public record SuggestionView(
            long id,
            Forum forum,
            String title,
            String why,
            String authorName,
            String bureauName,
            TopicSuggestion.Status status,
            String decisionReason,
            long supports,
            boolean supportedByMe,
            boolean mine,
            Instant createdAt,
            boolean hidden,
            String hiddenReason) {}

    @RolesAllowed({Roles.CITIZEN, Roles.EXPERT, Roles.OFFICIAL})
    public TopicSuggestion submit(Forum forum, String title, String why, Long bureauId) {
        Member me = caller.writer();
        String heading = publicText.required("title", title, 200, "suggestion.title");
        String reasons = publicText.required("why", why, 3000, "suggestion.why");
        Bureau bureau = me.hasRole(Role.OFFICIAL) && bureauId == null
                ? me.getBureau()
                : bureauId == null ? null : em.find(Bureau.class, bureauId);
        if (bureauId != null && (bureau == null || !bureau.isActive())) {
            throw new RuleViolation("bureau", "admin.bureau.unknown");
        }
        rateLimits.acquire(RateLimit.TOPIC_SUGGESTIONS_PER_MEMBER, me.getId(), "title");
        TopicSuggestion suggestion =
                new TopicSuggestion(me, forum == null ? Forum.MAIN : forum, heading, reasons, bureau, clock.instant());
        em.persist(suggestion);
        em.flush();
        // banned words or a contact detail: stored, but held for a moderator instead of shown in the box
        screening.hold(ReportTarget.TOPIC_SUGGESTION, suggestion.getId(), heading + "\n" + reasons);
        return suggestion;
    }

    /** Open suggestions (submitted or shortlisted) that moderation does not hide, most supported first. */
    @PermitAll
    public List<SuggestionView> box(int first, int size) {
        List<TopicSuggestion> open = em.createQuery(
                        "SELECT s FROM TopicSuggestion s WHERE s.status IN :open AND s.hidden = FALSE"
                                + " ORDER BY s.createdAt DESC",
                        TopicSuggestion.class)
                .setParameter("open", List.of(TopicSuggestion.Status.SUBMITTED, TopicSuggestion.Status.SHORTLISTED))
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 200))
                .getResultList();
        List<SuggestionView> views = views(open);
        return views.stream()
                .sorted((a, b) -> Long.compare(b.supports(), a.supports()))
                .toList();
    }

    /** The caller's own suggestions in every state, with the reason for any decline. */
    @RolesAllowed(Roles.MEMBER)
    public List<SuggestionView> mine() {
        return views(em.createQuery(
                        "SELECT s FROM TopicSuggestion s WHERE s.author = :me ORDER BY s.createdAt DESC",
                        TopicSuggestion.class)
                .setParameter("me", caller.required())
                .getResultList());
    }

    /** Everything, for operators deciding. */
    @RolesAllowed(Roles.OPERATOR)
    public List<SuggestionView> all(int first, int size) {
        return views(em.createQuery("SELECT s FROM TopicSuggestion s ORDER BY s.createdAt DESC", TopicSuggestion.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 200))
                .getResultList());
    }

    /** One support per member per suggestion, enforced by the primary key; not for one's own suggestion. */
    @RolesAllowed(Roles.CITIZEN)
    public void support(long suggestionId) {
        Member me = caller.writer();
        TopicSuggestion suggestion = em.find(TopicSuggestion.class, suggestionId);
        if (suggestion == null || !suggestion.getStatus().isOpen() || suggestion.isHidden()) {
            throw RuleViolation.of("notFound");
        }
        if (suggestion.getAuthor().getId().equals(me.getId())) {
            throw RuleViolation.of("suggestion.support.own");
        }
        try {
            em.createNativeQuery(
                            "INSERT INTO suggestion_support (suggestion_id, member_id, created_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, suggestionId)
                    .setParameter(2, me.getId())
                    .setParameter(3, Timestamp.from(clock.instant()))
                    .executeUpdate();
        } catch (PersistenceException e) {
            throw RuleViolation.of("suggestion.support.duplicate");
        }
    }

    @RolesAllowed(Roles.OPERATOR)
    public void shortlist(long id) {
        decide(id, "suggestion.shortlist", s -> s.shortlist(clock.instant()), "");
    }

    @RolesAllowed(Roles.OPERATOR)
    public void select(long id) {
        decide(id, "suggestion.select", s -> s.select(clock.instant()), "");
    }

    @RolesAllowed(Roles.OPERATOR)
    public void decline(long id, String reason) {
        String why = Text.required("reason", reason, 1000, "decision.reason");
        decide(id, "suggestion.decline", s -> s.decline(why, clock.instant()), why);
    }

    private void decide(long id, String action, Consumer<TopicSuggestion> decision, String detail) {
        TopicSuggestion suggestion = em.find(TopicSuggestion.class, id);
        if (suggestion == null) {
            throw RuleViolation.of("notFound");
        }
        try {
            decision.accept(suggestion);
        } catch (IllegalStateException e) {
            throw RuleViolation.of("suggestion.alreadyDecided");
        }
        audit.record(action, "suggestion:" + id, suggestion.getTitle() + (detail.isEmpty() ? "" : " — " + detail));
    }

    private List<SuggestionView> views(List<TopicSuggestion> suggestions) {
        if (suggestions.isEmpty()) {
            return List.of();
        }
        List<Long> ids = suggestions.stream().map(TopicSuggestion::getId).toList();
        Map<Long, Long> supports = new HashMap<>();
        // ids are numbers from the database, not from a request
        List<?> rows = em.createNativeQuery(
                        "SELECT suggestion_id, COUNT(*) FROM suggestion_support WHERE suggestion_id IN ("
                                + String.join(
                                        ",", ids.stream().map(String::valueOf).toList()) + ") GROUP BY suggestion_id")
                .getResultList();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            supports.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        Optional<Member> me = caller.member();
        Set<Long> mySupports = new HashSet<>();
        me.ifPresent(m -> em.createNativeQuery("SELECT suggestion_id FROM suggestion_support WHERE member_id = ?1")
                .setParameter(1, m.getId())
                .getResultList()
                .forEach(r -> mySupports.add(((Number) r).longValue())));
        boolean mask = settings.current().isMaskNames();
        return suggestions.stream()
                .map(s -> new SuggestionView(
                        s.getId(),
                        s.getForum(),
                        s.getTitle(),
                        s.getWhy(),
                        s.getAuthor().displayName(mask),
                        s.getBureau() == null ? null : s.getBureau().getNameKo(),
                        s.getStatus(),
                        s.getDecisionReason(),
                        supports.getOrDefault(s.getId(), 0L),
                        mySupports.contains(s.getId()),
                        me.map(m -> m.getId().equals(s.getAuthor().getId())).orElse(false),
                        s.getCreatedAt(),
                        s.isHidden(),
                        s.getHiddenReason()))
                .toList();
    }
}
