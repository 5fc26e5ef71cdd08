package org.policyforum.it.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyforum.it.moderation.ModerationScenario.CITIZEN;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.award.boundary.CitizenVotes;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.discussion.boundary.TopicPages;
import org.policyforum.discussion.entity.ReactionKind;
import org.policyforum.discussion.entity.TargetType;
import org.policyforum.idea.boundary.IdeaComments;
import org.policyforum.idea.boundary.IdeaSupports;
import org.policyforum.idea.boundary.Ideas;
import org.policyforum.idea.entity.IdeaCommentReaction;
import org.policyforum.it.Deployments;
import org.policyforum.it.ExactlyOnce;
import org.policyforum.it.Fixtures;
import org.policyforum.it.Parallel;
import org.policyforum.it.Rows;
import org.policyforum.it.clock.TestClock;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.member.entity.WritingRestricted;
import org.policyforum.moderation.boundary.ModerationReports;
import org.policyforum.moderation.boundary.SanctionView;
import org.policyforum.moderation.boundary.Sanctions;
import org.policyforum.moderation.entity.ReportTarget;
import org.policyforum.moderation.entity.SanctionKind;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.poll.boundary.PollAdministration;
import org.policyforum.poll.boundary.PollForm;
import org.policyforum.poll.boundary.Polls;
import org.policyforum.topic.boundary.Follows;
import org.policyforum.topic.boundary.Suggestions;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;

/**
 * Sanctions through their boundaries (H2 and PostgreSQL passes): a moderator warns, suspends or blocks with a guarded
 * reason; a suspended member is refused at every write boundary with the one message and nothing is stored, reads
 * on, and writes again once the suspension's end has passed; a moderator lifts early; the member appeals once, also
 * when two appeals arrive together; citizens cannot sanction, moderators cannot sanction staff, nobody themselves.
 */
@ExtendWith(ArquillianExtension.class)
class SanctionsIT {

