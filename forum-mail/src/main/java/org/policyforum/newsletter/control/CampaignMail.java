package org.policyforum.newsletter.control;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.policyforum.newsletter.control.CampaignContent.TopicContent;

/**
 * The campaign mail in one language, rendered once per campaign and language: only the unsubscribe link differs
 * from member to member, so the sender fills in that one placeholder per mail instead of rendering a template.
 */
public record CampaignMail(String subject, String text, String html) {

    static final String UNSUBSCRIBE = "${unsubscribe}";

    public static CampaignMail render(Locale locale, List<TopicContent> topics, URI base) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.KOREAN;
        ResourceBundle bundle = bundle(language);
        String subject = bundle.getString("campaign.subject")
                .replace("${title}", topics.get(0).title());
        StringBuilder text = new StringBuilder(bundle.getString("campaign.intro")).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(language.getLanguage())
                .append("\"><body style=\"font-family:sans-serif;line-height:1.5\"><p>")
                .append(esc(bundle.getString("campaign.intro")))
                .append("</p>");
        for (TopicContent topic : topics) {
            String heading = "YOUTH".equals(topic.forum())
                    ? bundle.getString("campaign.youth") + ": " + topic.title()
                    : topic.title();
            String link = base.resolve("topics/" + topic.id()).toString();
            text.append("■ ")
                    .append(heading)
                    .append('\n')
                    .append(topic.summary())
                    .append("\n\n");
            html.append("<h2>")
                    .append(esc(heading))
                    .append("</h2><p>")
                    .append(esc(topic.summary()))
                    .append("</p>");
            briefs(bundle.getString("campaign.pro"), topic.pro(), text, html);
            briefs(bundle.getString("campaign.con"), topic.con(), text, html);
            topic.pollQuestion().ifPresent(question -> {
                text.append(bundle.getString("campaign.poll"))
                        .append(": ")
                        .append(question)
                        .append('\n');
                html.append("<p><strong>")
                        .append(esc(bundle.getString("campaign.poll")))
                        .append(":</strong> ")
                        .append(esc(question))
                        .append("</p>");
            });
            text.append(bundle.getString("campaign.link"))
                    .append(": ")
                    .append(link)
                    .append("\n\n");
            html.append("<p><a href=\"")
                    .append(esc(link))
                    .append("\">")
                    .append(esc(bundle.getString("campaign.link")))
                    .append("</a></p>");
        }
        String footer = bundle.getString("campaign.footer");
        text.append("--\n").append(footer).append('\n').append(UNSUBSCRIBE).append('\n');
        html.append("<hr><p style=\"color:#555;font-size:90%\">")
                .append(esc(footer))
                .append(" <a href=\"")
                .append(UNSUBSCRIBE)
                .append("\">")
                .append(esc(bundle.getString("campaign.unsubscribe")))
                .append("</a></p></body></html>");
        return new CampaignMail(subject, text.toString(), html.toString());
    }

    private static void briefs(String label, List<String> titles, StringBuilder text, StringBuilder html) {
        if (titles.isEmpty()) {
            return;
        }
        text.append(label).append(":\n");
        html.append("<p><strong>").append(esc(label)).append("</strong></p><ul>");
        for (String title : titles) {
            text.append("  - ").append(title).append('\n');
            html.append("<li>").append(esc(title)).append("</li>");
        }
        html.append("</ul>");
    }

    /** The subject of an operator's test send, marked as a test. */
    public static String testSubject(Locale locale, String subject) {
        return bundle(locale).getString("campaign.test").replace("${subject}", subject);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                "org.policyforum.newsletter.control.mails",
                "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.KOREAN,
                CampaignMail.class.getClassLoader());
    }

    /** This mail for one member: the signed unsubscribe link filled in. */
    public CampaignMail forMember(String unsubscribeLink) {
        return new CampaignMail(
                subject, text.replace(UNSUBSCRIBE, unsubscribeLink), html.replace(UNSUBSCRIBE, esc(unsubscribeLink)));
    }

    private static String esc(String s) {
        return MailTemplates.escape(s);
    }
}
