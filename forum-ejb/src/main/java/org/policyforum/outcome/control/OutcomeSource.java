package org.policyforum.outcome.control;

import java.util.List;
import java.util.Optional;
import org.policyforum.outcome.boundary.Source;
import org.policyforum.outcome.entity.SourceKind;

/**
 * The SPI of what an outcome can be the outcome of: one CDI bean per {@link SourceKind}, in this package, asking the
 * source's own feature through its ports (never its tables). The topic's is {@link TopicOutcomeSource}; the idea
 *  space's is {@link IdeaOutcomeSource} (an idea is eligible once accepted or answered).
 */
public interface OutcomeSource {

    SourceKind kind();

    /** The source if it exists and is public; {@code eligible} says whether it may carry an outcome now. */
    Optional<Source> find(long id);

    /** Eligible sources of a bureau (null: of every bureau), newest first, at most {@code limit}. */
    List<Source> eligible(Long bureauId, int limit);

    /** Up to {@code limit} members who took part in the source, with ids above {@code afterMember}, ascending. */
    List<Long> participants(long sourceId, long afterMember, int limit);

    /** The public sources the member took part in, newest first, at most {@code limit}. */
    List<Source> takenPartIn(long memberId, int limit);
}
