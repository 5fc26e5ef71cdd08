package org.policyforum.newsletter.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The admin console's view of the monthly topic campaign. forum-mail implements it (the boundary
 * {@code org.policyforum.newsletter.boundary.Campaigns}); the web tier sees only this interface, as the design card
 * says the web tier never depends on the mail module.
 */
public interface CampaignPort {

    enum State {
        DRAFT,
        SENDING,
        PAUSED,
        CANCELLED,
        DONE
    }

    /** What a campaign mails: the month's topics, or one survey's announcement. */
    enum Kind {
        TOPIC,
        SURVEY
    }

    record CampaignView(
            long id,
            Kind kind,
            String title,
            String month,
            State state,
            long audience,
            long sent,
            long failed,
            long skipped,
            long waiting,
            Instant createdAt,
            Instant startedAt,
            Instant finishedAt)
            implements Serializable {

        /** Share of the audience that is settled (sent, failed or skipped), 0..100. */
        public int percent() {
            return audience == 0 ? 100 : (int) ((sent + failed + skipped) * 100 / audience);
        }
    }

    record DeliveryView(
            long memberId,
            String recipient,
            String status,
            int attempts,
            String smtpReply,
            String messageId,
            Instant sentAt,
            boolean uncertain)
            implements Serializable {}

    /**
     * A campaign's reach, for the operators' site overview: how many mails were sent, failed (refused by the mail
     * server or bounced; retries exhausted), were skipped (the member unsubscribed, closed the account or the address
     * had bounced before the mail left), and how many of the members it reached no longer take the monthly mail
     * (they unsubscribed or closed their account since). Counts of people, before any small-group rule.
     */
    record Reach(
            long campaignId, String title, String month, long sent, long failed, long skipped, long stoppedSince) {}

    record Preview(String subject, String text, String html) implements Serializable {}

    record Schedule(int dayOfMonth, int hour, int minute, boolean enabled) {}

    /** When the daily follow digest goes out, in the organisation's time zone. */
    record DigestSchedule(int hour, int minute, boolean enabled) {}

    /** A campaign for this month's open MAIN topic (and YOUTH topic for members in the youth range); not yet sent. */
    CampaignView create();

    void start(long campaignId);

    /**
     * "Send now" when a topic is published: makes and starts the month's campaign at once, as the schedule would, so
     * that the schedule later makes no second one. Refused with {@code campaign.alreadyThisMonth} when this month
     * already has a campaign that was not cancelled, or the schedule's one.
     */
    CampaignView sendNow();

    void pause(long campaignId);

    void resume(long campaignId);

    void cancel(long campaignId);

    CampaignView progress(long campaignId);

    List<CampaignView> campaigns();

    /** The reach of each campaign of {@code fromMonth} (yyyy-MM) or later that was started, newest first. */
    List<Reach> reach(String fromMonth);

    Preview preview(long campaignId, Locale locale);

    /** Puts the mail, as the calling operator would get it, in the outbox for the operator's own address. */
    void testSend(long campaignId, Locale locale);

    List<DeliveryView> deliveries(long campaignId, int first, int max);

    long countDeliveries(long campaignId);

    Schedule schedule();

    void changeSchedule(Schedule schedule);

    DigestSchedule digestSchedule();

    void changeDigestSchedule(DigestSchedule schedule);
}
