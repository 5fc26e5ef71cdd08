package org.policyforum.poll.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.poll.control.Tallies;
import org.policyforum.poll.entity.Ballot;
import org.policyforum.poll.entity.Eligibility;
import org.policyforum.poll.entity.Phase;
import org.policyforum.poll.entity.Poll;
import org.policyforum.topic.entity.Topic;
import org.policyforum.topic.entity.TopicState;

/** Citizens read polls and cast their ballot; everyone may see results the poll makes public. */
@Stateless
public class Polls {

    private static final Set<TopicState> PUBLIC_TOPICS =
            EnumSet.of(TopicState.OPEN, TopicState.CLOSED, TopicState.ANSWERED);

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Tallies tallies;

    public record OptionView(long id, String label) {}

    /** One option's share; count and percent are null while the poll keeps its results from this reader. */
    public record OptionResult(long id, String label, Long count, Integer percent) {}

    /**
     * A poll's results as this reader may see them. Percentages are of the ballots (in a multiple-choice poll they
     * add up to more than 100).
     */
    public record Results(
            long pollId, Phase phase, long ballots, boolean visible, List<OptionResult> options, Instant countedAt) {}

    /** What a poll page or box shows to the caller: the poll, the caller's own ballot, what they may do. */
    public record PollView(
            long id,
            Long topicId,
            String question,
            List<OptionView> options,
            int maxChoices,
            Phase phase,
            Instant opensAt,
            Instant closesAt,
            Eligibility eligibility,
            boolean ballotChangeable,
            Set<Long> myChoices,
            boolean eligible,
            Results results) {

        public boolean multiple() {
            return maxChoices > 1;
        }

        public boolean voted() {
            return !myChoices.isEmpty();
        }

        public boolean mayVote() {
            return phase == Phase.OPEN && eligible && (!voted() || ballotChangeable);
        }

        public boolean chose(long optionId) {
            return myChoices.contains(optionId);
        }

        /** The caller's counted choices as the ballot script compares them: ids in order, comma-separated. */
        public String countedKey() {
            return myChoices.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        }
    }

    /** What a cast ballot marks now; {@code changed} when it replaced the member's earlier choice. */
    public record Receipt(long ballotId, Set<Long> choices, boolean changed) {}

    /** A line of the public list of polls (open, upcoming and the closed ones: the archive). */
    public record PollSummary(long id, String question, Phase phase, Instant opensAt, Instant closesAt, Long topicId)
            implements Serializable {}

    /** Every poll, newest first: what the public list pages through. */
    @PermitAll
    public List<PollSummary> list(int first, int size) {
        Instant now = clock.instant();
        return em.createNamedQuery(Poll.PUBLIC, Poll.class)
                .setParameter("states", PUBLIC_TOPICS)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultStream()
                .map(p -> new PollSummary(
                        p.getId(), p.getQuestion(), p.phase(now), p.getOpensAt(), p.getClosesAt(), p.getTopicId()))
                .toList();
    }

    @PermitAll
    public long count() {
        return em.createNamedQuery(Poll.PUBLIC_COUNT, Long.class)
                .setParameter("states", PUBLIC_TOPICS)
                .getSingleResult();
    }

    @PermitAll
    public Optional<PollView> view(long pollId) {
        return Optional.ofNullable(em.find(Poll.class, pollId))
                .filter(this::isPublic)
                .map(this::view);
    }

    /** The topic's poll (its latest, if an official attached more than one). */
    @PermitAll
    public Optional<PollView> forTopic(long topicId) {
        return latestOfTopic(topicId).map(this::view);
    }

    /** The question of the topic's poll, for the month's mail: no results or ballots read for it. */
    @PermitAll
    public Optional<String> questionForTopic(long topicId) {
        return latestOfTopic(topicId).map(Poll::getQuestion);
    }

