package org.policyforum.newsletter.control;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The values of one member's follow digest for the {@code FOLLOW_DIGEST} template: one entry per followed topic that
 * has new opinions, with their number, then one per followed idea with news (its new state, answers, comments), each
 * with its address (where the member can also stop following it).
 */
public final class FollowDigestMail {

    /** A followed topic and how many new opinions of other members it has since the member's previous digest. */
    public record TopicActivity(long topicId, String title, long opinions) {}

    /**
     * A followed idea's news since the member's previous digest: its state when it moved ({@code state} null when it
     * did not), new answers and new comments of other members.
     */
    public record IdeaActivity(long ideaId, String title, String state, long answers, long comments) {}

    private FollowDigestMail() {}

    /** A digest of topics only. */
    public static Map<String, String> values(
            Locale locale, String name, List<TopicActivity> topics, URI base, String unsubscribe) {
        return values(locale, name, topics, List.of(), base, unsubscribe);
    }

    /** @param unsubscribe the member's signed link that stops the digest (not their follows) */
    public static Map<String, String> values(
            Locale locale,
            String name,
            List<TopicActivity> topics,
            List<IdeaActivity> ideas,
            URI base,
            String unsubscribe) {
        if (topics.isEmpty() && ideas.isEmpty()) {
            throw new IllegalArgumentException("a digest lists at least one topic or idea");
        }
        ResourceBundle bundle = MailTemplates.bundle(locale);
        List<String> entries = new ArrayList<>();
        for (TopicActivity topic : topics) {
            entries.add(MailTemplates.fill(
                    bundle.getString("follow_digest.topic"),
                    Map.of(
                            "title",
                            topic.title(),
                            "opinions",
                            String.valueOf(topic.opinions()),
                            "link",
                            base.resolve("topics/" + topic.topicId()).toString()),
                    false));
        }
        for (IdeaActivity idea : ideas) {
            entries.add(MailTemplates.fill(
                    bundle.getString("follow_digest.idea"),
                    Map.of(
                            "title",
                            idea.title(),
                            "news",
                            news(bundle, idea),
                            "link",
                            base.resolve("ideas/" + idea.ideaId()).toString()),
                    false));
        }
        String which = ideas.isEmpty() ? "topics" : topics.isEmpty() ? "ideas" : "both";
        Map<String, String> counts =
                Map.of("topics", String.valueOf(topics.size()), "ideas", String.valueOf(ideas.size()));
        return Map.of(
                "name",
                name,
                "count",
                String.valueOf(topics.size() + ideas.size()),
                "summary",
                MailTemplates.fill(bundle.getString("follow_digest.summary." + which), counts, false),
                "intro",
                bundle.getString("follow_digest.intro." + which),
                "topics",
                String.join("\n\n", entries),
                "unsubscribe",
                unsubscribe);
    }

    /** "state: accepted, 1 new answer(s), 3 new comment(s)": only what happened. */
    private static String news(ResourceBundle bundle, IdeaActivity idea) {
        List<String> parts = new ArrayList<>();
        if (idea.state() != null) {
            parts.add(MailTemplates.fill(
                    bundle.getString("follow_digest.idea.state"),
                    Map.of("state", bundle.getString("idea_state." + idea.state())),
                    false));
        }
        if (idea.answers() > 0) {
            parts.add(MailTemplates.fill(
                    bundle.getString("follow_digest.idea.answers"),
                    Map.of("answers", String.valueOf(idea.answers())),
                    false));
        }
        if (idea.comments() > 0) {
            parts.add(MailTemplates.fill(
                    bundle.getString("follow_digest.idea.comments"),
                    Map.of("comments", String.valueOf(idea.comments())),
                    false));
        }
        return String.join(bundle.getString("follow_digest.idea.separator"), parts);
    }
}
