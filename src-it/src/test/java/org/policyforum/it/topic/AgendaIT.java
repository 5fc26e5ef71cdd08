package org.policyforum.it.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Year;
import java.time.ZoneId;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.discussion.boundary.TopicPages;
import org.policyforum.it.Deployments;
import org.policyforum.it.Fixtures;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.boundary.ExpertBriefs;
import org.policyforum.topic.boundary.Suggestions;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.boundary.YouthPanel;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;
import org.policyforum.topic.entity.TopicSuggestion;
import org.policyforum.topic.entity.YouthApplication;

/** Agenda setting: the suggestion box and the youth panel, through their boundaries. */
@ExtendWith(ArquillianExtension.class)
class AgendaIT {

    static final Set<String> CITIZEN = Set.of("CITIZEN");
    static final Set<String> OPERATOR = Set.of("OPERATOR", "CITIZEN");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(AgendaIT.class);
    }

    @Inject
    Suggestions suggestions;

    @Inject
    YouthPanel youthPanel;

    @Inject
    SignUps signUps;

    @Inject
    Opinions opinions;

    @Inject
    TopicAdministration administration;

    @Inject
    Bureaus bureaus;

    @Inject
    ExpertBriefs briefs;

    @Inject
    TopicPages topicPages;

    long operator;
    long author;
    long supporter;

    @BeforeEach
    void people() {
        operator = Fixtures.citizen(signUps, 1980);
        Fixtures.grant(operator, "OPERATOR");
        author = Fixtures.citizen(signUps, 1985);
        supporter = Fixtures.citizen(signUps, 1992);
    }

    @Test
    void aSuggestionIsSupportedOncePerMemberAndDeclinedWithAReason() throws Exception {
        long id = Identities.as(author, CITIZEN, () -> suggestions.submit(Forum.MAIN, "한강 금연 구역", "간접흡연 피해", null))
                .getId();
        RuleViolation own =
                assertThrows(RuleViolation.class, () -> Identities.run(author, CITIZEN, () -> suggestions.support(id)));
        assertEquals("suggestion.support.own", own.messageKey());
        Identities.run(supporter, CITIZEN, () -> suggestions.support(id));
        RuleViolation twice = assertThrows(
                RuleViolation.class, () -> Identities.run(supporter, CITIZEN, () -> suggestions.support(id)));
        assertEquals("suggestion.support.duplicate", twice.messageKey());
        var inBox = suggestions.box(0, 200).stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow();
        assertEquals(1, inBox.supports());

        RuleViolation noReason = assertThrows(
                RuleViolation.class, () -> Identities.run(operator, OPERATOR, () -> suggestions.decline(id, " ")));
        assertEquals("reason", noReason.field());
        assertThrows(
                EJBAccessException.class,
                () -> Identities.run(supporter, CITIZEN, () -> suggestions.decline(id, "권한 없음")));
        Identities.run(operator, OPERATOR, () -> suggestions.decline(id, "이미 시행 중인 정책입니다"));
        var mine = Identities.as(author, CITIZEN, () -> suggestions.mine()).stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow();
        assertEquals(TopicSuggestion.Status.DECLINED, mine.status());
        assertEquals("이미 시행 중인 정책입니다", mine.decisionReason(), "the author reads why");
        assertTrue(
                suggestions.box(0, 200).stream().noneMatch(s -> s.id() == id),
                "a decided suggestion leaves the open box");
        RuleViolation decided = assertThrows(
                RuleViolation.class, () -> Identities.run(operator, OPERATOR, () -> suggestions.select(id)));
        assertEquals("suggestion.alreadyDecided", decided.messageKey());
    }

    @Test
    void youngMembersApplyAndAnOperatorApproves() throws Exception {
        int thisYear = Year.now(ZoneId.of("Asia/Seoul")).getValue();
        long young = Fixtures.citizen(signUps, thisYear - 16);
        RuleViolation tooOld = assertThrows(
                RuleViolation.class, () -> Identities.as(author, CITIZEN, () -> youthPanel.apply("참여하고 싶어요")));
        assertEquals("youth.outOfRange", tooOld.messageKey());
        RuleViolation empty =
                assertThrows(RuleViolation.class, () -> Identities.as(young, CITIZEN, () -> youthPanel.apply("")));
        assertEquals("motivation", empty.field());

        long application = Identities.as(young, CITIZEN, () -> youthPanel.apply("학교 앞 공간 문제를 이야기하고 싶어요"))
                .getId();
        RuleViolation again =
                assertThrows(RuleViolation.class, () -> Identities.as(young, CITIZEN, () -> youthPanel.apply("다시")));
        assertEquals("youth.alreadyApplied", again.messageKey());

        long youthTopic = openYouthTopic();
        RuleViolation notYet = assertThrows(
                RuleViolation.class,
                () -> Identities.as(young, CITIZEN, () -> opinions.post(youthTopic, Stance.PRO, "의견")));
        assertEquals("opinion.youth.panelistsOnly", notYet.messageKey());

        Identities.run(operator, OPERATOR, () -> youthPanel.approve(application));
        assertEquals(
                YouthApplication.Status.APPROVED,
                Identities.as(young, CITIZEN, () -> youthPanel.mine())
                        .orElseThrow()
                        .getStatus());
        Identities.as(
                young, Set.of("CITIZEN", "YOUTH_PANELIST"), () -> opinions.post(youthTopic, Stance.PRO, "패널이 되어 씁니다"));
    }

    @Test
    void theYouthForumCanBeOpenedToEveryoneInTheAgeRange() throws Exception {
        int thisYear = Year.now(ZoneId.of("Asia/Seoul")).getValue();
        long young = Fixtures.citizen(signUps, thisYear - 20);
        long youthTopic = openYouthTopic();
        try {
            Identities.run(operator, OPERATOR, () -> youthPanel.changeSettings(14, 24, true));
            Identities.as(young, CITIZEN, () -> opinions.post(youthTopic, Stance.CON, "패널은 아니지만 나이 범위 안"));
            RuleViolation outside = assertThrows(
                    RuleViolation.class,
                    () -> Identities.as(author, CITIZEN, () -> opinions.post(youthTopic, Stance.CON, "나이 범위 밖")));
            assertEquals("opinion.youth.panelistsOnly", outside.messageKey());
        } finally {
            Identities.run(operator, OPERATOR, () -> youthPanel.changeSettings(14, 24, false));
        }
    }

    @Test
    void anInvitedExpertWritesTheirOwnBriefOnce() throws Exception {
        long expert = Fixtures.citizen(signUps, 1970);
        Fixtures.grant(expert, "EXPERT");
        long topic = openTopic(Forum.MAIN);
        RuleViolation notExpert = assertThrows(
                RuleViolation.class,
                () -> Identities.as(operator, OPERATOR, () -> briefs.invite(topic, supporter, Stance.PRO)));
        assertEquals("brief.invite.notExpert", notExpert.messageKey());
        long invitation = Identities.as(operator, OPERATOR, () -> briefs.invite(topic, expert, Stance.CON))
                .getId();
        RuleViolation twice = assertThrows(
                RuleViolation.class,
                () -> Identities.as(operator, OPERATOR, () -> briefs.invite(topic, expert, Stance.PRO)));
        assertEquals("brief.invite.duplicate", twice.messageKey());

        Set<String> expertRoles = Set.of("CITIZEN", "EXPERT");
        RuleViolation someoneElses = assertThrows(
                RuleViolation.class,
                () -> Identities.as(author, expertRoles, () -> briefs.write(invitation, null, "남의 초청", "본문")));
        assertEquals("notFound", someoneElses.messageKey());
        Identities.as(expert, expertRoles, () -> briefs.write(invitation, "서울연구원", "반대 의견", "근거가 부족합니다"));
        RuleViolation again = assertThrows(
                RuleViolation.class,
                () -> Identities.as(expert, expertRoles, () -> briefs.write(invitation, "서울연구원", "다시", "또")));
        assertEquals("brief.alreadyWritten", again.messageKey());
        var page = topicPages.page(topic, 10).orElseThrow();
        assertEquals(1, page.con().size());
        assertTrue(page.con().get(0).getExpertName().startsWith("시민"), "the brief carries the expert's real name");
    }

    private long openYouthTopic() throws Exception {
        return openTopic(Forum.YOUTH);
    }

    private long openTopic(Forum forum) throws Exception {
        return Fixtures.openTopic(administration, bureaus, operator, forum);
    }
}
