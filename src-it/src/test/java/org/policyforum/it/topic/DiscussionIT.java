package org.policyforum.it.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.discussion.boundary.TopicPages;
import org.policyforum.discussion.entity.Comment;
import org.policyforum.discussion.entity.Opinion;
import org.policyforum.discussion.entity.ReactionKind;
import org.policyforum.discussion.entity.TargetType;
import org.policyforum.it.Deployments;
import org.policyforum.it.ExactlyOnce;
import org.policyforum.it.Fixtures;
import org.policyforum.it.Parallel;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;

/** Opinions, comments and reactions on an open topic, as several members, in the real server. */
@ExtendWith(ArquillianExtension.class)
class DiscussionIT {

    static final Set<String> CITIZEN = Set.of("CITIZEN");
    static final Set<String> OPERATOR = Set.of("OPERATOR", "CITIZEN");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(DiscussionIT.class);
    }

    @Inject
    Opinions opinions;

    @Inject
    TopicPages topicPages;

    @Inject
    TopicAdministration administration;

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/datasources/ForumDS")
    DataSource ds;

    long topic;
    long alice;
    long bob;
    long operator;

    @BeforeEach
    void openTopic() throws Exception {
        operator = Fixtures.citizen(signUps, 1980);
        Fixtures.grant(operator, "OPERATOR");
        alice = Fixtures.citizen(signUps, 1990);
        bob = Fixtures.citizen(signUps, 1970);
        topic = Fixtures.openTopic(administration, bureaus, operator, Forum.MAIN);
    }

    @Test
    void editingKeepsTheHistoryAndOnlyTheAuthorMayEdit() throws Exception {
        long opinion = Identities.as(alice, CITIZEN, () -> opinions.post(topic, Stance.PRO, "처음 생각"))
                .getId();
        RuleViolation notYours = assertThrows(
                RuleViolation.class,
                () -> Identities.as(bob, CITIZEN, () -> opinions.edit(opinion, Stance.CON, "남의 글 고치기")));
        assertEquals("notFound", notYours.messageKey());

        Identities.as(alice, CITIZEN, () -> opinions.edit(opinion, Stance.NEUTRAL, "다시 생각해 보니"));
        var view = topicPages.page(topic, 10).orElseThrow().opinions().get(0);
        assertEquals("다시 생각해 보니", view.body());
        assertTrue(view.edited());
        var history = opinions.history(TargetType.OPINION, opinion);
        assertEquals(1, history.size());
        assertEquals("처음 생각", history.get(0).getBody());
        assertEquals(Stance.PRO, history.get(0).getStance());
    }

    @Test
    void aWithdrawnOpinionLeavesAPlaceholder() throws Exception {
        long opinion = Identities.as(alice, CITIZEN, () -> opinions.post(topic, Stance.CON, "철회할 의견"))
                .getId();
        assertThrows(RuleViolation.class, () -> Identities.run(bob, CITIZEN, () -> opinions.withdraw(opinion)));
        Identities.run(alice, CITIZEN, () -> opinions.withdraw(opinion));
        var page = topicPages.page(topic, 10).orElseThrow();
        var view = page.opinions().get(0);
        assertEquals(Opinion.Status.WITHDRAWN, view.status());
        assertEquals("", view.body(), "the text is not sent to anyone");
        assertEquals(0, page.count(Stance.CON), "and no longer counts");
        assertThrows(
                RuleViolation.class, () -> Identities.as(bob, CITIZEN, () -> opinions.comment(opinion, null, "늦은 댓글")));
    }

    @Test
    void commentsThreadUnderTheirOpinion() throws Exception {
        long opinion = Identities.as(alice, CITIZEN, () -> opinions.post(topic, Stance.PRO, "의견"))
                .getId();
        Comment first = Identities.as(bob, CITIZEN, () -> opinions.comment(opinion, null, "첫 댓글"));
        Identities.as(alice, CITIZEN, () -> opinions.comment(opinion, first.getId(), "답글"));
        Identities.as(bob, CITIZEN, () -> opinions.comment(opinion, null, "둘째 댓글"));
        var thread = topicPages.page(topic, 10).orElseThrow().opinions().get(0).comments();
        assertEquals(
                List.of("첫 댓글", "답글", "둘째 댓글"),
                thread.stream().map(TopicPages.CommentView::body).toList());
        assertEquals(
                List.of(0, 1, 0),
                thread.stream().map(TopicPages.CommentView::depth).toList());

        long other = Identities.as(bob, CITIZEN, () -> opinions.post(topic, Stance.CON, "다른 의견"))
                .getId();
        RuleViolation crossThread = assertThrows(
                RuleViolation.class,
                () -> Identities.as(alice, CITIZEN, () -> opinions.comment(other, first.getId(), "엉뚱한 답글")));
        assertEquals("notFound", crossThread.messageKey());
        RuleViolation empty = assertThrows(
                RuleViolation.class, () -> Identities.as(alice, CITIZEN, () -> opinions.comment(opinion, null, " ")));
        assertEquals("comment.body.required", empty.messageKey());
    }

    @Test
    void aReactionIsOnePerMemberAndChangeable() throws Exception {
        long opinion = Identities.as(alice, CITIZEN, () -> opinions.post(topic, Stance.PRO, "공감해 주세요"))
                .getId();
        Identities.as(bob, CITIZEN, () -> opinions.react(TargetType.OPINION, opinion, ReactionKind.AGREE));
        Identities.as(bob, CITIZEN, () -> opinions.react(TargetType.OPINION, opinion, ReactionKind.AGREE));
        var view = topicPages.page(topic, 10).orElseThrow().opinions().get(0);
        assertEquals(1, view.agrees());
        Identities.as(bob, CITIZEN, () -> opinions.react(TargetType.OPINION, opinion, ReactionKind.DISAGREE));
        view = topicPages.page(topic, 10).orElseThrow().opinions().get(0);
        assertEquals(0, view.agrees());
        assertEquals(1, view.disagrees());
        assertEquals(1, reactionRows(bob, opinion));
    }

    @Test
    @ExactlyOnce
    void twentyParallelReactionsOfOneMemberStoreOne() throws Exception {
        long opinion = Identities.as(alice, CITIZEN, () -> opinions.post(topic, Stance.PRO, "동시에 누르기"))
                .getId();
        List<String> results = Parallel.outcomes(executor, 20, () -> {
            Identities.as(bob, CITIZEN, () -> opinions.react(TargetType.OPINION, opinion, ReactionKind.AGREE));
            return "stored";
        });
        assertTrue(
                results.stream().allMatch(r -> r.equals("stored") || r.equals("reaction.duplicate")),
                results::toString);
        assertTrue(results.contains("stored"));
        assertEquals(1, reactionRows(bob, opinion));
        assertEquals(
                1, topicPages.page(topic, 10).orElseThrow().opinions().get(0).agrees());
    }

    @Test
    void aClosedTopicIsReadOnly() throws Exception {
        long opinion = Identities.as(alice, CITIZEN, () -> opinions.post(topic, Stance.PRO, "마감 전 의견"))
                .getId();
        Identities.as(operator, OPERATOR, () -> administration.close(topic));
        for (var attempt : List.<Identities.ThrowingRunnable>of(
                () -> opinions.react(TargetType.OPINION, opinion, ReactionKind.AGREE),
                () -> opinions.comment(opinion, null, "마감 후 댓글"),
                () -> opinions.edit(opinion, Stance.CON, "마감 후 수정"),
                () -> opinions.withdraw(opinion))) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> Identities.run(alice, CITIZEN, attempt));
            assertEquals("opinion.topic.notOpen", refused.messageKey());
        }
        var view = topicPages.page(topic, 10).orElseThrow().opinions().get(0);
        assertEquals("마감 전 의견", view.body());
        assertFalse(view.edited());
        assertEquals(0, view.agrees());
    }

    @Test
    void mostAgreedComesFirstWhenAsked() throws Exception {
        long quiet = Identities.as(alice, CITIZEN, () -> opinions.post(topic, Stance.PRO, "조용한 의견"))
                .getId();
        long popular = Identities.as(bob, CITIZEN, () -> opinions.post(topic, Stance.CON, "인기 의견"))
                .getId();
        long newest = Identities.as(alice, CITIZEN, () -> opinions.post(topic, Stance.NEUTRAL, "최신 의견"))
                .getId();
        Identities.as(alice, CITIZEN, () -> opinions.react(TargetType.OPINION, popular, ReactionKind.AGREE));
        Identities.as(operator, OPERATOR, () -> opinions.react(TargetType.OPINION, popular, ReactionKind.AGREE));
        var byAgreement = topicPages
                .page(topic, new TopicPages.OpinionQuery(null, TopicPages.Order.MOST_AGREED, 0, 10))
                .orElseThrow();
        assertEquals(popular, byAgreement.opinions().get(0).id());
        var newestFirst = topicPages
                .page(topic, new TopicPages.OpinionQuery(null, TopicPages.Order.NEWEST, 0, 10))
                .orElseThrow();
        assertEquals(newest, newestFirst.opinions().get(0).id());
        var onlyPro = topicPages
                .page(topic, new TopicPages.OpinionQuery(Stance.PRO, TopicPages.Order.NEWEST, 0, 10))
                .orElseThrow();
        assertEquals(
                List.of(quiet),
                onlyPro.opinions().stream().map(TopicPages.OpinionView::id).toList());
        assertEquals(1, onlyPro.matchingOpinions());
        var secondPage = topicPages
                .page(topic, new TopicPages.OpinionQuery(null, TopicPages.Order.NEWEST, 2, 2))
                .orElseThrow();
        assertEquals(
                List.of(quiet),
                secondPage.opinions().stream().map(TopicPages.OpinionView::id).toList());
    }

    private long reactionRows(long member, long opinion) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement st = c.prepareStatement(
                        "SELECT COUNT(*) FROM reaction WHERE member_id = ? AND target_type = 'OPINION' AND "
                                + "target_id = ?")) {
            st.setLong(1, member);
            st.setLong(2, opinion);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
