package org.policyforum.it.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyforum.it.moderation.ModerationScenario.CITIZEN;
import static org.policyforum.it.moderation.ModerationScenario.MODERATOR;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.discussion.boundary.TopicPages;
import org.policyforum.discussion.boundary.TopicPages.OpinionView;
import org.policyforum.discussion.entity.Opinion;
import org.policyforum.idea.boundary.IdeaComments;
import org.policyforum.idea.boundary.Ideas;
import org.policyforum.idea.entity.IdeaComment;
import org.policyforum.it.Deployments;
import org.policyforum.it.Fixtures;
import org.policyforum.it.Rows;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.moderation.boundary.ModerationQueue;
import org.policyforum.moderation.boundary.ModerationQueue.Decision;
import org.policyforum.moderation.entity.ModerationCase;
import org.policyforum.moderation.entity.ReportTarget;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.OrganisationSettings.ContactGuard;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.boundary.TopicAdministration;

/**
 * The screening of public text through the boundaries that store it (H2 and PostgreSQL passes): contact details are
 * masked before storage, or held for a moderator under the review setting; a banned word holds an opinion, a comment
 * or an idea comment (hidden, in the queue with why, its author still reading it) until a moderator restores it.
 * The settings are the organisation's: each test puts them back (MASK, no words) so that no other class sees them.
 */
@ExtendWith(ArquillianExtension.class)
class ScreeningIT {

