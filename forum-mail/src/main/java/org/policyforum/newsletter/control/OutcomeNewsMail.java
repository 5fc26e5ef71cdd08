package org.policyforum.newsletter.control;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.policyforum.outcome.control.OutcomeNotices.News;
import org.policyforum.platform.control.LocalTimes;

/**
 * The values of the {@code OUTCOME_NEWS} mail: the source (a discussion or an idea, by name), its outcome's status,
 * progress and newest step.
 */
public final class OutcomeNewsMail {

    private OutcomeNewsMail() {}

    /** @param unsubscribe the member's signed link that stops this list only */
    public static Map<String, String> values(Locale locale, String name, News news, URI base, String unsubscribe) {
        ResourceBundle bundle = MailTemplates.bundle(locale);
        String latest = news.latestOn() == null
                ? bundle.getString("outcome_news.noStep")
                : LocalTimes.day(news.latestOn(), locale) + ": " + news.latestText();
        return Map.of(
                "name",
                name,
                "title",
                news.title(),
                "source",
                bundle.getString("outcome_news.source." + news.kind().name()),
                "status",
                bundle.getString("outcome_news.status." + news.status().name()),
                "progress",
                String.valueOf(news.progress()),
                "latest",
                latest,
                "link",
                base.resolve("outcomes/" + news.outcomeId()).toString(),
                "unsubscribe",
                unsubscribe);
    }
}
