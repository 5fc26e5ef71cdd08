package org.policyforum.newsletter.control;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The values of one member's follow digest for the {@code FOLLOW_DIGEST} template: one entry per followed topic that
 * has new opinions, with their number and the topic's address (where the member can also stop following it).
 */
public final class FollowDigestMail {

    /** A followed topic and how many new opinions of other members it has since the member's previous digest. */
    public record TopicActivity(long topicId, String title, long opinions) {}

    private FollowDigestMail() {}

    /** @param unsubscribe the member's signed link that stops the digest (not their follows) */
    public static Map<String, String> values(
            Locale locale, String name, List<TopicActivity> topics, URI base, String unsubscribe) {
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("a digest lists at least one topic");
        }
        ResourceBundle bundle = MailTemplates.bundle(locale);
        StringBuilder lines = new StringBuilder();
        for (TopicActivity topic : topics) {
            if (!lines.isEmpty()) {
                lines.append("\n\n");
            }
            lines.append(MailTemplates.fill(
                    bundle.getString("follow_digest.topic"),
                    Map.of(
                            "title",
                            topic.title(),
                            "opinions",
                            String.valueOf(topic.opinions()),
                            "link",
                            base.resolve("topic.xhtml?id=" + topic.topicId()).toString()),
                    false));
        }
        return Map.of(
                "name",
                name,
                "count",
                String.valueOf(topics.size()),
                "topics",
                lines.toString(),
                "unsubscribe",
                unsubscribe);
    }
}
