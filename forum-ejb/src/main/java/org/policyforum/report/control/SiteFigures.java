package org.policyforum.report.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policyforum.award.control.AwardFigures;
import org.policyforum.discussion.control.DiscussionSiteFigures;
import org.policyforum.idea.control.IdeaSiteFigures;
import org.policyforum.member.control.MemberFigures;
import org.policyforum.platform.control.MonthBuckets;
import org.policyforum.poll.control.PollFigures;
import org.policyforum.topic.control.TopicSiteFigures;

/**
 * The whole site in figures, for the operators' overview: members, participation per month and what each bureau
 * owns. Each feature counts its own rows behind its port ({@link MemberFigures}, {@link TopicSiteFigures},
 * {@link DiscussionSiteFigures}, {@link PollFigures}, {@link IdeaSiteFigures}, and the SQL of who took part that
 * each publishes); this class reads only the report feature's own table (survey responses) and composes. Every
 * figure is an aggregate computed in SQL; no statement loads the rows it counts. Counts of people are true counts:
 * the boundary hides small ones before they are shown.
 */
@Dependent
public class SiteFigures {

    /**
     * Who took part since {@code ?1}: each feature's published SQL, united so that a member active in several features
     * counts once.
     */
    static final String TOOK_PART = DiscussionSiteFigures.TOOK_PART_SINCE
            + " UNION " + PollFigures.TOOK_PART_SINCE
            + " UNION " + AwardFigures.TOOK_PART_SINCE
            + " UNION " + IdeaSiteFigures.TOOK_PART_SINCE
            + " UNION SELECT member_id FROM survey_response WHERE changed_at >= ?1";

    /** Members by when they joined: all that are not closed, new this and last month, identity verified. */
    public record Members(long total, long newThisMonth, long newLastMonth, long verified, long activeThisMonth) {}

    /** The kinds of contribution counted per month, each by the moment it was made. */
    public enum Contribution {
        OPINIONS,
        COMMENTS,
        REACTIONS,
        BALLOTS,
        SUPPORTS,
        IDEAS,
        SURVEY_RESPONSES
    }

    /** What a bureau owns: topics, the opinions on them, ideas, and the ideas' answer obligations. */
    public record Bureau(
            long id,
            String nameKo,
            String nameEn,
            long topics,
            long opinions,
            long ideas,
            long obligations,
            long answered,
            long overdue) {}

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    MemberFigures members;

    @Inject
    TopicSiteFigures topics;

    @Inject
    DiscussionSiteFigures discussion;

    @Inject
    PollFigures polls;

    @Inject
    IdeaSiteFigures ideas;

    public Members members(YearMonth thisMonth, ZoneId zone) {
        Timestamp start = MonthBuckets.start(thisMonth, zone);
        MemberFigures.Members joined = members.members(start, MonthBuckets.start(thisMonth.minusMonths(1), zone));
        long active = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (" + TOOK_PART + ") a")
                        .setParameter(1, start)
                        .getSingleResult())
                .longValue();
        return new Members(joined.total(), joined.newThisMonth(), joined.newLastMonth(), joined.verified(), active);
    }

    public Map<YearMonth, Long> perMonth(Contribution kind, List<YearMonth> months, ZoneId zone) {
        return switch (kind) {
            case OPINIONS -> discussion.perMonth(DiscussionSiteFigures.Kind.OPINIONS, months, zone);
            case COMMENTS -> discussion.perMonth(DiscussionSiteFigures.Kind.COMMENTS, months, zone);
            case REACTIONS -> discussion.perMonth(DiscussionSiteFigures.Kind.REACTIONS, months, zone);
            case BALLOTS -> polls.ballotsPerMonth(months, zone);
            case SUPPORTS -> ideas.supportsPerMonth(months, zone);
            case IDEAS -> ideas.ideasPerMonth(months, zone);
            case SURVEY_RESPONSES -> MonthBuckets.count(em, "s.submitted_at", "FROM survey_response s", months, zone);
        };
    }

    /** Every bureau, active or not, by its Korean name; {@code now} decides which obligations are overdue. */
    public List<Bureau> bureaus(Instant now) {
        Map<Long, Long> bureauOfTopic = topics.bureauOfTopics();
        Map<Long, Long> topicsPerBureau = new HashMap<>();
        bureauOfTopic.values().forEach(b -> topicsPerBureau.merge(b, 1L, Long::sum));
        Map<Long, Long> opinionsPerBureau = new HashMap<>();
        discussion.opinionsPerTopic().forEach((topic, count) -> {
            Long bureau = bureauOfTopic.get(topic);
            if (bureau != null) {
                opinionsPerBureau.merge(bureau, count, Long::sum);
            }
        });
        Map<Long, IdeaSiteFigures.BureauIdeas> ideasPerBureau = ideas.perBureau(now);
        IdeaSiteFigures.BureauIdeas none = new IdeaSiteFigures.BureauIdeas(0, 0, 0, 0);
        return members.bureaus().stream()
                .map(b -> {
                    IdeaSiteFigures.BureauIdeas i = ideasPerBureau.getOrDefault(b.id(), none);
                    return new Bureau(
                            b.id(),
                            b.nameKo(),
                            b.nameEn(),
                            topicsPerBureau.getOrDefault(b.id(), 0L),
                            opinionsPerBureau.getOrDefault(b.id(), 0L),
                            i.ideas(),
                            i.obligations(),
                            i.answered(),
                            i.overdue());
                })
                .toList();
    }
}
