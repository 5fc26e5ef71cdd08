package org.policyforum.it.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyforum.it.idea.IdeaScenario.CITIZEN;
import static org.policyforum.it.idea.IdeaScenario.number;
import static org.policyforum.it.idea.IdeaScenario.propose;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.idea.boundary.IdeaComments;
import org.policyforum.idea.boundary.IdeaViews;
import org.policyforum.idea.boundary.Ideas;
import org.policyforum.idea.entity.IdeaComment;
import org.policyforum.idea.entity.IdeaCommentReaction.Kind;
import org.policyforum.it.Deployments;
import org.policyforum.it.ExactlyOnce;
import org.policyforum.it.Fixtures;
import org.policyforum.it.Parallel;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.platform.entity.RuleViolation;

/** Comments on ideas through their boundary, with the rules of comments under opinions (H2 and PostgreSQL passes). */
@ExtendWith(ArquillianExtension.class)
class IdeaCommentsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(IdeaCommentsIT.class, IdeaScenario.class);
    }

    @Inject
    Ideas ideas;

    @Inject
    IdeaComments comments;

    @Inject
    SignUps signUps;

    @Resource
    ManagedExecutorService executor;

    long author;
    long alice;
    long bob;
    long idea;

    @BeforeEach
    void anIdeaAndTwoMembers() throws Exception {
        author = Fixtures.citizen(signUps, 1985);
        alice = Fixtures.citizen(signUps, 1990);
        bob = Fixtures.citizen(signUps, 1995);
        idea = propose(ideas, author, "공원 그늘막 " + Fixtures.unique());
    }

    private long comment(long member, Long parent, String body) throws Exception {
        return Identities.as(member, CITIZEN, () -> comments.comment(idea, parent, body));
    }

    private static String refusal(long member, Identities.ThrowingRunnable attempt) {
        return assertThrows(RuleViolation.class, () -> Identities.run(member, CITIZEN, attempt))
                .messageKey();
    }

    private List<IdeaViews.Comment> thread(long viewer) throws Exception {
        return Identities.as(viewer, CITIZEN, () -> comments.of(idea, IdeaComments.THREADS_SHOWN))
                .orElseThrow()
                .comments();
    }

    @Test
    void repliesFollowTheirParentOneStepDeeperAndStayUnderTheirIdea() throws Exception {
        long first = comment(alice, null, "그늘막이 있으면 좋겠습니다");
        long second = comment(bob, null, "둘째 글타래");
        long reply = comment(bob, first, "동의합니다 https://seoul.go.kr/a");
        long deeper = comment(author, reply, "검토해 주세요");
        List<IdeaViews.Comment> view = thread(alice);
        assertEquals(
                List.of(first, reply, deeper, second),
                view.stream().map(IdeaViews.Comment::id).toList());
        assertEquals(
                List.of(0, 1, 2, 0), view.stream().map(IdeaViews.Comment::depth).toList());
        assertTrue(view.get(0).mine() && !view.get(1).mine());
        assertEquals(2, comments.of(idea, 1).orElseThrow().threads());
        assertEquals(
                List.of(first, reply, deeper),
                comments.of(idea, 1).orElseThrow().comments().stream()
                        .map(IdeaViews.Comment::id)
                        .toList(),
                "a page of threads holds each thread whole");

        long otherIdea = propose(ideas, author, "다른 아이디어 " + Fixtures.unique());
        assertEquals("notFound", refusal(bob, () -> comments.comment(otherIdea, first, "다른 아이디어의 댓글에 답글")));
        assertThrows(EJBAccessException.class, () -> comments.comment(idea, null, "로그인 없이"));
    }

    @Test
    void theAuthorEditsWithHistoryAndWithdrawsAndNobodyElseMay() throws Exception {
        long mine = comment(alice, null, "처음 쓴 글");
        Identities.run(alice, CITIZEN, () -> comments.edit(mine, "고친 글"));
        Identities.run(alice, CITIZEN, () -> comments.edit(mine, "다시 고친 글"));
        assertEquals(
                List.of("처음 쓴 글", "고친 글"),
                comments.history(mine).stream()
                        .map(IdeaViews.CommentRevision::body)
                        .toList());
        IdeaViews.Comment shown = thread(bob).get(0);
        assertEquals("다시 고친 글", shown.body());
        assertTrue(shown.edited());

        assertEquals("notFound", refusal(bob, () -> comments.edit(mine, "남의 글 고치기")));
        assertEquals("notFound", refusal(bob, () -> comments.withdraw(mine)));
        assertEquals("다시 고친 글", thread(bob).get(0).body());

        long reply = comment(bob, mine, "답글은 남습니다");
        Identities.run(alice, CITIZEN, () -> comments.withdraw(mine));
        List<IdeaViews.Comment> view = thread(bob);
        assertEquals(IdeaComment.Status.WITHDRAWN, view.get(0).status());
        assertEquals("", view.get(0).body(), "a placeholder, no text");
        assertEquals(reply, view.get(1).id());
        assertEquals(List.of(), comments.history(mine), "a withdrawn comment's earlier words go with it");
        assertEquals("idea.comment.notVisible", refusal(alice, () -> comments.edit(mine, "거둔 뒤 고치기")));
        assertEquals("notFound", refusal(bob, () -> comments.react(mine, Kind.AGREE)));
    }

    @Test
    void aReactionIsOnePerMemberAndChangeable() throws Exception {
        long target = comment(alice, null, "공감해 주세요");
        Identities.run(bob, CITIZEN, () -> comments.react(target, Kind.AGREE));
        Identities.run(bob, CITIZEN, () -> comments.react(target, Kind.AGREE));
        assertEquals(1, reactionRows(target, bob));
        assertEquals(1, thread(bob).get(0).agrees());
        assertEquals(Kind.AGREE, thread(bob).get(0).myReaction());
        Identities.run(bob, CITIZEN, () -> comments.react(target, Kind.DISAGREE));
        IdeaViews.Comment view = thread(bob).get(0);
        assertEquals(0, view.agrees());
        assertEquals(1, view.disagrees());
        assertEquals(Kind.DISAGREE, view.myReaction());
        assertEquals(1, reactionRows(target, bob));
    }

    @Test
    @ExactlyOnce
    void twentyParallelReactionsOfOneMemberStoreOne() throws Exception {
        long target = comment(alice, null, "동시에 누르기");
        List<String> results = Parallel.outcomes(executor, 20, () -> {
            Identities.run(bob, CITIZEN, () -> comments.react(target, Kind.AGREE));
            return "stored";
        });
        assertTrue(
                results.stream().allMatch(r -> r.equals("stored") || r.equals("reaction.duplicate")),
                results::toString);
        assertTrue(results.contains("stored"), results::toString);
        assertEquals(1, reactionRows(target, bob));
        assertEquals(1, thread(alice).get(0).agrees());
    }

    @Test
    void badTextIsRefusedAndNothingIsStored() throws Exception {
        assertEquals("comment.body.required", refusal(alice, () -> comments.comment(idea, null, "  ")));
        assertEquals(
                "input.residentNumber", refusal(alice, () -> comments.comment(idea, null, "제 번호는 900101-1234567 입니다")));
        assertEquals("comment.body.tooLong", refusal(alice, () -> comments.comment(idea, null, "가".repeat(20_000))));
        assertEquals(0, number("SELECT COUNT(*) FROM idea_comment WHERE idea_id = ?", idea));
        long mine = comment(alice, null, "<script>alert(1)</script> 그대로 글자로");
        assertEquals("input.residentNumber", refusal(alice, () -> comments.edit(mine, "수정: 900101-1234567")));
        assertEquals("<script>alert(1)</script> 그대로 글자로", thread(alice).get(0).body(), "plain text, escaped by pages");
        assertEquals(List.of(), comments.history(mine), "a refused edit keeps no history");
    }

    @Test
    void aWithdrawnOrMergedIdeaTakesNoMoreCommentsAndSaysWhy() throws Exception {
        long before = comment(alice, null, "철회 전 댓글");
        Identities.run(author, CITIZEN, () -> ideas.withdraw(idea));
        IdeaViews.Comments closed = comments.of(idea, 10).orElseThrow();
        assertFalse(closed.open());
        assertEquals("idea.comments.closed.WITHDRAWN", closed.closedKey());
        for (var attempt : List.<Identities.ThrowingRunnable>of(
                () -> comments.comment(idea, null, "철회 후 댓글"),
                () -> comments.comment(idea, before, "철회 후 답글"),
                () -> comments.react(before, Kind.AGREE),
                () -> comments.edit(before, "철회 후 수정"),
                () -> comments.withdraw(before))) {
            assertEquals("idea.comments.closed.WITHDRAWN", refusal(alice, attempt));
        }
        assertEquals(1, number("SELECT COUNT(*) FROM idea_comment WHERE idea_id = ?", idea));
        assertEquals("철회 전 댓글", thread(alice).get(0).body());

        long merged = propose(ideas, author, "병합될 아이디어 " + Fixtures.unique());
        IdeaScenario.update("UPDATE idea SET state = 'MERGED' WHERE id = ?", merged);
        assertEquals("idea.comments.closed.MERGED", refusal(bob, () -> comments.comment(merged, null, "병합 후 댓글")));
        assertEquals(
                "idea.comments.closed.MERGED",
                comments.of(merged, 10).orElseThrow().closedKey());
        assertTrue(comments.of(Long.MAX_VALUE, 10).isEmpty());
    }

    private static long reactionRows(long comment, long member) throws Exception {
        return number(
                "SELECT COUNT(*) FROM idea_comment_reaction WHERE comment_id = ? AND member_id = ?", comment, member);
    }
}
