package org.policyforum.outcome.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.policyforum.outcome.boundary.Source;
import org.policyforum.outcome.entity.SourceKind;
import org.policyforum.topic.control.TopicFacts;
import org.policyforum.topic.control.TopicFacts.Fact;
import org.policyforum.topic.control.TopicParticipation;
import org.policyforum.topic.entity.TopicState;

/**
 * A topic as the source of an outcome, through the topic feature's ports: eligible once it is closed (or answered),
 * owned by its bureau, linked to its public page; those who took part are those the discussion and the polls name.
 */
@Dependent
public class TopicOutcomeSource implements OutcomeSource {

    static final Set<TopicState> ELIGIBLE = EnumSet.of(TopicState.CLOSED, TopicState.ANSWERED);

    @Inject
    TopicFacts topics;

    @Inject
    Instance<TopicParticipation> participation;

    @Override
    public SourceKind kind() {
        return SourceKind.TOPIC;
    }

    @Override
    public Optional<Source> find(long id) {
        return topics.find(id).filter(Fact::isPublic).map(TopicOutcomeSource::source);
    }

    @Override
    public List<Source> eligible(Long bureauId, int limit) {
        return topics.inStates(ELIGIBLE, bureauId, limit).stream()
                .map(TopicOutcomeSource::source)
                .toList();
    }

    /** The union of every participation port's page, cut to the {@code limit} lowest ids. */
    @Override
    public List<Long> participants(long sourceId, long afterMember, int limit) {
        TreeSet<Long> ids = new TreeSet<>();
        for (TopicParticipation part : participation) {
            ids.addAll(part.participants(sourceId, afterMember, limit));
        }
        return ids.stream().limit(limit).toList();
    }

    @Override
    public List<Source> takenPartIn(long memberId, int limit) {
        Set<Long> ids = new LinkedHashSet<>();
        for (TopicParticipation part : participation) {
            ids.addAll(part.topicsOf(memberId, limit));
        }
        return topics.of(ids).stream()
                .filter(Fact::isPublic)
                .sorted(Comparator.comparing((Fact f) -> f.closesAt() == null ? Instant.MIN : f.closesAt())
                        .reversed()
                        .thenComparing(Comparator.comparingLong(Fact::id).reversed()))
                .limit(limit)
                .map(TopicOutcomeSource::source)
                .toList();
    }

    private static Source source(Fact topic) {
        return new Source(
                SourceKind.TOPIC,
                topic.id(),
                topic.title(),
                topic.bureauId(),
                ELIGIBLE.contains(topic.state()),
                "topics/" + topic.id(),
                topic.month().getYear());
    }
}
