package org.policyforum.outcome.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.policyforum.idea.control.IdeaFacts;
import org.policyforum.idea.control.IdeaFacts.Fact;
import org.policyforum.outcome.boundary.Source;
import org.policyforum.outcome.entity.SourceKind;

/**
 * An idea as the source of an outcome, through the idea space's read port {@link IdeaFacts}: eligible once accepted
 * (or implemented) or answered, owned by the bureau that triage gave it, linked to its public page; those who took
 * part are its author, its supporters and its followers.
 */
@Dependent
public class IdeaOutcomeSource implements OutcomeSource {

    @Inject
    IdeaFacts ideas;

    @Override
    public SourceKind kind() {
        return SourceKind.IDEA;
    }

    @Override
    public Optional<Source> find(long id) {
        return ideas.find(id).filter(Fact::isPublic).map(IdeaOutcomeSource::source);
    }

    @Override
    public List<Source> eligible(Long bureauId, int limit) {
        return ideas.mayCarryOutcome(bureauId, limit).stream()
                .map(IdeaOutcomeSource::source)
                .toList();
    }

    @Override
    public List<Long> participants(long sourceId, long afterMember, int limit) {
        return ideas.participants(sourceId, afterMember, limit);
    }

    @Override
    public List<Source> takenPartIn(long memberId, int limit) {
        return ideas.takenPartIn(memberId, limit).stream()
                .filter(Fact::isPublic)
                .map(IdeaOutcomeSource::source)
                .toList();
    }

    private static Source source(Fact idea) {
        return new Source(
                SourceKind.IDEA,
                idea.id(),
                idea.title(),
                idea.bureauId(),
                idea.mayCarryOutcome(),
                "ideas/" + idea.id(),
                idea.year());
    }
}