    static final Set<String> MEMBER = Set.of("CITIZEN", "MEMBER");
    static final Set<String> MODERATOR = Set.of("MODERATOR", "CITIZEN", "MEMBER");
    static final Set<String> OPERATOR = Set.of("OPERATOR", "CITIZEN", "MEMBER");
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(SanctionsIT.class, ModerationScenario.class);
    }

    @Resource
    ManagedExecutorService executor;

    @Inject
    SignUps signUps;

    @Inject
    TopicAdministration topics;

    @Inject
    Bureaus bureaus;

    @Inject
    Opinions opinions;

    @Inject
    TopicPages pages;

    @Inject
    Sanctions sanctions;

    @Inject
    ModerationReports reports;

    @Inject
    Polls polls;

    @Inject
    PollAdministration pollAdministration;

    @Inject
    Ideas ideas;

    @Inject
    IdeaComments ideaComments;

    @Inject
    IdeaSupports supports;

    @Inject
    CitizenVotes votes;

    @Inject
    Suggestions suggestions;

    @Inject
    Follows follows;

    long topic;
    long member;
    long moderator;

    @BeforeEach
    void people() throws Exception {
        topic = ModerationScenario.topic(signUps, topics, bureaus);
        member = Fixtures.citizen(signUps, 1988);
        moderator = Fixtures.citizen(signUps, 1970);
        Fixtures.grant(moderator, "MODERATOR");
    }

    private long place(long by, Set<String> roles, long whom, SanctionKind kind, Integer days, String reason)
            throws Exception {
        return Identities.as(by, roles, () -> sanctions.place(whom, kind, days, reason));
    }

    private static String refusal(long who, Set<String> roles, Identities.ThrowingRunnable attempt) {
        return assertThrows(RuleViolation.class, () -> Identities.run(who, roles, attempt))
                .messageKey();
    }

    private long sanctionRows(long whom) throws Exception {
        return Rows.count("SELECT COUNT(*) FROM sanction WHERE member_id = ?", whom);
    }

    /** Everything a member can have written, counted in the database: it must not move while they are suspended. */
    private long written(long who) throws Exception {
        long total = 0;
        for (String sql : List.of(
                "SELECT COUNT(*) FROM opinion WHERE author_id = ?",
                "SELECT COUNT(*) FROM opinion_comment WHERE author_id = ?",
                "SELECT COUNT(*) FROM reaction WHERE member_id = ?",
                "SELECT COUNT(*) FROM ballot WHERE member_id = ?",
                "SELECT COUNT(*) FROM idea WHERE author_id = ?",
                "SELECT COUNT(*) FROM idea_comment WHERE author_id = ?",
                "SELECT COUNT(*) FROM idea_comment_reaction WHERE member_id = ?",
                "SELECT COUNT(*) FROM idea_support WHERE member_id = ?",
                "SELECT COUNT(*) FROM idea_follow WHERE member_id = ?",
                "SELECT COUNT(*) FROM award_vote WHERE voter_id = ?",
                "SELECT COUNT(*) FROM moderation_report WHERE reporter_id = ?",
                "SELECT COUNT(*) FROM topic_suggestion WHERE author_id = ?",
                "SELECT COUNT(*) FROM suggestion_support WHERE member_id = ?",
                "SELECT COUNT(*) FROM topic_follow WHERE member_id = ?")) {
            total += Rows.count(sql, who);
        }
        return total;
    }

    @Test
    void aSuspendedMembersWritesAreRefusedAtEveryWriteBoundaryWithOneMessageAndNothingIsStored() throws Exception {
        long other = Fixtures.citizen(signUps, 1991);
        long othersOpinion = ModerationScenario.opinion(opinions, topic, other, "다른 회원의 의견 " + Fixtures.unique());
        long othersComment = Identities.as(other, CITIZEN, () -> opinions.comment(othersOpinion, null, "댓글"))
                .getId();
        long ownOpinion = ModerationScenario.opinion(opinions, topic, member, "내 의견 " + Fixtures.unique());
        long idea = Identities.as(other, CITIZEN, () -> ideas.propose(proposal("다른 회원의 아이디어")));
        long ownIdea = Identities.as(member, CITIZEN, () -> ideas.propose(proposal("내 아이디어")));
        long ideaComment = Identities.as(other, CITIZEN, () -> ideaComments.comment(idea, null, "아이디어 댓글"));
        long ownIdeaComment = Identities.as(member, CITIZEN, () -> ideaComments.comment(idea, null, "내 댓글"));
        long suggestion = Identities.as(
                        other, CITIZEN, () -> suggestions.submit(Forum.MAIN, "제안 " + Fixtures.unique(), "이유", null))
                .getId();
        long operator = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(operator, "OPERATOR");
        PollForm form = new PollForm();
        form.setQuestion("야간 개방? " + Fixtures.unique());
        form.setOptions(List.of("찬성", "반대"));
        form.setOpensAt(java.time.LocalDateTime.now(SEOUL).minusMinutes(5));
        form.setClosesAt(java.time.LocalDateTime.now(SEOUL).plusDays(7));
        long poll = Identities.as(operator, OPERATOR, () -> pollAdministration.create(form))
                .getId();
        long option = polls.view(poll).orElseThrow().options().get(0).id();

        place(moderator, MODERATOR, member, SanctionKind.SUSPENSION, 7, "반복된 광고 글");
        long before = written(member);
        String opinionBefore = (String) Rows.single("SELECT body FROM opinion WHERE id = ?", ownOpinion);

        Map<String, Identities.ThrowingRunnable> writes = new LinkedHashMap<>();
        writes.put("opinion", () -> opinions.post(topic, Stance.CON, "제한 중의 의견"));
        writes.put("opinion edit", () -> opinions.edit(ownOpinion, Stance.CON, "고친 의견"));
        writes.put("comment", () -> opinions.comment(othersOpinion, null, "제한 중의 댓글"));
        writes.put("reply", () -> opinions.comment(othersOpinion, othersComment, "제한 중의 답글"));
        writes.put("agree", () -> opinions.react(TargetType.OPINION, othersOpinion, ReactionKind.AGREE));
        writes.put("disagree comment", () -> opinions.react(TargetType.COMMENT, othersComment, ReactionKind.DISAGREE));
        writes.put("ballot", () -> polls.castBallot(poll, Set.of(option)));
        writes.put("idea", () -> ideas.propose(proposal("제한 중의 아이디어")));
        writes.put("idea edit", () -> ideas.edit(ownIdea, "고친 제목", "고친 본문"));
        writes.put("idea support", () -> supports.support(idea));
        writes.put("idea follow", () -> ideas.follow(idea));
        writes.put("idea comment", () -> ideaComments.comment(idea, null, "제한 중의 아이디어 댓글"));
        writes.put("idea comment edit", () -> ideaComments.edit(ownIdeaComment, "고친 댓글"));
        writes.put("idea comment reaction", () -> ideaComments.react(ideaComment, IdeaCommentReaction.Kind.AGREE));
        writes.put("award vote", () -> votes.voteFor(Long.MAX_VALUE));
        writes.put("report", () -> reports.report(ReportTarget.OPINION, othersOpinion, "SPAM", null));
        writes.put("suggestion", () -> suggestions.submit(Forum.MAIN, "제한 중의 제안", "이유", null));
        writes.put("suggestion support", () -> suggestions.support(suggestion));
        writes.put("topic follow", () -> follows.follow(topic));
        for (var write : writes.entrySet()) {
            RuleViolation refused = assertThrows(
                    RuleViolation.class, () -> Identities.run(member, MEMBER, write.getValue()), write.getKey());
            assertTrue(refused instanceof WritingRestricted, write.getKey() + ": " + refused);
            assertEquals("sanction.restricted.until", refused.messageKey(), write.getKey());
            assertTrue(refused.arguments()[0].toString().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"), write.getKey());
        }
        assertEquals(before, written(member), "nothing the suspended member tried was stored");
        assertEquals(opinionBefore, Rows.single("SELECT body FROM opinion WHERE id = ?", ownOpinion));

        // reading stays, and so does taking back one's own words
        assertTrue(Identities.as(member, MEMBER, () -> pages.page(topic, 20)).isPresent());
        assertTrue(polls.view(poll).isPresent());
        Identities.run(member, MEMBER, () -> opinions.withdraw(ownOpinion));
    }

    private static Ideas.Proposal proposal(String title) {
        return new Ideas.Proposal(title + " " + Fixtures.unique(), "본문 " + title, 1L, "11440");
    }

    @Test
    void aSuspensionEndsByItselfAndAWarningRestrictsNothing() throws Exception {
        place(moderator, MODERATOR, member, SanctionKind.WARNING, null, "주제와 무관한 글이 많습니다");
        ModerationScenario.opinion(opinions, topic, member, "경고 뒤에도 쓸 수 있는 의견");

        place(moderator, MODERATOR, member, SanctionKind.SUSPENSION, 1, "욕설");
        Instant end = Instant.parse(
                Identities.as(member, MEMBER, sanctions::mine).get(0).endsAt().toString());
        assertEquals(
                "sanction.restricted.until", refusal(member, CITIZEN, () -> opinions.post(topic, Stance.PRO, "정지 중")));
        Instant later = end.plusSeconds(60);
        long after = TestClock.at(
                        later,
                        () -> Identities.as(member, CITIZEN, () -> opinions.post(topic, Stance.PRO, "정지가 끝난 뒤의 의견")))
                .getId();
        assertTrue(after > 0);
        List<SanctionView> mine = Identities.as(member, MEMBER, sanctions::mine);
        assertEquals(2, mine.size(), "history kept, newest first");
        assertEquals(SanctionKind.SUSPENSION, mine.get(0).kind());
        assertEquals("욕설", mine.get(0).reason());
        assertEquals(
                mine.get(0).placedAt().atZone(SEOUL).plusDays(1).toInstant(),
                mine.get(0).endsAt(),
                "one calendar day on the organisation's clock");
        assertEquals(
                1,
                Rows.count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'sanction.suspension'" + " AND target = ?",
                        "member:" + member));
    }

    @Test
    void aBlockHoldsUntilAModeratorLiftsItWithAReason() throws Exception {
        long block = place(moderator, MODERATOR, member, SanctionKind.BLOCK, null, "불법 정보 게시");
        assertEquals("sanction.restricted", refusal(member, CITIZEN, () -> ideas.propose(proposal("차단 중"))));
        assertEquals(
                "sanction.restricted",
                TestClock.at(
                        Instant.now().plus(Duration.ofDays(3000)),
                        () -> refusal(member, CITIZEN, () -> ideas.follow(Long.MAX_VALUE))),
                "a block has no end");
        assertEquals("sanction.reason.required", refusal(moderator, MODERATOR, () -> sanctions.lift(block, " ")));
        Identities.run(moderator, MODERATOR, () -> sanctions.lift(block, "착오로 차단"));
        ModerationScenario.opinion(opinions, topic, member, "해제 뒤의 의견");
        assertEquals("sanction.notInForce", refusal(moderator, MODERATOR, () -> sanctions.lift(block, "두 번째 해제")));
        SanctionView lifted =
                Identities.as(moderator, MODERATOR, () -> sanctions.of(member)).get(0);
        assertFalse(lifted.inForce());
        assertEquals("착오로 차단", lifted.liftReason());
        assertEquals(
                1,
                Rows.count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'sanction.lift'" + " AND target = ?",
                        "sanction:" + block));
    }

    @Test
    void hostileReasonsForgedMembersSelfAndStaffAreRefusedAndNothingIsStored() throws Exception {
        Map<String, String> reasons = Map.of(
                "sanction.reason.required", " ",
                "input.residentNumber", "주민번호 900101-1234567 노출",
                "sanction.reason.tooLong", "가".repeat(20_000));
        for (var bad : reasons.entrySet()) {
            assertEquals(
                    bad.getKey(),
                    refusal(
                            moderator,
                            MODERATOR,
                            () -> sanctions.place(member, SanctionKind.WARNING, null, bad.getValue())));
        }
        assertEquals(
                "sanction.days.range",
                refusal(moderator, MODERATOR, () -> sanctions.place(member, SanctionKind.SUSPENSION, 0, "광고")));
        assertEquals(
                "sanction.days.range",
                refusal(moderator, MODERATOR, () -> sanctions.place(member, SanctionKind.SUSPENSION, 366, "광고")));
        assertEquals(
                "sanction.kind.required",
                refusal(moderator, MODERATOR, () -> sanctions.place(member, null, null, "광고")));
        assertEquals(
                "notFound",
                refusal(moderator, MODERATOR, () -> sanctions.place(Long.MAX_VALUE, SanctionKind.BLOCK, null, "광고")));
        assertEquals(
                "sanction.self",
                refusal(moderator, MODERATOR, () -> sanctions.place(moderator, SanctionKind.WARNING, null, "나")));
        assertEquals(0, sanctionRows(member) + sanctionRows(moderator));

        // a <script> is text like any other: stored as typed, escaped where shown
        place(moderator, MODERATOR, member, SanctionKind.WARNING, null, "<script>alert(1)</script>");
        assertEquals(1, sanctionRows(member));
        assertEquals("notFound", refusal(moderator, MODERATOR, () -> sanctions.lift(Long.MAX_VALUE, "없음")));
    }

    @Test
    void citizensCannotSanctionModeratorsCannotSanctionStaffAndOperatorsCan() throws Exception {
        long citizen = Fixtures.citizen(signUps, 1990);
        assertThrows(
                EJBAccessException.class,
                () -> Identities.run(citizen, MEMBER, () -> sanctions.place(member, SanctionKind.BLOCK, null, "x")));
        assertThrows(EJBAccessException.class, () -> Identities.run(citizen, MEMBER, () -> sanctions.of(member)));
        assertThrows(EJBAccessException.class, () -> Identities.run(citizen, MEMBER, () -> sanctions.appeals()));
        assertThrows(EJBAccessException.class, () -> Identities.run(citizen, MEMBER, () -> sanctions.find("시민")));
        assertThrows(EJBAccessException.class, () -> Identities.run(citizen, MEMBER, () -> sanctions.lift(1, "x")));

        long operator = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(operator, "OPERATOR");
        long otherModerator = Fixtures.citizen(signUps, 1972);
        Fixtures.grant(otherModerator, "MODERATOR");
        assertEquals(
                "sanction.staff",
                refusal(moderator, MODERATOR, () -> sanctions.place(operator, SanctionKind.WARNING, null, "운영자")));
        assertEquals(
                "sanction.staff",
                refusal(
                        moderator,
                        MODERATOR,
                        () -> sanctions.place(otherModerator, SanctionKind.SUSPENSION, 3, "다른 운영자")));
        assertEquals(0, sanctionRows(operator) + sanctionRows(otherModerator));
        place(operator, OPERATOR, otherModerator, SanctionKind.WARNING, null, "총괄 운영자의 경고");
        assertEquals(1, sanctionRows(otherModerator));
        assertEquals(
                "sanction.self",
                refusal(operator, OPERATOR, () -> sanctions.place(operator, SanctionKind.BLOCK, null, "나")));
        // lifting follows the same rule: a moderator cannot end an operator's suspension of a staff account
        long staffSuspension = place(operator, OPERATOR, otherModerator, SanctionKind.SUSPENSION, 3, "정지");
        assertEquals("sanction.staff", refusal(moderator, MODERATOR, () -> sanctions.lift(staffSuspension, "풀어 줌")));
        assertEquals(
                0L,
                Rows.count("SELECT COUNT(*) FROM sanction WHERE id = ? AND lifted_at IS NOT NULL", staffSuspension));
        Identities.run(operator, OPERATOR, () -> sanctions.lift(staffSuspension, "총괄 운영자가 해제"));

        List<Sanctions.Found> found = Identities.as(moderator, MODERATOR, () -> sanctions.find(Long.toString(member)));
        assertEquals(1, found.size());
        assertFalse(found.get(0).staff());
        assertTrue(Identities.as(moderator, MODERATOR, () -> sanctions.find("900101-1234567"))
                .isEmpty());
        String name = (String) Rows.single("SELECT real_name FROM member WHERE id = ?", member);
        assertTrue(Identities.as(moderator, MODERATOR, () -> sanctions.find(name.substring(1))).stream()
                .anyMatch(f -> f.id() == member));
        assertTrue(
                Identities.as(moderator, MODERATOR, () -> sanctions.find("%_%")).isEmpty(), "wildcards are text");
    }

    @Test
    void theMemberAppealsOnceAndModeratorsReadIt() throws Exception {
        long sanction = place(moderator, MODERATOR, member, SanctionKind.SUSPENSION, 7, "도배");
        long stranger = Fixtures.citizen(signUps, 1993);
        assertEquals("notFound", refusal(stranger, MEMBER, () -> sanctions.appeal(sanction, "남의 제재")));
        assertEquals("notFound", refusal(member, MEMBER, () -> sanctions.appeal(Long.MAX_VALUE, "없는 제재")));
        assertEquals("sanction.appeal.required", refusal(member, MEMBER, () -> sanctions.appeal(sanction, "")));
        assertEquals(
                "sanction.appeal.tooLong",
                refusal(member, MEMBER, () -> sanctions.appeal(sanction, "가".repeat(20_000))));
        assertEquals(
                "input.residentNumber",
                refusal(member, MEMBER, () -> sanctions.appeal(sanction, "제 번호는 900101-1234567")));
        assertNull(Rows.single("SELECT appeal FROM sanction WHERE id = ?", sanction));

        Identities.run(member, MEMBER, () -> sanctions.appeal(sanction, "도배가 아니라 답글이었습니다"));
        assertEquals("sanction.appeal.once", refusal(member, MEMBER, () -> sanctions.appeal(sanction, "다시 한 번")));
        assertEquals("도배가 아니라 답글이었습니다", Rows.single("SELECT appeal FROM sanction WHERE id = ?", sanction));
        assertTrue(Identities.as(moderator, MODERATOR, sanctions::appeals).stream()
                .anyMatch(s -> s.id() == sanction && "도배가 아니라 답글이었습니다".equals(s.appeal())));
    }

    @Test
    @ExactlyOnce
    void twentyAppealsSentTogetherStoreOne() throws Exception {
        long sanction = place(moderator, MODERATOR, member, SanctionKind.BLOCK, null, "스팸");
        List<String> outcomes = Parallel.outcomes(executor, 20, i -> () -> {
            Identities.run(member, MEMBER, () -> sanctions.appeal(sanction, "이의 " + i));
            return "stored";
        });
        assertEquals(1, outcomes.stream().filter("stored"::equals).count(), outcomes::toString);
        assertEquals(
                19, outcomes.stream().filter("sanction.appeal.once"::equals).count(), outcomes::toString);
        assertEquals(
                1,
                Rows.count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'sanction.appeal'" + " AND target = ?",
                        "sanction:" + sanction));
    }
}
