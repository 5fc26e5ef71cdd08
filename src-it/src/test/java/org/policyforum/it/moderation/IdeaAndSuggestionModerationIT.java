package org.policyforum.it.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyforum.it.moderation.ModerationScenario.CITIZEN;
import static org.policyforum.it.moderation.ModerationScenario.MODERATOR;

import jakarta.inject.Inject;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.idea.boundary.IdeaSupports;
import org.policyforum.idea.boundary.IdeaViews;
import org.policyforum.idea.boundary.Ideas;
import org.policyforum.it.Deployments;
import org.policyforum.it.Fixtures;
import org.policyforum.it.Rows;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.moderation.boundary.ModerationQueue;
import org.policyforum.moderation.boundary.ModerationQueue.Decision;
import org.policyforum.moderation.boundary.ModerationReports;
import org.policyforum.moderation.entity.ModerationCase;
import org.policyforum.moderation.entity.ReportTarget;
import org.policyforum.outcome.boundary.Outcomes;
import org.policyforum.outcome.entity.SourceKind;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.OrganisationSettings.ContactGuard;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.boundary.Suggestions;
import org.policyforum.topic.boundary.Suggestions.SuggestionView;
import org.policyforum.topic.entity.Forum;

/**
 * Ideas and topic suggestions through the same port and rules as opinions (H2 and PostgreSQL passes): reported once
 * per member, never one's own; three reports hide the item at once (left out of the public lists, a placeholder for
 * others, its author still reading it), a hidden idea takes no support; a moderator restores or hides with a reason,
 * audited; banned words and reviewed contact details hold a new or edited item. The screening settings are put back
 * after each test (MASK, no words) so that no other class sees them.
 */
@ExtendWith(ArquillianExtension.class)
class IdeaAndSuggestionModerationIT {

