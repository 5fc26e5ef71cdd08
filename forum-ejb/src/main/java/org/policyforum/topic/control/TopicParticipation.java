package org.policyforum.topic.control;

import java.util.List;

/**
 * Who took part in a topic, as the features that hold the taking part answer it: the discussion (opinions, comments,
 * reactions) and the polls beside the topic (ballots). Each implements this port in its own {@code control} package
 * and reads only its own tables; a feature that needs the participants (the outcome tracker's mail, a member's "what
 * became of my voice") collects every implementation through {@code Instance<TopicParticipation>}, so the topic
 * feature depends on none of them.
 */
public interface TopicParticipation {

    /** Up to {@code limit} members who took part in the topic, with ids above {@code afterMember}, ascending. */
    List<Long> participants(long topicId, long afterMember, int limit);

    /** The topics the member took part in (ids, at most {@code limit}, no particular order). */
    List<Long> topicsOf(long memberId, int limit);
}
