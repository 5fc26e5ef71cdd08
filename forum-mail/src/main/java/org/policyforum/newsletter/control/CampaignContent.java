package org.policyforum.newsletter.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.policyforum.poll.boundary.Polls;
import org.policyforum.topic.boundary.Topics;
import org.policyforum.topic.entity.Forum;

/**
 * What a campaign mail says about each topic: title, summary, the experts' pro and con brief titles, and the poll
 * question if the topic has one. Asked of the topic and poll features' boundaries (forum-mail reads none of the
 * domain's tables).
 */
@Dependent
public class CampaignContent {

    public record TopicContent(
            long id,
            String forum,
            String title,
            String summary,
            List<String> pro,
            List<String> con,
            Optional<String> pollQuestion) {}

    @Inject
    Topics topics;

    @Inject
    Polls polls;

    /** The latest opened OPEN topic of a forum (MAIN or YOUTH), if any. */
    public Optional<Long> openTopic(String forum) {
        return topics.newestOpen(Forum.valueOf(forum));
    }

    public Optional<TopicContent> topic(Long topicId) {
        if (topicId == null) {
            return Optional.empty();
        }
        return topics.mailContent(topicId)
                .map(c -> new TopicContent(
                        c.id(),
                        c.forum().name(),
                        c.title(),
                        c.summary(),
                        c.pro(),
                        c.con(),
                        polls.questionForTopic(topicId)));
    }
}