    private Optional<Poll> latestOfTopic(long topicId) {
        return em.createNamedQuery(Poll.OF_TOPIC, Poll.class)
                .setParameter("topic", topicId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .filter(this::isPublic);
    }

    /** Results as the caller may see them: the public API and the live feed ask through here. */
    @PermitAll
    public Optional<Results> results(long pollId) {
        Poll poll = em.find(Poll.class, pollId);
        if (poll == null || !isPublic(poll)) {
            return Optional.empty();
        }
        Optional<Member> me = caller.member();
        return Optional.of(results(
                poll,
                clock.instant(),
                me.isPresent() && ownBallot(poll.getId(), me.get().getId()).isPresent()));
    }

    /**
     * Casts the caller's one ballot, or changes it while the poll is open if the poll allows. Two ballots of one
     * member that arrive together are settled by the unique key (poll, member): one is stored, the other refused.
     */
    @RolesAllowed(Roles.CITIZEN)
    public Receipt castBallot(long pollId, Set<Long> optionIds) {
        // a member whose writing a sanction restricts is refused before anything is read
        long me = caller.writerId();
        Instant now = clock.instant();
        // a surge of votes reads the poll from the shared cache as it is, without a private copy per vote: it is
        // only read here
        Poll poll = em.find(Poll.class, pollId, Map.of(QueryHints.READ_ONLY, HintValues.TRUE));
        if (poll == null || !isPublic(poll)) {
            throw RuleViolation.of("notFound");
        }
        switch (poll.phase(now)) {
            case UPCOMING -> throw RuleViolation.of("poll.notYetOpen");
            case CLOSED -> throw RuleViolation.of("poll.closed");
            case OPEN -> {}
        }
        // one query for what eligibility needs of the member, rather than the member and then its roles
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(em.createNamedQuery(Member.ROLES_IF_VERIFIED, Role.class)
                .setParameter("id", me)
                .getResultList());
        if (!poll.admits(roles)) {
            throw RuleViolation.of("poll.ineligible");
        }
        Set<Long> choices = poll.checkChoices(optionIds);
        if (poll.isBallotChangeable()) {
            Optional<Ballot> existing = ownBallot(poll.getId(), me);
            if (existing.isPresent()) {
                existing.get().change(choices, now);
                flushOrRefuse("ballot.duplicate");
                return new Receipt(existing.get().getId(), choices, true);
            }
        }
        // no look for an earlier ballot where it could not be changed anyway: the unique key refuses a second one
        Ballot ballot = new Ballot(pollId, me, choices, now);
        em.persist(ballot);
        flushOrRefuse(poll.isBallotChangeable() ? "ballot.duplicate" : "ballot.alreadyCast");
        return new Receipt(ballot.getId(), choices, false);
    }

    /**
     * The unique key (a second first ballot) or the version (a second change) refused a ballot: one that came
     * together with another ({@code ballot.duplicate}), or a second one where a ballot cannot be changed.
     */
    private void flushOrRefuse(String refusal) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw RuleViolation.of(refusal);
        }
    }

    private PollView view(Poll poll) {
        Instant now = clock.instant();
        Optional<Member> me = caller.member().filter(Member::isActive);
        Set<Long> mine = me.flatMap(m -> ownBallot(poll.getId(), m.getId()))
                .map(Ballot::getOptionIds)
                .orElse(Set.of());
        boolean eligible = me.map(m -> isEligible(poll, m)).orElse(false);
        List<OptionView> options = poll.getOptions().stream()
                .map(o -> new OptionView(o.getId(), o.getLabel()))
                .toList();
        return new PollView(
                poll.getId(),
                poll.getTopicId(),
                poll.getQuestion(),
                options,
                poll.getMaxChoices(),
                poll.phase(now),
                poll.getOpensAt(),
                poll.getClosesAt(),
                poll.getEligibility(),
                poll.isBallotChangeable(),
                mine,
                eligible,
                results(poll, now, !mine.isEmpty()));
    }

    private Results results(Poll poll, Instant now, boolean voted) {
        Phase phase = poll.phase(now);
        boolean visible = phase == Phase.CLOSED || poll.isResultsBeforeVote() || voted;
        Tallies.Tally tally = tallies.of(poll, now);
        List<OptionResult> options = poll.getOptions().stream()
                .map(o -> {
                    if (!visible) {
                        return new OptionResult(o.getId(), o.getLabel(), null, null);
                    }
                    long count = tally.count(o.getId());
                    int percent = tally.ballots() == 0 ? 0 : (int) Math.round(100.0 * count / tally.ballots());
                    return new OptionResult(o.getId(), o.getLabel(), count, percent);
                })
                .toList();
        return new Results(poll.getId(), phase, tally.ballots(), visible, options, tally.countedAt());
    }

    private Optional<Ballot> ownBallot(long pollId, long memberId) {
        return em.createNamedQuery(Ballot.OF_MEMBER, Ballot.class)
                .setParameter("poll", pollId)
                .setParameter("member", memberId)
                .getResultStream()
                .findFirst();
    }

    /** Verified members (the CITIZEN role); a youth poll only the youth panel ({@link Poll#admits}). */
    static boolean isEligible(Poll poll, Member me) {
        return me.isActive() && me.isVerified() && poll.admits(me.getRoles());
    }

    /**
     * A poll beside a topic is public only while its topic is: a poll attached to a draft would otherwise be listed,
     * votable and link to a topic page that answers 404. Read from the shared cache, as the ballot surge reads polls.
     */
    private boolean isPublic(Poll poll) {
        if (poll.getTopicId() == null) {
            return true;
        }
        Topic topic = em.find(Topic.class, poll.getTopicId(), Map.of(QueryHints.READ_ONLY, HintValues.TRUE));
        return topic != null && topic.getState().isPublic();
    }
}
