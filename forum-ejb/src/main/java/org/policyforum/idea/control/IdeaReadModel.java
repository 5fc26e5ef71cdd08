package org.policyforum.idea.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policyforum.idea.boundary.IdeaViews;
import org.policyforum.idea.boundary.IdeaViews.Answer;
import org.policyforum.idea.boundary.IdeaViews.Detail;
import org.policyforum.idea.boundary.IdeaViews.Due;
import org.policyforum.idea.boundary.IdeaViews.Event;
import org.policyforum.idea.boundary.IdeaViews.MyIdea;
import org.policyforum.idea.boundary.IdeaViews.Name;
import org.policyforum.idea.boundary.IdeaViews.Page;
import org.policyforum.idea.boundary.IdeaViews.Query;
import org.policyforum.idea.boundary.IdeaViews.Row;
import org.policyforum.idea.boundary.IdeaViews.Viewer;
import org.policyforum.idea.entity.AnswerObligation;
import org.policyforum.idea.entity.Idea;
import org.policyforum.idea.entity.IdeaAnswer;
import org.policyforum.idea.entity.IdeaEvent;
import org.policyforum.idea.entity.IdeaFollow;
import org.policyforum.idea.entity.IdeaMark;
import org.policyforum.idea.entity.IdeaState;
import org.policyforum.idea.entity.IdeaSupport;
import org.policyforum.member.entity.Bureau;
import org.policyforum.member.entity.Member;

/**
 * The idea space's reads: a page of the list in two statements (the rows, then which of them are overdue or
 * answered), an idea's page, the similar ideas and a member's own. Kept apart from the rules so that the list can be
 * tuned without touching them.
 */
@Dependent
public class IdeaReadModel {

    /** Left out of the list unless asked for by state: they are placeholders, not live ideas. */
    private static final Set<IdeaState> HIDDEN = Set.of(IdeaState.WITHDRAWN, IdeaState.MERGED);

    private static final String ROW = "SELECT NEW org.policyforum.idea.boundary.IdeaViews$RowData(i.id, i.title,"
            + " c.nameKo, c.nameEn, i.state, i.supportCount, i.publishedAt, i.supportEndsAt, b.nameKo, b.nameEn)"
            + " FROM Idea i JOIN i.category c LEFT JOIN i.bureau b";

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    public Page page(Query query, int page, int size) {
        // an idea that moderation hides is left out of every public list, whatever state is asked for
        StringBuilder where = new StringBuilder(" WHERE i.hidden = FALSE");
        Map<String, Object> parameters = new HashMap<>();
        if (query.state() != null) {
            where.append(" AND i.state = :state");
            parameters.put("state", query.state());
        } else {
            where.append(" AND i.state NOT IN :hidden");
            parameters.put("hidden", HIDDEN);
        }
        if (query.categoryId() != null) {
            where.append(" AND i.category.id = :category");
            parameters.put("category", query.categoryId());
        }
        if (query.bureauId() != null) {
            where.append(" AND i.bureau.id = :bureau");
            parameters.put("bureau", query.bureauId());
        }
        List<String> words = SimilarWords.of(query.words());
        for (int w = 0; w < words.size(); w++) {
            where.append(" AND LOWER(i.title) LIKE :w").append(w);
            parameters.put("w" + w, "%" + escapeLike(words.get(w)) + "%");
        }
        String order =
                switch (query.sort() == null ? Query.Sort.SUPPORTS : query.sort()) {
                    case SUPPORTS -> " ORDER BY i.supportCount DESC, i.id DESC";
                    case NEWEST -> " ORDER BY i.publishedAt DESC, i.id DESC";
                    case ENDING -> " ORDER BY i.supportEndsAt, i.id";
                };
        TypedQuery<IdeaViews.RowData> select = em.createQuery(ROW + where + order, IdeaViews.RowData.class);
        parameters.forEach(select::setParameter);
        List<IdeaViews.RowData> data =
                select.setFirstResult(page * size).setMaxResults(size + 1).getResultList();
        boolean more = data.size() > size;
        return new Page(rows(more ? data.subList(0, size) : data), more);
    }

    /** Live ideas sharing the most words with the title; a shared word counts once. */
    public List<Row> similar(String title, int most) {
        List<String> words = SimilarWords.of(title);
        if (words.isEmpty()) {
            return List.of();
        }
        StringBuilder any = new StringBuilder();
        for (int w = 0; w < words.size(); w++) {
            any.append(w == 0 ? "" : " OR ").append("LOWER(i.title) LIKE :w").append(w);
        }
        TypedQuery<IdeaViews.RowData> select = em.createQuery(
                ROW + " WHERE i.hidden = FALSE AND i.state NOT IN :closed AND (" + any
                        + ") ORDER BY i.supportCount DESC, i.id DESC",
                IdeaViews.RowData.class);
        select.setParameter("closed", Set.of(IdeaState.WITHDRAWN, IdeaState.MERGED, IdeaState.EXPIRED));
        for (int w = 0; w < words.size(); w++) {
            select.setParameter("w" + w, "%" + escapeLike(words.get(w)) + "%");
        }
        List<IdeaViews.RowData> candidates = select.setMaxResults(200).getResultList();
        List<IdeaViews.RowData> ranked = new ArrayList<>(candidates);
        ranked.sort((a, b) ->
                Integer.compare(SimilarWords.weight(b.title(), words), SimilarWords.weight(a.title(), words)));
        return rows(ranked.subList(0, Math.min(most, ranked.size())));
    }

