package org.policyforum.it.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.it.Deployments;
import org.policyforum.it.ExactlyOnce;
import org.policyforum.it.Fixtures;
import org.policyforum.it.MailCatcher;
import org.policyforum.it.MailCatcher.ReceivedMail;
import org.policyforum.it.Parallel;
import org.policyforum.it.mail.MailRows.Person;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.newsletter.api.CampaignPort;
import org.policyforum.newsletter.api.CampaignPort.CampaignView;
import org.policyforum.newsletter.api.CampaignPort.Kind;
import org.policyforum.newsletter.api.CampaignPort.State;
import org.policyforum.newsletter.api.SurveyAnnouncementPort;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.report.boundary.SurveyAdministration;
import org.policyforum.report.boundary.SurveyForm;
import org.policyforum.report.boundary.SurveyForm.QuestionForm;
import org.policyforum.report.entity.QuestionKind;
import org.policyforum.report.entity.SurveyAudience;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;

/**
 * A survey announced by mail, end to end in the server with real SMTP to the run's GreenMail: exactly one mail to each
 * member of the survey's audience who takes the monthly mail, in their language, none to anybody else; one
 * announcement per survey, also for two clicks at once; operators only.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyAnnouncementsIT {

    static final Set<String> OPERATOR = Set.of("OPERATOR", "CITIZEN");
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(SurveyAnnouncementsIT.class, MailRows.class, MailRows.Person.class);
    }

    @Inject
    SurveyAnnouncementPort announcements;

    @Inject
    CampaignPort campaigns;

    @Inject
    SurveyAdministration surveys;

    @Inject
    SignUps signUps;

    @Inject
    TopicAdministration topics;

    @Inject
    Bureaus bureaus;

    @Resource
    ManagedExecutorService executor;

    long operator;

    @BeforeEach
    void operatorAndNoScheduledCampaign() throws Exception {
        operator = Fixtures.citizen(signUps, 1980);
        Fixtures.grant(operator, "OPERATOR");
        // the live timer must not start a monthly campaign of its own in the middle of a test
        asOperator(() -> {
            campaigns.changeSchedule(new CampaignPort.Schedule(1, 9, 0, false));
            return null;
        });
    }

    @Test
    void everyMemberWhoTakesTheMailGetsOneAnnouncementInTheirLanguageAndNobodyElse() throws Exception {
        long korean = mailable(1980, "ko");
        long english = mailable(1990, "en");
        long optedOut = mailable(1980, "ko");
        MailRows.update("UPDATE member SET mail_opt_in = FALSE WHERE id = ?", optedOut);
        // opted in and confirmed but never verified: a survey is for verified members only
        String unverified = "unverified-" + Fixtures.unique() + "@survey.test";
        MailRows.members(List.of(Person.ok(unverified)));
        String title = "참여 설문 " + Fixtures.unique();
        long survey = create(title, f -> {});

        CampaignView announced = asOperator(() -> announcements.announce(survey));
        assertEquals(Kind.SURVEY, announced.kind());
        assertEquals(title, announced.title());
        assertTrue(announced.state() == State.SENDING || announced.state() == State.DONE, announced::toString);
        CampaignView done = awaitDone(announced.id());
        assertEquals(done.audience(), done.sent(), done::toString);

        ReceivedMail ko = only(mailsAbout(address(korean), title));
        assertTrue(ko.subject().startsWith("[정책토론] 설문에 참여해 주세요"), ko.subject());
        assertTrue(ko.text().contains("surveys/" + survey), ko.text());
        assertTrue(ko.text().contains("정책 포럼 참여 수준을 알아보는 설문입니다."), "the survey's introduction");
        assertEquals(1, ko.listUnsubscribe().size(), "the campaign's unsubscribe link and header");
        ReceivedMail en = only(mailsAbout(address(english), title));
        assertTrue(en.subject().startsWith("[Policy Forum] Please take our survey"), en.subject());
        assertEquals(List.of(), mailsAbout(address(optedOut), title), "opted out");
        assertEquals(List.of(), mailsAbout(unverified, title), "not verified");
        assertEquals(
                List.of("campaign.announceSurvey"),
                MailRows.query("SELECT action FROM audit_entry WHERE target = ?", "campaign:" + announced.id()).stream()
                        .map(r -> r.get(0))
                        .toList());
        assertTrue(asOperator(() -> announcements.announced(Set.of(survey))).contains(survey));
        assertTrue(
                asOperator(campaigns::campaigns).stream().anyMatch(c -> c.id() == announced.id()),
                "the announcement is on the campaign console");

        RuleViolation again = assertThrows(RuleViolation.class, () -> asOperator(() -> announcements.announce(survey)));
        assertEquals("campaign.survey.already", again.messageKey());
    }

    @Test
    void aYouthSurveyReachesTheYouthRangeOnlyAndATopicsSurveyItsParticipantsOnly() throws Exception {
        int thisYear = Year.now(SEOUL).getValue();
        long young = mailable(thisYear - 18, "ko");
        long old = mailable(1960, "ko");
        String youthTitle = "청년 설문 " + Fixtures.unique();
        long youthSurvey = create(youthTitle, f -> f.setAudience(SurveyAudience.YOUTH));

        awaitDone(asOperator(() -> announcements.announce(youthSurvey)).id());
        assertEquals(1, mailsAbout(address(young), youthTitle).size());
        assertEquals(List.of(), mailsAbout(address(old), youthTitle));

        long topic = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        MailRows.opinion(topic, old, "VISIBLE", Instant.now());
        String topicTitle = "토론 참여자 설문 " + Fixtures.unique();
        long topicSurvey = create(topicTitle, f -> {
            f.setAudience(SurveyAudience.PARTICIPANTS);
            f.setTopicId(topic);
        });
        CampaignView participants =
                awaitDone(asOperator(() -> announcements.announce(topicSurvey)).id());
        assertEquals(1, participants.audience(), participants::toString);
        assertEquals(1, mailsAbout(address(old), topicTitle).size());
        assertEquals(List.of(), mailsAbout(address(young), topicTitle));
    }

    @Test
    @ExactlyOnce
    void twentyClicksAtOnceMakeOneAnnouncement() throws Exception {
        long member = mailable(1985, "ko");
        String title = "동시 설문 " + Fixtures.unique();
        long survey = create(title, f -> {});

        List<String> outcomes = Parallel.outcomes(executor, 20, () -> {
            CampaignView made = asOperator(() -> announcements.announce(survey));
            return "announced:" + made.id();
        });
        assertEquals(
                1, outcomes.stream().filter(o -> o.startsWith("announced:")).count(), outcomes::toString);
        assertEquals(
                19, outcomes.stream().filter("campaign.survey.already"::equals).count(), outcomes::toString);
        long campaign = Long.parseLong(outcomes.stream()
                .filter(o -> o.startsWith("announced:"))
                .findFirst()
                .orElseThrow()
                .substring("announced:".length()));
        awaitDone(campaign);
        assertEquals(
                List.of(1L),
                MailRows.query("SELECT COUNT(*) FROM campaign WHERE survey_id = ?", survey).stream()
                        .map(r -> ((Number) r.get(0)).longValue())
                        .toList());
        assertEquals(1, mailsAbout(address(member), title).size());
    }

    @Test
    void onlyAnOpenSurveyIsAnnouncedAndOnlyByAnOperator() throws Exception {
        long citizen = Fixtures.citizen(signUps, 1990);
        long open = create("설문 " + Fixtures.unique(), f -> {});
        assertThrows(
                EJBAccessException.class,
                () -> Identities.as(citizen, Set.of("CITIZEN"), () -> {
                    return announcements.announce(open);
                }));
        assertThrows(
                EJBAccessException.class,
                () -> Identities.as(citizen, Set.of("CITIZEN"), () -> {
                    return announcements.announced(Set.of(open));
                }));
        assertEquals(Set.of(), asOperator(() -> announcements.announced(Set.of(open))), "nothing made");

        long upcoming = create("예정 설문 " + Fixtures.unique(), f -> {
            LocalDateTime later = LocalDateTime.now(SEOUL).plusDays(1);
            f.setOpensAt(later);
            f.setClosesAt(later.plusDays(7));
        });
        RuleViolation notOpen =
                assertThrows(RuleViolation.class, () -> asOperator(() -> announcements.announce(upcoming)));
        assertEquals("campaign.survey.notOpen", notOpen.messageKey());
        RuleViolation unknown = assertThrows(RuleViolation.class, () -> asOperator(() -> announcements.announce(-1L)));
        assertEquals("notFound", unknown.messageKey());
        assertEquals(
                List.of(0L),
                MailRows.query("SELECT COUNT(*) FROM campaign WHERE survey_id = ?", upcoming).stream()
                        .map(r -> ((Number) r.get(0)).longValue())
                        .toList());
    }

    /** A verified member with a confirmed address who takes the monthly mail, in {@code language}. */
    private long mailable(int birthYear, String language) throws Exception {
        long id = Fixtures.citizen(signUps, birthYear);
        MailRows.update(
                "UPDATE member SET email_confirmed = TRUE, mail_opt_in = TRUE, language = ? WHERE id = ?",
                language,
                id);
        return id;
    }

    private static String address(long memberId) throws Exception {
        return (String) MailRows.query("SELECT email FROM member WHERE id = ?", memberId)
                .get(0)
                .get(0);
    }

    private long create(String title, Consumer<SurveyForm> change) throws Exception {
        LocalDateTime now = LocalDateTime.now(SEOUL);
        SurveyForm form = new SurveyForm();
        form.setTitle(title);
        form.setIntro("정책 포럼 참여 수준을 알아보는 설문입니다.");
        form.setAudience(SurveyAudience.ALL_MEMBERS);
        form.setOpensAt(now.minusMinutes(5));
        form.setClosesAt(now.plusDays(7));
        form.getQuestions().add(new QuestionForm(QuestionKind.SCALE_1_5, "포럼에 만족하십니까?"));
        change.accept(form);
        return asOperator(() -> surveys.create(form));
    }

    private static List<ReceivedMail> mailsAbout(String address, String title) {
        return MailCatcher.messagesTo(address).stream()
                .filter(m -> m.subject().contains(title))
                .toList();
    }

    private static ReceivedMail only(List<ReceivedMail> mails) {
        assertEquals(
                1,
                mails.size(),
                () -> "exactly one mail, got "
                        + mails.stream().map(ReceivedMail::subject).toList());
        return mails.get(0);
    }

    private CampaignView awaitDone(long campaignId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            CampaignView view = asOperator(() -> campaigns.progress(campaignId));
            if (view.state() == State.DONE) {
                return view;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("campaign not done: " + view);
            }
            Thread.sleep(250);
        }
    }

    private <T> T asOperator(Callable<T> work) throws Exception {
        return Identities.as(operator, OPERATOR, work);
    }
}
