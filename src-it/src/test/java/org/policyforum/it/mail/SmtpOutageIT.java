package org.policyforum.it.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.it.Deployments;
import org.policyforum.it.ExactlyOnce;
import org.policyforum.it.Fixtures;
import org.policyforum.it.MailCatcher;
import org.policyforum.it.MailServer;
import org.policyforum.it.mail.MailRows.Person;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.newsletter.api.CampaignPort;
import org.policyforum.newsletter.api.CampaignPort.CampaignView;
import org.policyforum.newsletter.api.CampaignPort.State;
import org.policyforum.newsletter.control.CampaignSender;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;

/**
 * The SMTP server goes down while a campaign runs: nothing is lost or counted as a failure, the campaign waits, and
 * when the server is back every member gets the mail once. The catcher lives in the test JVM, so the client-side
 * steps stop and start it and the in-container steps drive the campaign; static fields carry state between the
 * in-container steps (same deployment).
 */
@ExtendWith(ArquillianExtension.class)
@ExactlyOnce
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SmtpOutageIT {

    private static final List<String> RECIPIENTS =
            List.of("outage-1@outage.campaign.test", "outage-2@outage.campaign.test", "outage-3@outage.campaign.test");
    private static long operator;
    private static long campaignId;
    private static String title;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(SmtpOutageIT.class, MailRows.class, MailRows.Person.class);
    }

    @Inject
    CampaignPort campaigns;

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    @Inject
    TopicAdministration topics;

    @Inject
    CampaignSender sender;

    @Test
    @Order(1)
    @RunAsClient
    void smtpGoesDown() {
        MailServer.stop();
        assertFalse(MailServer.accepting(), "the SMTP port still takes connections: the outage would not be one");
    }

    @Test
    @Order(2)
    void theCampaignWaitsWithoutSpendingTries() throws Exception {
        operator = Fixtures.citizen(signUps, 1980);
        Fixtures.grant(operator, "OPERATOR");
        asOperator(() -> {
            campaigns.changeSchedule(new CampaignPort.Schedule(1, 9, 0, false));
            return null;
        });
        // PostgreSQL keeps its database between runs: old rows of these addresses are renamed away first
        MailRows.retireEarlierRunsMembersAt("outage.campaign.test");
        MailRows.members(RECIPIENTS.stream().map(Person::ok).toList());
        long topic = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        title = (String) MailRows.query("SELECT title FROM topic WHERE id = ?", topic)
                .get(0)
                .get(0);
        CampaignView campaign = asOperator(campaigns::create);
        campaignId = campaign.id();
        asOperator(() -> {
            campaigns.start(campaignId);
            return null;
        });

        // the sender looks for work every two seconds; it has met the outage once it says why it waits
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (sender.smtpProblem() == null) {
            assertTrue(System.nanoTime() < deadline, "the sender never tried the unreachable server");
            Thread.sleep(200);
        }

        CampaignView waiting = asOperator(() -> campaigns.progress(campaignId));
        assertEquals(State.SENDING, waiting.state());
        assertEquals(0, waiting.sent() + waiting.failed(), waiting::toString);
        assertEquals(waiting.audience(), waiting.waiting(), waiting::toString);
        assertEquals(
                0L,
                ((Number) MailRows.query(
                                        "SELECT COALESCE(SUM(attempts), 0) FROM campaign_delivery WHERE "
                                                + "campaign_id = ?",
                                        campaignId)
                                .get(0)
                                .get(0))
                        .longValue(),
                "an unreachable server costs no member a try");
    }

    @Test
    @Order(3)
    @RunAsClient
    void smtpComesBack() {
        MailServer.start();
        assertTrue(MailServer.accepting(), "the SMTP port takes no connections after the restart");
    }

    @Test
    @Order(4)
    void theCampaignResumesAndEveryoneGetsItOnce() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        CampaignView view;
        while ((view = asOperator(() -> campaigns.progress(campaignId))).state() != State.DONE) {
            assertTrue(System.nanoTime() < deadline, view::toString);
            Thread.sleep(500);
        }
        assertEquals(view.audience(), view.sent(), view.toString());
        for (String recipient : RECIPIENTS) {
            assertEquals(
                    1,
                    MailCatcher.messagesTo(recipient).stream()
                            .filter(m -> m.subject().contains(title))
                            .count(),
                    recipient);
        }
    }

    private <T> T asOperator(Callable<T> work) throws Exception {
        return Identities.as(operator, Set.of("OPERATOR", "CITIZEN"), work);
    }
}