    /** Which of the rows have an overdue obligation or an answer: one statement for the whole page. */
    private List<Row> rows(List<IdeaViews.RowData> data) {
        if (data.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Long> ids = data.stream().map(IdeaViews.RowData::id).toList();
        Set<Long> overdue = new HashSet<>();
        Set<Long> answered = new HashSet<>();
        for (Object[] row : em.createQuery(
                        "SELECT o.ideaId, o.fulfilledAt, o.dueAt FROM AnswerObligation o WHERE o.ideaId IN :ids"
                                + " AND o.dueAt IS NOT NULL",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            Long id = (Long) row[0];
            Instant fulfilled = (Instant) row[1];
            Instant due = (Instant) row[2];
            if (fulfilled != null) {
                answered.add(id);
            } else if (now.isAfter(due)) {
                overdue.add(id);
            }
        }
        return data.stream()
                .map(d -> d.row(overdue.contains(d.id()), answered.contains(d.id())))
                .toList();
    }

    public Optional<Detail> detail(long id, Optional<Member> me, boolean maskNames) {
        Idea idea = em.find(Idea.class, id);
        if (idea == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<Event> history = em.createQuery(
                        "SELECT e FROM IdeaEvent e WHERE e.ideaId = :idea ORDER BY e.happenedAt, e.id", IdeaEvent.class)
                .setParameter("idea", id)
                .getResultStream()
                .map(e -> new Event(e.getState(), e.getReason(), e.getReasonKey(), e.getHappenedAt()))
                .toList();
        List<Answer> answers = em.createQuery(
                        "SELECT a FROM IdeaAnswer a WHERE a.ideaId = :idea ORDER BY a.answeredAt, a.id",
                        IdeaAnswer.class)
                .setParameter("idea", id)
                .getResultStream()
                .map(a ->
                        new Answer(name(a.getBureau()), a.getVerdict(), a.getBody(), a.getReason(), a.getAnsweredAt()))
                .toList();
        List<Due> obligations = em.createNamedQuery(AnswerObligation.OF_IDEA, AnswerObligation.class)
                .setParameter("idea", id)
                .getResultStream()
                .map(o -> due(o, now))
                .toList();
        long revisions = em.createQuery("SELECT COUNT(r) FROM IdeaRevision r WHERE r.ideaId = :idea", Long.class)
                .setParameter("idea", id)
                .getSingleResult();
        Viewer viewer = me.map(m -> viewer(idea, m, now)).orElse(Viewer.ANONYMOUS);
        // others read a placeholder; the author still reads their own words beside the reason
        boolean placeholder = idea.getState() == IdeaState.WITHDRAWN || (idea.isHidden() && !viewer.author());
        return Optional.of(new Detail(
                idea.getId(),
                placeholder ? null : idea.getTitle(),
                placeholder ? null : idea.getBody(),
                placeholder ? null : idea.getAuthor().displayName(maskNames),
                new Name(idea.getCategory().getNameKo(), idea.getCategory().getNameEn()),
                idea.getCategory().getId(),
                idea.getDistrict() == null
                        ? null
                        : new Name(
                                idea.getDistrict().name(java.util.Locale.KOREAN),
                                idea.getDistrict().name(java.util.Locale.ENGLISH)),
                name(idea.getBureau()),
                idea.getBureau() == null ? null : idea.getBureau().getId(),
                idea.getState(),
                idea.getStateReason(),
                idea.getPublishedAt(),
                idea.getSupportEndsAt(),
                idea.getSupportCount(),
                idea.isSupportable(now),
                idea.getMergedIntoId(),
                idea.getSuggestionId(),
                (int) revisions,
                history,
                answers,
                obligations,
                viewer,
                now,
                idea.isHidden(),
                idea.getHiddenReason()));
    }

    public static Due due(AnswerObligation o, Instant now) {
        return new Due(
                o.getId(),
                o.getObliges(),
                o.getTierSupports(),
                name(o.getBureau()),
                o.getCrossedAt(),
                o.getDueAt(),
                o.getFulfilledAt(),
                o.isOverdue(now),
                o.wasOnTime());
    }

    private Viewer viewer(Idea idea, Member me, Instant now) {
        boolean author = idea.isAuthor(me.getId());
        boolean supported = em.find(IdeaSupport.class, new IdeaMark.Key(idea.getId(), me.getId())) != null;
        boolean following = em.find(IdeaFollow.class, new IdeaMark.Key(idea.getId(), me.getId())) != null;
        boolean maySupport = !author && idea.isSupportable(now) && me.isVerified();
        return new Viewer(true, author, supported, following, maySupport);
    }

    public List<MyIdea> mine(long memberId) {
        List<Idea> ideas = em.createQuery(
                        "SELECT i FROM Idea i WHERE i.authorId = :me OR i.id IN"
                                + " (SELECT s.ideaId FROM IdeaSupport s WHERE s.memberId = :me)"
                                + " ORDER BY i.stateChangedAt DESC, i.id DESC",
                        Idea.class)
                .setParameter("me", memberId)
                .setMaxResults(200)
                .getResultList();
        if (ideas.isEmpty()) {
            return List.of();
        }
        Map<Long, IdeaEvent> latest = new HashMap<>();
        for (IdeaEvent e : em.createQuery(
                        "SELECT e FROM IdeaEvent e WHERE e.ideaId IN :ids ORDER BY e.happenedAt, e.id", IdeaEvent.class)
                .setParameter("ids", ideas.stream().map(Idea::getId).toList())
                .getResultList()) {
            latest.put(e.getIdeaId(), e);
        }
        return ideas.stream()
                .map(i -> {
                    IdeaEvent e = latest.get(i.getId());
                    return new MyIdea(
                            i.getId(),
                            i.getTitle(),
                            i.getState(),
                            i.isAuthor(memberId),
                            i.getSupportCount(),
                            e == null ? i.getStateChangedAt() : e.getHappenedAt(),
                            e == null ? null : e.getReason());
                })
                .toList();
    }

    /** The triage queue: newest first. */
    public List<Row> triage(IdeaViews.TriageQueue queue, int first, int size) {
        List<IdeaViews.RowData> data = em.createQuery(
                        ROW + triageWhere(queue) + " ORDER BY i.publishedAt DESC, i.id DESC", IdeaViews.RowData.class)
                .setParameter("open", Set.of(IdeaState.SUBMITTED, IdeaState.UNDER_REVIEW))
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 200))
                .getResultList();
        return rows(data);
    }

    public long triageCount(IdeaViews.TriageQueue queue) {
        return em.createQuery(
                        "SELECT COUNT(i) FROM Idea i" + triageWhere(queue).replace("LEFT JOIN i.bureau b", ""),
                        Long.class)
                .setParameter("open", Set.of(IdeaState.SUBMITTED, IdeaState.UNDER_REVIEW))
                .getSingleResult();
    }

    private static String triageWhere(IdeaViews.TriageQueue queue) {
        return switch (queue) {
            case NEW -> " WHERE i.state IN :open AND i.state = org.policyforum.idea.entity.IdeaState.SUBMITTED";
            case UNASSIGNED -> " WHERE i.state IN :open AND i.bureau IS NULL";
            case OPEN -> " WHERE i.state IN :open";
        };
    }

    /** Obligations with a due date, of one bureau (or all): overdue first, then by due date. */
    public List<IdeaViews.Owed> owed(Long bureauId, boolean includeAnswered, int first, int size) {
        Instant now = clock.instant();
        return em.createQuery(
                        "SELECT o, i.title FROM AnswerObligation o, Idea i"
                                + " WHERE i.id = o.ideaId AND o.dueAt IS NOT NULL"
                                + owedWhere(bureauId, includeAnswered)
                                + " ORDER BY o.fulfilledAt, o.dueAt, o.id",
                        Object[].class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 200))
                .getResultStream()
                .map(r -> {
                    AnswerObligation o = (AnswerObligation) r[0];
                    return new IdeaViews.Owed(
                            o.getId(),
                            o.getIdeaId(),
                            (String) r[1],
                            o.getObliges(),
                            o.getTierSupports(),
                            name(o.getBureau()),
                            o.getCrossedAt(),
                            o.getDueAt(),
                            o.getFulfilledAt(),
                            o.isOverdue(now));
                })
                .toList();
    }

    public long owedCount(Long bureauId, boolean includeAnswered) {
        return em.createQuery(
                        "SELECT COUNT(o) FROM AnswerObligation o WHERE o.dueAt IS NOT NULL"
                                + owedWhere(bureauId, includeAnswered),
                        Long.class)
                .getSingleResult();
    }

    /** Ids are numbers the boundary took from the caller's own record, never from a request. */
    private static String owedWhere(Long bureauId, boolean includeAnswered) {
        return (bureauId == null ? "" : " AND (o.bureau.id = " + bureauId + ")")
                + (includeAnswered ? "" : " AND o.fulfilledAt IS NULL");
    }

    public static Name name(Bureau bureau) {
        return bureau == null ? null : new Name(bureau.getNameKo(), bureau.getNameEn());
    }

    static String escapeLike(String word) {
        return word.replace("\\", "").replace("%", "").replace("_", "");
    }
}
