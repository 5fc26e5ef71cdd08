package org.policyforum.poll.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.SmallCells;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.poll.entity.Ballot;
import org.policyforum.poll.entity.Eligibility;
import org.policyforum.poll.entity.Poll;
import org.policyforum.poll.entity.PollOption;
import org.policyforum.topic.entity.Topic;

/**
 * Operators and officials run polls: create one (beside a topic or on its own), close it, read its breakdowns. Audited.
 */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.OPERATOR})
public class PollAdministration {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Settings settings;

    @Inject
    Audit audit;

    /**
     * One cell of an official's breakdown: how many ballots of a group (age band or district) marked an option. A
     * suppressed cell (fewer than the organisation's smallest group, or hidden so that it cannot be worked out from
     * the totals) carries no count at all: 0 and {@code suppressed}.
     */
    public record BreakdownRow(
            String dimension, String group, long optionId, String option, long count, boolean suppressed)
            implements Serializable {

        public static BreakdownRow shown(String dimension, String group, long optionId, String option, long count) {
            return new BreakdownRow(dimension, group, optionId, option, count, false);
        }
    }

    public List<Poll> list(int first, int size) {
        return em.createNamedQuery(Poll.ALL, Poll.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long count() {
        return em.createNamedQuery(Poll.COUNT, Long.class).getSingleResult();
    }

    public Poll create(@NotNull PollForm form) {
        Instant now = clock.instant();
        String question = Text.required("question", form.getQuestion(), Poll.MAX_QUESTION, "poll.question");
        List<String> options = form.filledOptions().stream()
                .map(option -> Text.required("options", option, PollOption.MAX_LENGTH, "poll.option"))
                .toList();
        if (form.getTopicId() != null) {
            Topic topic = em.find(Topic.class, form.getTopicId());
            if (topic == null) {
                throw new RuleViolation("topic", "poll.topic.unknown");
            }
            if (!mayRun(topic, null)) {
                throw new RuleViolation("topic", "poll.topic.otherBureau");
            }
        }
        if (form.getOpensAt() == null) {
            throw new RuleViolation("opensAt", "poll.opensAt.required");
        }
        if (form.getClosesAt() == null) {
            throw new RuleViolation("closesAt", "poll.closesAt.required");
        }
        ZoneId zone = settings.current().zone();
        Poll poll = new Poll(
                form.getTopicId(),
                question,
                options,
                form.getMaxChoices(),
                form.getOpensAt().atZone(zone).toInstant(),
                form.getClosesAt().atZone(zone).toInstant(),
                form.getEligibility() == null ? Eligibility.ALL : form.getEligibility(),
                form.isResultsBeforeVote(),
                form.isBallotChangeable(),
                caller.member().map(Member::getId).orElse(null),
                now);
        em.persist(poll);
        em.flush();
        audit.record(
                "poll.create",
                "poll:" + poll.getId(),
                (form.getTopicId() == null ? "" : "topic:" + form.getTopicId() + " ") + question);
        return poll;
    }

    /** Closes the poll now: no ballot is accepted or changed afterwards and its results are final. */
    public Poll close(long pollId) {
        Poll poll = find(pollId);
        if (!mayRun(poll.getTopicId() == null ? null : em.find(Topic.class, poll.getTopicId()), poll.getCreatedBy())) {
            throw RuleViolation.of("poll.otherBureau");
        }
        poll.close(clock.instant());
        audit.record("poll.close", "poll:" + pollId, "closed early");
        return poll;
    }

    public Poll find(long pollId) {
        Poll poll = em.find(Poll.class, pollId);
        if (poll == null) {
            throw RuleViolation.of("notFound");
        }
        return poll;
    }

    /**
     * Ballots per option by age band (ten-year bands, in the organisation's current year) and by district. Members'
     * birth years and districts never leave this summary, and no group smaller than the organisation's setting shows
     * ({@link SmallCells}): such cells leave this method without their count. Reading it is audited like an export.
     */
    public List<BreakdownRow> breakdown(long pollId) {
        Poll poll = find(pollId);
        int thisYear = Year.now(settings.organisationClock()).getValue();
        Map<String, Long> byAge = new TreeMap<>();
        for (Object[] row : rows(Ballot.BY_BIRTH_YEAR, pollId)) {
            String band = SmallCells.ageBand((Integer) row[1], thisYear);
            byAge.merge(row[0] + "|" + band, ((Number) row[2]).longValue(), Long::sum);
        }
        List<SmallCells.Cell> cells = new ArrayList<>();
        byAge.forEach((key, count) -> cells.add(new SmallCells.Cell(
                "AGE",
                key.substring(key.indexOf('|') + 1),
                Long.parseLong(key.substring(0, key.indexOf('|'))),
                count)));
        for (Object[] row : rows(Ballot.BY_DISTRICT, pollId)) {
            cells.add(new SmallCells.Cell(
                    "DISTRICT",
                    row[1] == null ? "-" : (String) row[1],
                    ((Number) row[0]).longValue(),
                    ((Number) row[2]).longValue()));
        }
        int smallest = settings.current().getSmallGroupMin();
        List<Long> options = poll.getOptions().stream().map(PollOption::getId).toList();
        List<BreakdownRow> result = new ArrayList<>();
        int hidden = 0;
        for (Map.Entry<SmallCells.Cell, Boolean> cell :
                SmallCells.suppress(cells, options, smallest).entrySet()) {
            SmallCells.Cell c = cell.getKey();
            if (cell.getValue()) {
                hidden++;
                result.add(
                        new BreakdownRow(c.dimension(), c.group(), c.optionId(), label(poll, c.optionId()), 0, true));
            } else if (c.count() > 0) {
                result.add(BreakdownRow.shown(
                        c.dimension(), c.group(), c.optionId(), label(poll, c.optionId()), c.count()));
            }
        }
        audit.record(
                "poll.breakdown",
                "poll:" + pollId,
                result.size() + " rows, " + hidden + " under " + smallest + " hidden");
        return result;
    }

    /**
     * An official runs the polls beside their own bureau's topics ({@link Topic#isRunBy}) and the polls they made;
     * operators run every poll. Breakdowns stay open to every official (they are counts, and reading them is audited).
     */
    private boolean mayRun(Topic topic, Long createdBy) {
        Member me = caller.required();
        return me.getId().equals(createdBy) || (topic == null ? me.hasRole(Role.OPERATOR) : topic.isRunBy(me));
    }

    private List<Object[]> rows(String query, long pollId) {
        return em.createNamedQuery(query, Object[].class)
                .setParameter("poll", pollId)
                .getResultList();
    }

    private static String label(Poll poll, long optionId) {
        return poll.option(optionId).map(PollOption::getLabel).orElse("?");
    }
}
