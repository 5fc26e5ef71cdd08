package org.policyforum.newsletter.control;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.policyforum.newsletter.api.SurveyMailSource.SurveyMail;

/**
 * A survey's announcement in one language: its title, introduction, close time (the organisation's wall clock) and
 * the link to answer it, with the campaign's unsubscribe placeholder, so that the campaign sender fills it in per
 * member exactly as for the month's topic ({@link CampaignMail#forMember}).
 */
public final class SurveyAnnouncementMail {

    private static final DateTimeFormatter CLOSES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SurveyAnnouncementMail() {}

    public static CampaignMail render(Locale locale, SurveyMail survey, URI base, ZoneId zone) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.KOREAN;
        ResourceBundle bundle = ResourceBundle.getBundle(
                "org.policyforum.newsletter.control.mails", language, SurveyAnnouncementMail.class.getClassLoader());
        String subject = bundle.getString("survey_mail.subject").replace("${title}", survey.title());
        String intro = bundle.getString("survey_mail.intro");
        String closes = bundle.getString("survey_mail.closes")
                .replace("${closes}", CLOSES.format(survey.closesAt().atZone(zone)));
        String link = base.resolve("surveys/" + survey.id()).toString();
        String linkText = bundle.getString("survey_mail.link");
        String footer = bundle.getString("survey_mail.footer");
        StringBuilder text = new StringBuilder()
                .append(intro)
                .append("\n\n■ ")
                .append(survey.title())
                .append('\n');
        if (!survey.intro().isBlank()) {
            text.append(survey.intro()).append('\n');
        }
        text.append(closes)
                .append("\n\n")
                .append(linkText)
                .append(": ")
                .append(link)
                .append("\n\n--\n")
                .append(footer)
                .append('\n')
                .append(CampaignMail.UNSUBSCRIBE)
                .append('\n');
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(language.getLanguage())
                .append("\"><body style=\"font-family:sans-serif;line-height:1.5\"><p>")
                .append(esc(intro))
                .append("</p><h2>")
                .append(esc(survey.title()))
                .append("</h2>");
        if (!survey.intro().isBlank()) {
            html.append("<p>").append(esc(survey.intro())).append("</p>");
        }
        html.append("<p>")
                .append(esc(closes))
                .append("</p><p><a href=\"")
                .append(esc(link))
                .append("\">")
                .append(esc(linkText))
                .append("</a></p><hr><p style=\"color:#555;font-size:90%\">")
                .append(esc(footer))
                .append(" <a href=\"")
                .append(CampaignMail.UNSUBSCRIBE)
                .append("\">")
                .append(esc(bundle.getString("campaign.unsubscribe")))
                .append("</a></p></body></html>");
        return new CampaignMail(subject, text.toString(), html.toString());
    }

    private static String esc(String s) {
        return MailTemplates.escape(s);
    }
}
