package org.policyforum.poll.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.policyforum.member.control.Caller;
import org.policyforum.platform.entity.Roles;
import org.policyforum.poll.control.Tallies;
import org.policyforum.poll.entity.Phase;
import org.policyforum.poll.entity.Poll;
import org.policyforum.topic.entity.Topic;

/**
 * The totals of a topic's poll for its bureau's report: ballots per option and in all, never who voted or any
 * breakdown. Officials see them while the poll is open even if citizens see them only after voting: an official
 * does not vote on the topic they file.
 */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.OPERATOR})
public class PollTotals {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Tallies tallies;

    public record OptionTotal(String label, long count, int percent) {}

    public record Totals(String question, Phase phase, long ballots, List<OptionTotal> options) {}

    /** The topic's latest poll; empty without one, or for a topic that is not the caller's bureau's. */
    public Optional<Totals> ofTopic(long topicId) {
        Topic topic = em.find(Topic.class, topicId);
        if (topic == null || !topic.isRunBy(caller.required())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return em.createNamedQuery(Poll.OF_TOPIC, Poll.class)
                .setParameter("topic", topicId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(poll -> {
                    Tallies.Tally tally = tallies.of(poll, now);
                    List<OptionTotal> options = poll.getOptions().stream()
                            .map(o -> {
                                long count = tally.count(o.getId());
                                int percent =
                                        tally.ballots() == 0 ? 0 : (int) Math.round(100.0 * count / tally.ballots());
                                return new OptionTotal(o.getLabel(), count, percent);
                            })
                            .toList();
                    return new Totals(poll.getQuestion(), poll.phase(now), tally.ballots(), options);
                });
    }
}
