package org.policyforum.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.policyforum.discussion.control.DiscussionFigures;
import org.policyforum.idea.control.IdeaDashboardFigures;
import org.policyforum.idea.entity.Idea;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.AnalyticalQueries;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.entity.OrganisationSettings;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.poll.control.PollFigures;
import org.policyforum.report.control.Breakdowns;
import org.policyforum.report.entity.BreakdownCell;
import org.policyforum.topic.entity.Stance;
import org.policyforum.topic.entity.Topic;

/**
 * Officials' dashboards: each feature counts its own part (the discussion, the polls), this composes them, keeps
 * small groups out of the breakdowns and writes every reading into the audit log. A topic's dashboard is for the
 * officials of its owning bureau and for operators, and so is an idea's (an idea not yet given to a bureau, to
 * operators only); anyone else is refused.
 */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.OPERATOR})
public class Dashboards {

    /** How many of the most agreed opinions each stance shows. */
    public static final int MOST_AGREED = 3;

    /** The one option of an idea's breakdown: supporting it. */
    public static final String SUPPORT = "SUPPORT";

    /** Days shown at most (a topic runs for weeks; a day range longer than this is cut at its end). */
    static final int MAX_DAYS = 400;

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Settings settings;

    @Inject
    Audit audit;

    @Inject
    DiscussionFigures discussion;

    @Inject
    PollFigures polls;

    @Inject
    IdeaDashboardFigures ideas;

    public TopicDashboard topic(long topicId) {
        Topic topic = em.find(Topic.class, topicId);
        if (topic == null) {
            throw RuleViolation.of("notFound");
        }
        if (!topic.isRunBy(caller.required())) {
            throw RuleViolation.of("report.otherBureau");
        }
        AnalyticalQueries.prepare(em);
        OrganisationSettings organisation = settings.current();
        ZoneId zone = organisation.zone();
        int smallest = organisation.getSmallGroupMin();
        int thisYear = Year.now(settings.organisationClock()).getValue();
        List<TopicDashboard.Agreed> agreed = discussion.mostAgreed(topicId, MOST_AGREED).stream()
                .map(a -> new TopicDashboard.Agreed(a.opinionId(), a.stance(), a.body(), a.agrees()))
                .toList();
        DiscussionFigures.Participation participation = discussion.participation(topicId, topic.getOpensAt());
        List<String> stances =
                java.util.Arrays.stream(Stance.values()).map(Stance::name).toList();
        List<BreakdownCell> stanceCells =
                Breakdowns.of(people(discussion.stanceGroups(topicId)), stances, thisYear, smallest);
        List<BreakdownCell> peopleCells =
                Breakdowns.of(people(participation.groups()), List.of("ALL"), thisYear, smallest);
        TopicDashboard dashboard = new TopicDashboard(
                topicId,
                topic.getTitle(),
                days(
                        discussion.opinionsPerDay(topicId, zone),
                        discussion.commentsPerDay(topicId, zone),
                        discussion.reactionsPerDay(topicId, zone),
                        polls.ballotsPerDay(topicId, zone)),
                discussion.stances(topicId),
                participation.people(),
                participation.returning(),
                polls.voters(topicId),
                agreed,
                stanceCells,
                peopleCells,
                smallest);
        List<BreakdownCell> all = new ArrayList<>(stanceCells);
        all.addAll(peopleCells);
        audit.record("report.topicDashboard", "topic:" + topicId, hiddenDetail(all, smallest));
        return dashboard;
    }

    public IdeaDashboard idea(long ideaId) {
        Idea idea = em.find(Idea.class, ideaId);
        if (idea == null) {
            throw RuleViolation.of("notFound");
        }
        Member me = caller.required();
        boolean ownBureau = idea.getBureau() != null
                && me.getBureau() != null
                && idea.getBureau().getId().equals(me.getBureau().getId());
        if (!me.hasRole(Role.OPERATOR) && !ownBureau) {
            throw RuleViolation.of("report.otherBureau");
        }
        AnalyticalQueries.prepare(em);
        OrganisationSettings organisation = settings.current();
        ZoneId zone = organisation.zone();
        int smallest = organisation.getSmallGroupMin();
        Map<LocalDate, Long> supports = ideas.supportsPerDay(ideaId, zone);
        Map<LocalDate, Long> comments = ideas.commentsPerDay(ideaId, zone);
        List<BreakdownCell> cells = Breakdowns.of(
                ideas.supporterGroups(ideaId).stream()
                        .map(g -> new Breakdowns.People(g.birthYear(), g.district(), SUPPORT, g.people()))
                        .toList(),
                List.of(SUPPORT),
                Year.now(settings.organisationClock()).getValue(),
                smallest);
        IdeaDashboard dashboard = new IdeaDashboard(
                ideaId,
                idea.getTitle(),
                dayRange(List.of(supports, comments)).stream()
                        .map(day -> new IdeaDashboard.Day(
                                day, supports.getOrDefault(day, 0L), comments.getOrDefault(day, 0L)))
                        .toList(),
                ideas.supporters(ideaId),
                ideas.commenters(ideaId),
                cells,
                smallest);
        audit.record("report.ideaDashboard", "idea:" + ideaId, hiddenDetail(cells, smallest));
        return dashboard;
    }

    /** The audit entry's detail: how many cells were read and how many of them were hidden. */
    private static String hiddenDetail(List<BreakdownCell> cells, int smallest) {
        long hidden = cells.stream().filter(BreakdownCell::suppressed).count();
        return cells.size() + " cells, " + hidden + " under " + smallest + " hidden";
    }

    private static List<Breakdowns.People> people(List<DiscussionFigures.Group> groups) {
        return groups.stream()
                .map(g -> new Breakdowns.People(g.birthYear(), g.district(), g.option(), g.people()))
                .toList();
    }

    /** Every day from the first with any participation to the last, gaps as zeros. */
    static List<TopicDashboard.Day> days(
            Map<LocalDate, Long> opinions,
            Map<LocalDate, Long> comments,
            Map<LocalDate, Long> reactions,
            Map<LocalDate, Long> ballots) {
        return dayRange(List.of(opinions, comments, reactions, ballots)).stream()
                .map(day -> new TopicDashboard.Day(
                        day,
                        opinions.getOrDefault(day, 0L),
                        comments.getOrDefault(day, 0L),
                        reactions.getOrDefault(day, 0L),
                        ballots.getOrDefault(day, 0L)))
                .toList();
    }

    /** The days from the first of any series to the last (at most {@link #MAX_DAYS}, the last ones). */
    static List<LocalDate> dayRange(List<Map<LocalDate, Long>> series) {
        TreeSet<LocalDate> seen = new TreeSet<>();
        series.forEach(m -> seen.addAll(m.keySet()));
        List<LocalDate> days = new ArrayList<>();
        if (seen.isEmpty()) {
            return days;
        }
        LocalDate first = seen.first().isBefore(seen.last().minusDays(MAX_DAYS - 1L))
                ? seen.last().minusDays(MAX_DAYS - 1L)
                : seen.first();
        for (LocalDate day = first; !day.isAfter(seen.last()); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }
}
