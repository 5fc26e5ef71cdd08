package org.policyforum.newsletter.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.policyforum.newsletter.api.CampaignPort.Kind;
import org.policyforum.newsletter.api.MailConsentPort.MailList;
import org.policyforum.newsletter.api.SurveyMailSource;
import org.policyforum.newsletter.api.SurveyMailSource.SurveyMail;
import org.policyforum.newsletter.control.CampaignContent.TopicContent;
import org.policyforum.newsletter.control.Deliveries.Claimed;
import org.policyforum.newsletter.entity.Campaign;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.platform.entity.RuleViolation;

/**
 * The month's mail (or a survey's announcement) as each member gets it. The campaign's topics are read and rendered
 * once per batch, per language and audience (with or without the youth topic, see {@link CampaignMail}); per member
 * only the unsubscribe link, the Message-ID and the addresses differ, and the mail is written as the bytes that go
 * over SMTP ({@link RawMail}).
 */
@Dependent
public class CampaignMessages {

    @Inject
    CampaignContent content;

    @Inject
    UnsubscribeTokens tokens;

    @Inject
    ForumEnvironment environment;

    @Inject
    Clock clock;

    @Inject
    SurveyMailSource surveys;

    @Inject
    Settings settings;

    /** The link in the mail and in List-Unsubscribe; it works without a login (RFC 8058 one-click POST too). */
    public String unsubscribeLink(long memberId) {
        return unsubscribeLink(environment.baseUrl(), memberId);
    }

    private String unsubscribeLink(URI base, long memberId) {
        return tokens.link(base, MailList.CAMPAIGN, memberId, clock.instant());
    }

    /** The campaign's mail in one language, for the console's preview and test send (either kind). */
    public CampaignMail render(Campaign campaign, Locale locale) {
        if (campaign.getKind() == Kind.SURVEY) {
            return SurveyAnnouncementMail.render(locale, survey(campaign), environment.baseUrl(), zone());
        }
        List<TopicContent> topics = new ArrayList<>();
        content.topic(campaign.getMainTopicId()).ifPresent(topics::add);
        content.topic(campaign.getYouthTopicId()).ifPresent(topics::add);
        if (topics.isEmpty()) {
            throw RuleViolation.of("campaign.noOpenTopic");
        }
        return CampaignMail.render(locale, topics, environment.baseUrl());
    }

    private SurveyMail survey(Campaign campaign) {
        return surveys.content(campaign.getSurveyId()).orElseThrow(() -> RuleViolation.of("notFound"));
    }

    private ZoneId zone() {
        return settings.current().zone();
    }

    /** The mails of one batch, sent from {@code from}: the campaign's content is read and rendered here, once. */
    Batch forBatch(Campaign campaign, InternetAddress from) {
        URI base = environment.baseUrl();
        if (campaign.getKind() == Kind.SURVEY) {
            return surveyBatch(campaign, from, base);
        }
        var main = content.topic(campaign.getMainTopicId());
        var youth = content.topic(campaign.getYouthTopicId());
        Map<String, CampaignMail> templates = new HashMap<>();
        Map<String, String> subjects = new HashMap<>();
        for (String language : List.of("ko", "en")) {
            for (boolean withYouth : List.of(false, true)) {
                var topics = new ArrayList<TopicContent>();
                main.ifPresent(topics::add);
                if (withYouth) {
                    youth.ifPresent(topics::add);
                }
                if (!topics.isEmpty()) {
                    CampaignMail mail = CampaignMail.render(Locale.forLanguageTag(language), topics, base);
                    templates.put(language + withYouth, mail);
                    subjects.put(language + withYouth, encode(mail.subject()));
                }
            }
        }
        return new Batch(campaign.getId(), templates, subjects, from, base);
    }

    /** A survey's announcement is the same for young and old: one mail per language, under both keys. */
    private Batch surveyBatch(Campaign campaign, InternetAddress from, URI base) {
        SurveyMail survey = survey(campaign);
        Map<String, CampaignMail> templates = new HashMap<>();
        Map<String, String> subjects = new HashMap<>();
        for (String language : List.of("ko", "en")) {
            CampaignMail mail = SurveyAnnouncementMail.render(Locale.forLanguageTag(language), survey, base, zone());
            for (boolean youth : List.of(false, true)) {
                templates.put(language + youth, mail);
                subjects.put(language + youth, encode(mail.subject()));
            }
        }
        return new Batch(campaign.getId(), templates, subjects, from, base);
    }

    /**
     * Subjects already encoded, by their text. Every batch of a campaign has the same few subjects, and each encoding
     * looks Jakarta Mail's StreamProvider up with a ServiceLoader over the whole EAR (jakartaee/mail-api issue 861):
     * 5 % of the server's CPU per campaign mail before this memory (Flight Recorder, 6 Dec 2026).
     */
    private static final Map<String, String> ENCODED = new ConcurrentHashMap<>();

    private static final int ENCODED_KEPT = 64;

    private static String encode(String subject) {
        String known = ENCODED.get(subject);
        if (known != null) {
            return known;
        }
        try {
            String encoded = MimeUtility.fold(9, MimeUtility.encodeText(subject, "UTF-8", "B"));
            if (ENCODED.size() >= ENCODED_KEPT) {
                ENCODED.clear(); // a month's few subjects; older ones are never asked for again
            }
            ENCODED.put(subject, encoded);
            return encoded;
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One batch's rendered mails, used by the one worker that claimed the batch. */
    final class Batch {

        private final long campaignId;
        private final Map<String, CampaignMail> templates;
        /** The subjects as RFC 2047 encoded words, by the same key as the templates. */
        private final Map<String, String> subjects;

        private final InternetAddress sender;

        private final String from;
        private final URI base;

        private Batch(
                long campaignId,
                Map<String, CampaignMail> templates,
                Map<String, String> subjects,
                InternetAddress from,
                URI base) {
            this.campaignId = campaignId;
            this.templates = templates;
            this.subjects = subjects;
            this.sender = from;
            this.from = from.getAddress();
            this.base = base;
        }

        /** The same for every try of the same delivery, so a copy sent again after a crash is recognisable. */
        String messageId(long memberId) {
            return "<campaign-" + campaignId + ".member-" + memberId + "@" + base.getHost() + ">";
        }

        /** The member's mail, ready to send; a malformed address is refused before anything is sent. */
        EncodedMessage.EncodedMail mail(Claimed delivery, String messageId) throws AddressException {
            String language = "en".equals(delivery.language()) ? "en" : "ko";
            String key =
                    templates.containsKey(language + delivery.youth()) ? language + delivery.youth() : language + true;
            String unsubscribe = unsubscribeLink(base, delivery.memberId());
            CampaignMail mail = templates.get(key).forMember(unsubscribe);
            InternetAddress to = new InternetAddress(delivery.email(), true);
            to.validate();
            byte[] bytes = RawMail.build(
                    messageId,
                    from,
                    to.getAddress(),
                    subjects.get(key),
                    unsubscribe,
                    campaignId,
                    mail.text(),
                    mail.html());
            return new EncodedMessage.EncodedMail(bytes, sender, to, mail.subject());
        }
    }
}