    private static final Set<String> OPERATOR = Set.of("OPERATOR", "CITIZEN");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(ScreeningIT.class, ModerationScenario.class);
    }

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
    Settings settings;

    @Inject
    ModerationQueue queue;

    @Inject
    Ideas ideas;

    @Inject
    IdeaComments ideaComments;

    long operator;
    long topic;
    long author;
    /** A word no other test writes, so that the list catches only this class's posts. */
    String banned;

    @BeforeEach
    void setUp() throws Exception {
        operator = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(operator, "OPERATOR");
        topic = ModerationScenario.topic(signUps, topics, bureaus);
        author = Fixtures.citizen(signUps, 1980);
        banned = "금칙" + Fixtures.unique();
    }

    @AfterEach
    void putTheSettingsBack() throws Exception {
        screening(null, ContactGuard.MASK);
    }

    private void screening(String words, ContactGuard guard) throws Exception {
        Identities.as(operator, OPERATOR, () -> settings.changeScreening(words, guard));
    }

    private long post(String body) throws Exception {
        return ModerationScenario.opinion(opinions, topic, author, body);
    }

    private OpinionView seenBy(long viewer, long opinion) throws Exception {
        return Identities.as(viewer, CITIZEN, () -> pages.page(topic, 50)).orElseThrow().opinions().stream()
                .filter(o -> o.id() == opinion)
                .findFirst()
                .orElseThrow();
    }

    private static String storedBody(long opinion) throws Exception {
        return (String) Rows.single("SELECT body FROM opinion WHERE id = ?", opinion);
    }

    private ModerationQueue.Entry queued(ReportTarget type, long id) throws Exception {
        long moderator = Fixtures.citizen(signUps, 1970);
        Fixtures.grant(moderator, "MODERATOR");
        return Identities.as(moderator, MODERATOR, queue::awaiting).stream()
                .filter(e -> e.type() == type && e.id() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError(type + ":" + id + " is not in the queue"));
    }

    @Test
    void contactDetailsArePublishedMaskedAndNeverStoredAsTyped() throws Exception {
        long opinion = post("담당 주무관 010-2345-6789, kim.official@seoul.go.kr 로 연락하세요 " + Fixtures.unique());
        String stored = storedBody(opinion);
        assertTrue(stored.startsWith("담당 주무관 010-****-****, k***@seoul.go.kr 로 연락하세요"), stored);
        assertFalse(stored.contains("2345") || stored.contains("kim.official"), stored);
        assertEquals(
                Opinion.Status.VISIBLE,
                seenBy(Fixtures.citizen(signUps, 1990), opinion).status());
        assertEquals(
                0L,
                Rows.count(
                        "SELECT COUNT(*) FROM moderation_case WHERE target_type = 'OPINION' AND target_id = ?",
                        opinion));
    }

    @Test
    void underReviewAContactDetailHoldsTheOpinionForAModeratorWhoRestoresIt() throws Exception {
        screening(null, ContactGuard.REVIEW);
        long opinion = post("연락처 01098765432 " + Fixtures.unique());
        assertTrue(storedBody(opinion).startsWith("연락처 01098765432"), "under review the text stays as typed");
        long reader = Fixtures.citizen(signUps, 1990);
        assertEquals(Opinion.Status.HIDDEN, seenBy(reader, opinion).status());
        assertEquals("", seenBy(reader, opinion).body(), "nobody else reads it before the review");
        assertNull(seenBy(reader, opinion).hiddenReason(), "the placeholder says it waits for review");
        assertTrue(seenBy(author, opinion).body().startsWith("연락처"), "its author still reads it");

        ModerationQueue.Entry entry = queued(ReportTarget.OPINION, opinion);
        assertEquals(ModerationCase.HeldFor.CONTACT, entry.heldFor());
        assertEquals(0, entry.reports());
        assertEquals(ModerationCase.State.HIDDEN, entry.state());
        assertEquals(
                1L,
                Rows.count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'moderation.held' AND target = ?"
                                + " AND actor_id IS NULL",
                        "OPINION:" + opinion));

        long moderator = Fixtures.citizen(signUps, 1970);
        Fixtures.grant(moderator, "MODERATOR");
        Identities.run(
                moderator, MODERATOR, () -> queue.decide(ReportTarget.OPINION, opinion, Decision.RESTORE, "본인 사무실 번호"));
        assertEquals(Opinion.Status.VISIBLE, seenBy(reader, opinion).status());
    }

    @Test
    void aBannedWordHoldsAnOpinionAnEditAndACommentOnAnIdeaCaseNotMinding() throws Exception {
        screening("  " + banned.toUpperCase() + "  \n\n광고문구" + Fixtures.unique(), ContactGuard.MASK);
        assertTrue(settings.current().getBannedWords().contains(banned.toUpperCase()), "kept stripped");

        long held = post("이 글에는 " + banned + " 이 들어 있습니다");
        assertEquals(
                ModerationCase.HeldFor.BANNED_WORD,
                queued(ReportTarget.OPINION, held).heldFor());
        assertEquals(
                Opinion.Status.HIDDEN,
                seenBy(Fixtures.citizen(signUps, 1990), held).status());

        long clean = post("평범한 의견 " + Fixtures.unique());
        assertEquals(Opinion.Status.VISIBLE, seenBy(author, clean).status());
        Identities.run(
                author,
                CITIZEN,
                () -> opinions.edit(clean, seenBy(author, clean).stance(), "고침 " + banned));
        assertEquals(
                ModerationCase.HeldFor.BANNED_WORD,
                queued(ReportTarget.OPINION, clean).heldFor(),
                "an edit is screened as a new post is");
        assertEquals(
                Opinion.Status.HIDDEN,
                seenBy(Fixtures.citizen(signUps, 1990), clean).status());

        long idea = Identities.as(
                author,
                CITIZEN,
                () -> ideas.propose(new Ideas.Proposal("쉼터 " + Fixtures.unique(), "본문입니다", 1L, "11440")));
        long writer = Fixtures.citizen(signUps, 1991);
        long comment = Identities.as(writer, CITIZEN, () -> ideaComments.comment(idea, null, banned + " 댓글"));
        assertEquals(
                ModerationCase.HeldFor.BANNED_WORD,
                queued(ReportTarget.IDEA_COMMENT, comment).heldFor());
        assertEquals(
                IdeaComment.Status.HIDDEN,
                ideaComments.of(idea, 20).orElseThrow().comments().get(0).status());
    }

    @Test
    void badListsAreRefusedAtTheFieldAndOnlyOperatorsChangeThem() throws Exception {
        assertEquals(
                "settings.bannedWords.invalid",
                assertThrows(RuleViolation.class, () -> screening("가", ContactGuard.MASK))
                        .messageKey(),
                "a one-letter word would hold half the forum");
        assertEquals(
                "settings.bannedWords.invalid",
                assertThrows(RuleViolation.class, () -> screening("가".repeat(51), ContactGuard.MASK))
                        .messageKey());
        assertEquals(
                "settings.bannedWords.tooLong",
                assertThrows(RuleViolation.class, () -> screening("가나다\n".repeat(20_000), ContactGuard.MASK))
                        .messageKey());
        assertEquals(
                "input.residentNumber",
                assertThrows(RuleViolation.class, () -> screening("900101-1234567", ContactGuard.MASK))
                        .messageKey());
        assertEquals(
                "settings.contactGuard.required",
                assertThrows(RuleViolation.class, () -> screening(banned, null)).messageKey());
        assertTrue(settings.current().getBannedWords().isEmpty(), "nothing stored");
        assertThrows(
                EJBAccessException.class,
                () -> Identities.as(author, CITIZEN, () -> settings.changeScreening(banned, ContactGuard.REVIEW)));
        assertEquals(ContactGuard.MASK, settings.current().getContactGuard());
    }
}
