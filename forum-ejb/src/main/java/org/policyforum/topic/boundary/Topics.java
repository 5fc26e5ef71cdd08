package org.policyforum.topic.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.policyforum.platform.control.Text;
import org.policyforum.topic.entity.ExpertOpinion;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;
import org.policyforum.topic.entity.Topic;
import org.policyforum.topic.entity.TopicState;

/**
 * Reading the forums: the open topics and the archive. One topic's page, with its discussion, is the discussion
 * feature's ({@code org.policyforum.discussion.boundary.TopicPages}): topics know nothing of opinions.
 */
@Stateless
@PermitAll
public class Topics {

    /** The archive's topics: past ones only; the open topic is on the forum's own page, not among "past topics". */
    static final EnumSet<TopicState> PAST = EnumSet.of(TopicState.CLOSED, TopicState.ANSWERED);

    static final EnumSet<TopicState> PUBLISHED = EnumSet.of(TopicState.OPEN, TopicState.CLOSED, TopicState.ANSWERED);

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    /** What the month's topic mail says of a topic: its words and the titles of the experts' briefs. */
    public record MailContent(long id, Forum forum, String title, String summary, List<String> pro, List<String> con) {}

    /** The forum's open topic that opened last, if any: the one the month's mail is about. */
    public Optional<Long> newestOpen(Forum forum) {
        return open(forum).stream().findFirst().map(Topic::getId);
    }

    /** The mail's content of a topic (in whatever state: a campaign may be sent on after the topic closed). */
    public Optional<MailContent> mailContent(long id) {
        Topic topic = em.find(Topic.class, id);
        if (topic == null) {
            return Optional.empty();
        }
        List<String> pro = new ArrayList<>();
        List<String> con = new ArrayList<>();
        for (ExpertOpinion brief : em.createNamedQuery(ExpertOpinion.OF_TOPIC, ExpertOpinion.class)
                .setParameter("topic", topic)
                .getResultList()) {
            (brief.getStance() == Stance.PRO ? pro : con).add(brief.getTitle());
        }
        return Optional.of(new MailContent(id, topic.getForum(), topic.getTitle(), topic.getSummary(), pro, con));
    }

    public List<Topic> open(Forum forum) {
        return em.createNamedQuery(Topic.PUBLIC_OF_FORUM, Topic.class)
                .setParameter("forum", forum)
                .setParameter("states", EnumSet.of(TopicState.OPEN))
                .getResultList();
    }

    public List<Topic> archive(Forum forum, int first, int size) {
        return archive(forum, null, null, first, size);
    }

    /**
     * The past (closed or answered) topics of a forum, newest first. {@code words} (optional) must all appear in title
     * or
     * summary; {@code month} (optional) is the topic's month.
     */
    public List<Topic> archive(Forum forum, String words, java.time.YearMonth month, int first, int size) {
        return archiveQuery(forum, words, month, PAST, "SELECT t FROM Topic t", Topic.class, " ORDER BY t.opensAt DESC")
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 100))
                .getResultList();
    }

    public long archiveSize(Forum forum, String words, java.time.YearMonth month) {
        return archiveQuery(forum, words, month, PAST, "SELECT COUNT(t) FROM Topic t", Long.class, "")
                .getSingleResult();
    }

    /**
     * Every public (open, closed or answered) topic of a forum, newest first, optionally of one month: what the public
     * API lists, the open topics and the archive in one.
     */
    public List<Topic> published(Forum forum, java.time.YearMonth month, int first, int size) {
        return archiveQuery(
                        forum, null, month, PUBLISHED, "SELECT t FROM Topic t", Topic.class, " ORDER BY t.opensAt DESC")
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 100))
                .getResultList();
    }

    public long publishedSize(Forum forum, java.time.YearMonth month) {
        return archiveQuery(forum, null, month, PUBLISHED, "SELECT COUNT(t) FROM Topic t", Long.class, "")
                .getSingleResult();
    }

    /** The months that have past topics in a forum, newest first, for the archive's month choice. */
    public List<String> archiveMonths(Forum forum) {
        return em.createQuery(
                        "SELECT DISTINCT t.month FROM Topic t WHERE t.forum = :forum AND t.state IN :states ORDER "
                                + "BY t.month DESC",
                        String.class)
                .setParameter("forum", forum)
                .setParameter("states", PAST)
                .getResultList();
    }

    private <T> jakarta.persistence.TypedQuery<T> archiveQuery(
            Forum forum,
            String words,
            java.time.YearMonth month,
            EnumSet<TopicState> states,
            String select,
            Class<T> type,
            String order) {
        boolean unsearchable = Text.unsearchable(words);
        List<String> terms = words == null || unsearchable
                ? List.of()
                : java.util.Arrays.stream(Text.neutralise(words)
                                .toLowerCase(java.util.Locale.ROOT)
                                .split("\\s+"))
                        .filter(w -> !w.isBlank())
                        .limit(5)
                        .toList();
        StringBuilder where = new StringBuilder(" WHERE t.forum = :forum AND t.state IN :states");
        if (unsearchable) {
            where.append(" AND 1 = 0");
        }
        if (month != null) {
            where.append(" AND t.month = :month");
        }
        for (int i = 0; i < terms.size(); i++) {
            where.append(" AND (LOWER(t.title) LIKE :w")
                    .append(i)
                    .append(" ESCAPE '\\' OR LOWER(t.summary) LIKE :w")
                    .append(i)
                    .append(" ESCAPE '\\')");
        }
        var query = em.createQuery(select + where + order, type)
                .setParameter("forum", forum)
                .setParameter("states", states);
        if (month != null) {
            query.setParameter("month", month.toString());
        }
        for (int i = 0; i < terms.size(); i++) {
            query.setParameter("w" + i, Text.containing(terms.get(i)));
        }
        return query;
    }
}