    private static final Set<String> OPERATOR = Set.of("OPERATOR", "CITIZEN");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(IdeaAndSuggestionModerationIT.class, ModerationScenario.class);
    }

    @Inject
    SignUps signUps;

    @Inject
    Settings settings;

    @Inject
    Ideas ideas;

    @Inject
    IdeaSupports supports;

    @Inject
    Suggestions suggestions;

    @Inject
    ModerationReports reports;

    @Inject
    ModerationQueue queue;

    @Inject
    Outcomes outcomes;

    long operator;
    long author;
    long moderator;

    @BeforeEach
    void setUp() throws Exception {
        operator = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(operator, "OPERATOR");
        author = Fixtures.citizen(signUps, 1980);
        moderator = Fixtures.citizen(signUps, 1970);
        Fixtures.grant(moderator, "MODERATOR");
    }

    @AfterEach
    void putTheSettingsBack() throws Exception {
        screening(null, ContactGuard.MASK);
    }

    private void screening(String words, ContactGuard guard) throws Exception {
        Identities.as(operator, OPERATOR, () -> settings.changeScreening(words, guard));
    }

    private long member() {
        return Fixtures.citizen(signUps, 1990);
    }

    private long idea(String title, String body) throws Exception {
        return Identities.as(author, CITIZEN, () -> ideas.propose(new Ideas.Proposal(title, body, 1L, null)));
    }

    private long suggestion(String title, String why) throws Exception {
        return Identities.as(author, CITIZEN, () -> suggestions.submit(Forum.MAIN, title, why, null))
                .getId();
    }

    private boolean report(ReportTarget type, long id, long member) throws Exception {
        return Identities.as(member, CITIZEN, () -> reports.report(type, id, "SPAM", null));
    }

    private static String refusal(Identities.ThrowingRunnable attempt, long member) {
        return assertThrows(RuleViolation.class, () -> Identities.run(member, CITIZEN, attempt))
                .messageKey();
    }

    private IdeaViews.Detail ideaSeenBy(long viewer, long id) throws Exception {
        return Identities.as(viewer, CITIZEN, () -> ideas.view(id)).orElseThrow();
    }

    private boolean listed(String title, long id) {
        return ideas.list(new IdeaViews.Query(title, null, null, null, null), 0).rows().stream()
                .anyMatch(r -> r.id() == id);
    }

    private boolean inTheBox(long id) {
        return suggestions.box(0, 200).stream().anyMatch(s -> s.id() == id);
    }

    private SuggestionView mine(long id) throws Exception {
        return Identities.as(author, CITIZEN, suggestions::mine).stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private void decide(ReportTarget type, long id, Decision decision, String reason) throws Exception {
        Identities.run(moderator, MODERATOR, () -> queue.decide(type, id, decision, reason));
    }

    private long audited(String action, ReportTarget type, long id) throws Exception {
        return Rows.count("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND target = ?", action, type + ":" + id);
    }

    private ModerationQueue.Entry queued(ReportTarget type, long id) throws Exception {
        return Identities.as(moderator, MODERATOR, queue::awaiting).stream()
                .filter(e -> e.type() == type && e.id() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError(type + ":" + id + " is not in the queue"));
    }

    @Test
    void threeReportsHideAnIdeaWhichTakesNoSupportUntilAModeratorRestoresIt() throws Exception {
        ModerationScenario.threshold(signUps, settings, 3);
        String title = "가로수 그늘 " + Fixtures.unique();
        long idea = idea(title, "여름 그늘이 필요합니다");
        long supporter = member();
        Identities.run(supporter, CITIZEN, () -> supports.support(idea));
        assertTrue(listed(title, idea));

        long alice = member();
        ModerationReports.Reportable reportable =
                Identities.as(alice, CITIZEN, () -> reports.reportable(ReportTarget.IDEA, idea));
        assertTrue(reportable.excerpt().startsWith(title), reportable::excerpt);
        assertEquals("ideas/" + idea, reportable.link());
        assertEquals("report.own", refusal(() -> reports.report(ReportTarget.IDEA, idea, "SPAM", null), author));
        assertFalse(report(ReportTarget.IDEA, idea, alice));
        assertEquals("report.duplicate", refusal(() -> reports.report(ReportTarget.IDEA, idea, "ABUSE", null), alice));
        assertFalse(report(ReportTarget.IDEA, idea, member()));
        assertTrue(report(ReportTarget.IDEA, idea, member()), "the third report hides it");
        assertEquals(1, audited("moderation.autoHide", ReportTarget.IDEA, idea));

        long reader = member();
        IdeaViews.Detail seen = ideaSeenBy(reader, idea);
        assertTrue(seen.hidden());
        assertNull(seen.title(), "others read a placeholder");
        assertNull(seen.body());
        assertNull(seen.authorName());
        assertNull(seen.hiddenReason(), "hidden by reports: waiting for review");
        assertFalse(seen.viewer().maySupport());
        IdeaViews.Detail own = ideaSeenBy(author, idea);
        assertEquals(title, own.title(), "its author still reads it");
        assertFalse(own.viewer().mayEdit(own), "a hidden idea is not edited");
        assertFalse(listed(title, idea), "left out of the public list");
        assertEquals(1, seen.supports(), "the support given before stays");

        assertEquals("idea.support.hidden", refusal(() -> supports.support(idea), reader));
        assertEquals(
                0L, Rows.count("SELECT COUNT(*) FROM idea_support WHERE idea_id = ? AND member_id = ?", idea, reader));
        assertEquals("idea.hidden.noEdit", refusal(() -> ideas.edit(idea, "고침", "고침"), author));
        assertEquals("notFound", refusal(() -> reports.report(ReportTarget.IDEA, idea, "SPAM", null), reader));

        ModerationQueue.Entry entry = queued(ReportTarget.IDEA, idea);
        assertEquals(ModerationCase.State.HIDDEN, entry.state());
        assertEquals(3, entry.reports());
        assertTrue(entry.excerpt().startsWith(title), entry::excerpt);
        assertEquals("ideas/" + idea, entry.link());
        assertEquals(author, entry.authorId());

        decide(ReportTarget.IDEA, idea, Decision.RESTORE, "광고 아님");
        assertEquals(1, audited("moderation.restore", ReportTarget.IDEA, idea));
        assertFalse(ideaSeenBy(reader, idea).hidden());
        assertTrue(listed(title, idea));
        Identities.run(reader, CITIZEN, () -> supports.support(idea));
        assertEquals(2, ideaSeenBy(reader, idea).supports());
        ModerationReports.MyReport outcome = Identities.as(alice, CITIZEN, reports::mine).stream()
                .filter(r -> r.type() == ReportTarget.IDEA && r.id() == idea)
                .findFirst()
                .orElseThrow();
        assertEquals(ModerationReports.Outcome.RESTORED, outcome.outcome());
        assertEquals("광고 아님", outcome.decisionReason());
    }

    private boolean inMyVoice(long member, long idea) throws Exception {
        return Identities.as(member, CITIZEN, outcomes::myVoice).stream()
                .anyMatch(
                        v -> v.source().kind() == SourceKind.IDEA && v.source().id() == idea);
    }

    @Test
    void aModeratorHidesAReportedIdeaWithAReasonTheReaderAndTheAuthorRead() throws Exception {
        String title = "버스 노선 " + Fixtures.unique();
        long idea = idea(title, "노선을 늘려 주세요");
        assertTrue(inMyVoice(author, idea), "the author took part in it");
        report(ReportTarget.IDEA, idea, member());
        decide(ReportTarget.IDEA, idea, Decision.HIDE, "다른 사람의 개인정보");
        assertFalse(inMyVoice(author, idea), "the outcome tracker neither lists a hidden idea nor copies its title");
        assertEquals(1, audited("moderation.hide", ReportTarget.IDEA, idea));
        assertEquals("다른 사람의 개인정보", ideaSeenBy(member(), idea).hiddenReason());
        assertEquals("다른 사람의 개인정보", ideaSeenBy(author, idea).hiddenReason());
        assertEquals(title, ideaSeenBy(author, idea).title());
        assertFalse(listed(title, idea));
    }

    @Test
    void threeReportsHideATopicSuggestionFromTheBoxItsAuthorReadsWhyAndAModeratorRestoresIt() throws Exception {
        ModerationScenario.threshold(signUps, settings, 3);
        long suggestion = suggestion("청년 월세 " + Fixtures.unique(), "월세 지원을 다뤄 주세요");
        assertTrue(inTheBox(suggestion));
        long alice = member();
        assertEquals(
                "report.own",
                refusal(() -> reports.report(ReportTarget.TOPIC_SUGGESTION, suggestion, "SPAM", null), author));
        assertFalse(report(ReportTarget.TOPIC_SUGGESTION, suggestion, alice));
        assertEquals(
                "report.duplicate",
                refusal(() -> reports.report(ReportTarget.TOPIC_SUGGESTION, suggestion, "OTHER", "광고"), alice));
        assertFalse(report(ReportTarget.TOPIC_SUGGESTION, suggestion, member()));
        assertTrue(report(ReportTarget.TOPIC_SUGGESTION, suggestion, member()));
        assertEquals(1, audited("moderation.autoHide", ReportTarget.TOPIC_SUGGESTION, suggestion));
        assertFalse(inTheBox(suggestion), "left out of the public box");
        assertTrue(mine(suggestion).hidden(), "its author still sees it, marked hidden");
        assertNull(mine(suggestion).hiddenReason());
        assertEquals("notFound", refusal(() -> suggestions.support(suggestion), member()));

        ModerationQueue.Entry entry = queued(ReportTarget.TOPIC_SUGGESTION, suggestion);
        assertTrue(entry.excerpt().startsWith("청년 월세"), entry::excerpt);
        assertEquals("suggestions#suggestion-" + suggestion, entry.link());

        decide(ReportTarget.TOPIC_SUGGESTION, suggestion, Decision.HIDE, "광고성 제안");
        assertEquals("광고성 제안", mine(suggestion).hiddenReason());
        assertFalse(inTheBox(suggestion));
        assertEquals(
                "moderation.decided",
                assertThrows(
                                RuleViolation.class,
                                () -> decide(ReportTarget.TOPIC_SUGGESTION, suggestion, Decision.RESTORE, "복원"))
                        .messageKey(),
                "a moderator's hiding is final for the reports counted");

        long second = suggestion("교통 " + Fixtures.unique(), "교통 문제");
        for (int i = 0; i < 3; i++) {
            report(ReportTarget.TOPIC_SUGGESTION, second, member());
        }
        assertFalse(inTheBox(second));
        decide(ReportTarget.TOPIC_SUGGESTION, second, Decision.RESTORE, "정상 제안");
        assertEquals(1, audited("moderation.restore", ReportTarget.TOPIC_SUGGESTION, second));
        assertTrue(inTheBox(second));
        assertFalse(mine(second).hidden());
    }

    @Test
    void aBannedWordHoldsANewOrEditedIdeaAndANewSuggestionUntilAModeratorRestoresThem() throws Exception {
        String banned = "금칙" + Fixtures.unique();
        screening(banned, ContactGuard.MASK);
        String title = "상가 홍보 " + Fixtures.unique();
        long held = idea(title, "여기 " + banned + " 있어요");
        assertEquals(
                ModerationCase.HeldFor.BANNED_WORD,
                queued(ReportTarget.IDEA, held).heldFor());
        assertTrue(ideaSeenBy(member(), held).hidden());
        assertFalse(listed(title, held));
        assertEquals(1, audited("moderation.held", ReportTarget.IDEA, held));

        String cleanTitle = "공원 벤치 " + Fixtures.unique();
        long clean = idea(cleanTitle, "벤치를 놓아 주세요");
        assertFalse(ideaSeenBy(member(), clean).hidden());
        Identities.run(author, CITIZEN, () -> ideas.edit(clean, cleanTitle, "고친 본문 " + banned));
        assertTrue(ideaSeenBy(member(), clean).hidden(), "an edit is screened as a new idea is");
        decide(ReportTarget.IDEA, clean, Decision.RESTORE, "문맥상 문제없음");
        assertFalse(ideaSeenBy(member(), clean).hidden());

        long suggestion = suggestion("제안 " + banned, "이유");
        assertEquals(
                ModerationCase.HeldFor.BANNED_WORD,
                queued(ReportTarget.TOPIC_SUGGESTION, suggestion).heldFor());
        assertFalse(inTheBox(suggestion));
        assertTrue(mine(suggestion).hidden());
        decide(ReportTarget.TOPIC_SUGGESTION, suggestion, Decision.RESTORE, "문제없음");
        assertTrue(inTheBox(suggestion));
    }

    @Test
    void underReviewAContactDetailHoldsAnIdeaAndASuggestion() throws Exception {
        screening(null, ContactGuard.REVIEW);
        long idea = idea("연락 " + Fixtures.unique(), "연락처 01098765432");
        assertEquals(
                ModerationCase.HeldFor.CONTACT, queued(ReportTarget.IDEA, idea).heldFor());
        long suggestion = suggestion("연락 " + Fixtures.unique(), "메일 someone@example.org");
        assertEquals(
                ModerationCase.HeldFor.CONTACT,
                queued(ReportTarget.TOPIC_SUGGESTION, suggestion).heldFor());
        assertTrue(mine(suggestion).why().contains("someone@example.org"), "under review the text stays as typed");
    }
}
