package org.policyforum.it.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.it.Deployments;
import org.policyforum.it.ExactlyOnce;
import org.policyforum.it.Fixtures;
import org.policyforum.it.MailServer;
import org.policyforum.it.mail.MailRows.Person;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.newsletter.api.CampaignPort;
import org.policyforum.newsletter.api.CampaignPort.CampaignView;
import org.policyforum.newsletter.api.CampaignPort.State;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;

/**
 * The sender is stopped in the middle of a campaign (the application is undeployed while it sends) and started
 * again: the campaign resumes and every member has exactly one mail at the SMTP server, counted by recipient and by
 * Message-ID. (A kill -9 of the whole server is the benchmark's run, bench/mail-campaign.sh --kill.)
 */
@ExtendWith(ArquillianExtension.class)
@ExactlyOnce
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignCrashIT {

    static final String DEPLOYMENT = "forum";
    static final String DOMAIN = "@crash.campaign.test";
    static final int MEMBERS = 4000;
    private static long operator;
    private static long campaignId;

    @Deployment(name = DEPLOYMENT, managed = false)
    static EnterpriseArchive deployment() {
        return Deployments.forum(CampaignCrashIT.class, MailRows.class, MailRows.Person.class);
    }

    @ArquillianResource
    Deployer deployer;

    @Inject
    CampaignPort campaigns;

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    @Inject
    TopicAdministration topics;

    @Test
    @Order(1)
    @RunAsClient
    void deploy() throws Exception {
        deployer.deploy(DEPLOYMENT);
        // the later steps need the forum itself up, not only the deployment call returned
        URI home = URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("it.port.offset", 0)) + "/");
        HttpResponse<Void> answer = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(home).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, answer.statusCode(), "the forum's home page after deploying");
    }

    @Test
    @Order(2)
    @OperateOnDeployment(DEPLOYMENT)
    void aCampaignIsUnderWay() throws Exception {
        operator = Fixtures.citizen(signUps, 1980);
        Fixtures.grant(operator, "OPERATOR");
        asOperator(() -> {
            campaigns.changeSchedule(new CampaignPort.Schedule(1, 9, 0, false));
            return null;
        });
        // PostgreSQL keeps its database between runs: members of an earlier run leave the domain and the audience
        MailRows.retireEarlierRunsMembersAt(DOMAIN.substring(DOMAIN.indexOf('@') + 1));
        MailRows.members(IntStream.range(0, MEMBERS)
                .mapToObj(i -> Person.ok("m" + i + DOMAIN))
                .toList());
        Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        CampaignView campaign = asOperator(campaigns::create);
        campaignId = campaign.id();
        asOperator(() -> {
            campaigns.start(campaignId);
            return null;
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (asOperator(() -> campaigns.progress(campaignId)).sent() < 100) {
            assertTrue(System.nanoTime() < deadline, "the campaign does not start sending");
            Thread.sleep(20);
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void theSenderStopsMidCampaignAndStartsAgain() {
        deployer.undeploy(DEPLOYMENT);
        int before = byRecipient().values().stream().mapToInt(List::size).sum();
        deployer.deploy(DEPLOYMENT);
        assertTrue(before > 0 && before < MEMBERS, () -> "stopped mid-campaign, not before or after: " + before);
    }

    @Test
    @Order(4)
    @OperateOnDeployment(DEPLOYMENT)
    void theCampaignFinishes() throws Exception {
        operator = ((Number) MailRows.query("SELECT MAX(member_id) FROM member_role WHERE role = 'OPERATOR'")
                        .get(0)
                        .get(0))
                .longValue();
        campaignId =
                ((Number) MailRows.query("SELECT MAX(id) FROM campaign").get(0).get(0)).longValue();
        long deadline = System.nanoTime() + Duration.ofSeconds(600).toNanos();
        CampaignView view;
        while ((view = asOperator(() -> campaigns.progress(campaignId))).state() != State.DONE) {
            assertTrue(System.nanoTime() < deadline, view::toString);
            Thread.sleep(250);
        }
        assertEquals(view.audience(), view.sent(), view.toString());
        // later campaigns of the run need not mail these thousands again
        MailRows.update("UPDATE member SET mail_opt_in = FALSE WHERE email LIKE ?", "%" + DOMAIN);
    }

    @Test
    @Order(5)
    @RunAsClient
    void everyMemberHasExactlyOneMail() throws Exception {
        try {
            Map<String, List<String>> received = byRecipient();
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < MEMBERS; i++) {
                List<String> ids = received.getOrDefault("m" + i + DOMAIN, List.of());
                if (ids.size() != 1) {
                    wrong.add("m" + i + DOMAIN + " " + ids);
                }
            }
            assertEquals(List.of(), wrong, "members without exactly one mail");
            assertEquals(
                    MEMBERS,
                    received.values().stream().flatMap(List::stream).distinct().count(),
                    "one Message-ID each");
            MimeMessage any = null;
            for (MimeMessage message : MailServer.received()) {
                if (message.getRecipients(Message.RecipientType.TO)[0]
                        .toString()
                        .endsWith(DOMAIN)) {
                    any = message;
                }
            }
            assertEquals("List-Unsubscribe=One-Click", any.getHeader("List-Unsubscribe-Post", null));
            assertTrue(any.getHeader("List-Unsubscribe", null).contains("/mail/unsubscribe?token="));
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }

    /** Message-IDs of the last campaign's mails at the catcher, by recipient (the catcher runs in this JVM). */
    private static Map<String, List<String>> byRecipient() {
        Map<String, List<String>> byRecipient = new TreeMap<>();
        try {
            String campaign = null;
            for (MimeMessage message : MailServer.received()) {
                String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
                if (!to.endsWith(DOMAIN)) {
                    continue;
                }
                String id = message.getHeader("X-Forum-Campaign", null);
                if (campaign == null || Long.parseLong(id) > Long.parseLong(campaign)) {
                    campaign = id;
                    byRecipient.clear();
                }
                if (id.equals(campaign)) {
                    byRecipient.computeIfAbsent(to, k -> new ArrayList<>()).add(message.getMessageID());
                }
            }
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
        return byRecipient;
    }

    private <T> T asOperator(Callable<T> work) throws Exception {
        return Identities.as(operator, Set.of("OPERATOR", "CITIZEN"), work);
    }
}
