package org.policyforum.it.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyforum.it.moderation.ModerationScenario.CITIZEN;
import static org.policyforum.it.moderation.ModerationScenario.MODERATOR;
import static org.policyforum.it.moderation.ModerationScenario.report;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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
import org.policyforum.moderation.boundary.ModerationReports;
import org.policyforum.moderation.boundary.ReportReasons;
import org.policyforum.moderation.entity.ReportReason;
import org.policyforum.moderation.entity.ReportTarget;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.boundary.TopicAdministration;

/**
 * Reports and the moderators' queue through their boundaries (H2 and PostgreSQL passes): once per member, never on
 * one's own item, text guarded; three reports hide an opinion (the default threshold), its author still reads it, a
 * moderator restores, hides or dismisses with a reason and each decision is audited.
 */
@ExtendWith(ArquillianExtension.class)
class ModerationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(ModerationIT.class, ModerationScenario.class);
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
    Settings settings;

    @Inject
    TopicPages pages;

    @Inject
    ModerationReports reports;

    @Inject
    ModerationQueue queue;

    @Inject
    ReportReasons reasons;

    @Inject
    Ideas ideas;

    @Inject
    IdeaComments ideaComments;

    long topic;
    long author;
    long opinion;

    @BeforeEach
    void anOpinion() throws Exception {
        topic = ModerationScenario.topic(signUps, topics, bureaus);
        author = Fixtures.citizen(signUps, 1980);
        opinion = ModerationScenario.opinion(opinions, topic, author, "신고될 의견 " + Fixtures.unique());
    }

    private long member() {
        return Fixtures.citizen(signUps, 1990);
    }

    private static String refusal(Identities.ThrowingRunnable attempt, long member) {
        return assertThrows(RuleViolation.class, () -> Identities.run(member, CITIZEN, attempt))
                .messageKey();
    }

    private long reportRows() throws Exception {
        return Rows.count(
                "SELECT COUNT(*) FROM moderation_report WHERE target_type = 'OPINION' AND target_id = ?", opinion);
    }

    private long audited(String action) throws Exception {
        return Rows.count(
                "SELECT COUNT(*) FROM audit_entry WHERE action = ? AND target = ?", action, "OPINION:" + opinion);
    }

    private OpinionView seenBy(long viewer) throws Exception {
        return Identities.as(viewer, CITIZEN, () -> pages.page(topic, 20)).orElseThrow().opinions().stream()
                .filter(o -> o.id() == opinion)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theReportPageShowsAnotherMembersItemSaysWhetherIReportedItAndRefusesMineAndHiddenOnes() throws Exception {
        ModerationScenario.threshold(signUps, settings, 3);
        long alice = member();
        ModerationReports.Reportable before =
                Identities.as(alice, CITIZEN, () -> reports.reportable(ReportTarget.OPINION, opinion));
        assertTrue(before.excerpt().startsWith("신고될 의견") && !before.reported(), before::toString);
        assertTrue(before.link().contains("topics/" + topic + "#opinion-" + opinion), before::link);
        report(reports, alice, opinion, "SPAM", null);
        assertTrue(Identities.as(alice, CITIZEN, () -> reports.reportable(ReportTarget.OPINION, opinion))
                .reported());
        assertEquals("report.own", refusal(() -> reports.reportable(ReportTarget.OPINION, opinion), author));
        assertEquals("notFound", refusal(() -> reports.reportable(ReportTarget.COMMENT, Long.MAX_VALUE), alice));
        assertEquals("notFound", refusal(() -> reports.reportable(ReportTarget.IDEA, Long.MAX_VALUE), alice));
        assertThrows(
                EJBAccessException.class,
                () -> Identities.as(alice, Set.of("MEMBER"), () -> reports.reportable(ReportTarget.OPINION, opinion)));
    }

    @Test
    void theReporterIsToldWhatCameOfTheirReportWithTheModeratorsReason() throws Exception {
        ModerationScenario.threshold(signUps, settings, 2);
        long alice = member();
        report(reports, alice, opinion, "SPAM", null);
        ModerationReports.MyReport pending = mineAbout(alice);
        assertEquals(ModerationReports.Outcome.PENDING, pending.outcome());
        assertEquals("SPAM", pending.reason().code());
        assertTrue(pending.excerpt().startsWith("신고될 의견"), pending::excerpt);

        report(reports, member(), opinion, "ABUSE", null);
        assertEquals(ModerationReports.Outcome.HIDDEN_PENDING, mineAbout(alice).outcome());
        assertEquals("", mineAbout(alice).excerpt(), "a hidden item's words are not shown again");

        long moderator = Fixtures.citizen(signUps, 1970);
        Fixtures.grant(moderator, "MODERATOR");
        Identities.run(
                moderator, MODERATOR, () -> queue.decide(ReportTarget.OPINION, opinion, Decision.RESTORE, "광고 아님"));
        ModerationReports.MyReport decided = mineAbout(alice);
        assertEquals(ModerationReports.Outcome.RESTORED, decided.outcome());
        assertEquals("광고 아님", decided.decisionReason());
        assertTrue(Identities.as(member(), CITIZEN, reports::mine).isEmpty(), "another member sees none of alice's");
    }

    private ModerationReports.MyReport mineAbout(long member) throws Exception {
        return Identities.as(member, CITIZEN, reports::mine).stream()
                .filter(r -> r.type() == ReportTarget.OPINION && r.id() == opinion)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aMemberReportsOnceAndTheSecondReportIsRefused() throws Exception {
        long alice = member();
        assertFalse(report(reports, alice, opinion, "SPAM", null), "one report hides nothing");
        assertEquals(
                "report.duplicate", refusal(() -> reports.report(ReportTarget.OPINION, opinion, "ABUSE", null), alice));
        assertEquals(1, reportRows());
        assertEquals(
                1L,
                ((Number) Rows.single(
                                "SELECT counted FROM moderation_case WHERE target_type = 'OPINION' AND target_id = ?",
                                opinion))
                        .longValue());
    }

    @Test
    void ownUnknownAndBadReportsAreRefusedAndNothingIsStored() throws Exception {
        long alice = member();
        assertEquals("report.own", refusal(() -> reports.report(ReportTarget.OPINION, opinion, "SPAM", null), author));
        assertEquals(
                "notFound", refusal(() -> reports.report(ReportTarget.OPINION, Long.MAX_VALUE, "SPAM", null), alice));
        assertEquals(
                "report.text.required",
                refusal(() -> reports.report(ReportTarget.OPINION, opinion, "OTHER", " "), alice));
        assertEquals(
                "input.residentNumber",
                refusal(() -> reports.report(ReportTarget.OPINION, opinion, "OTHER", "작성자 번호 900101-1234567"), alice));
        assertEquals(
                "report.text.tooLong",
                refusal(() -> reports.report(ReportTarget.OPINION, opinion, "OTHER", "가".repeat(20_000)), alice));
        assertEquals(
                "report.reason.required",
                refusal(() -> reports.report(ReportTarget.OPINION, opinion, null, null), alice));
        assertEquals(0, reportRows());
        assertEquals(
                "settings.reportHideThreshold.invalid",
                assertThrows(RuleViolation.class, () -> ModerationScenario.threshold(signUps, settings, 101))
                        .messageKey());
        assertThrows(
                EJBAccessException.class,
                () -> reports.report(ReportTarget.OPINION, opinion, "SPAM", null),
                "a visitor who is not signed in");
    }

    @Test
    void threeReportsHideTheOpinionItsAuthorStillReadsItAndAModeratorRestoresIt() throws Exception {
        ModerationScenario.threshold(signUps, settings, 3);
        assertFalse(report(reports, member(), opinion, "SPAM", null));
        assertFalse(report(reports, member(), opinion, "OTHER", "광고 글입니다"));
        assertTrue(report(reports, member(), opinion, "ABUSE", null), "the third report hides it");
        assertEquals(1, audited("moderation.autoHide"));
        assertEquals(
                1L,
                Rows.count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'moderation.autoHide' AND target = ?"
                                + " AND actor_id IS NULL AND actor_name = 'system'",
                        "OPINION:" + opinion),
                "the forum hid it by its rule, not the member whose report crossed the threshold");

        long reader = member();
        assertEquals(Opinion.Status.HIDDEN, seenBy(reader).status());
        assertEquals("", seenBy(reader).body(), "others see the placeholder only");
        assertNull(seenBy(reader).hiddenReason(), "hidden by reports: the placeholder says it waits for review");
        assertTrue(seenBy(author).body().startsWith("신고될 의견"), "its author still reads it");
        assertEquals(
                "notFound",
                refusal(() -> reports.report(ReportTarget.OPINION, opinion, "SPAM", null), reader),
                "a hidden item takes no more reports");

        assertThrows(EJBAccessException.class, () -> Identities.as(reader, CITIZEN, queue::awaiting));
        assertThrows(
                EJBAccessException.class,
                () -> Identities.run(
                        reader, CITIZEN, () -> queue.decide(ReportTarget.OPINION, opinion, Decision.RESTORE, "복원")));

        long moderator = Fixtures.citizen(signUps, 1970);
        Fixtures.grant(moderator, "MODERATOR");
        ModerationQueue.Entry entry = Identities.as(moderator, MODERATOR, queue::awaiting).stream()
                .filter(e -> e.type() == ReportTarget.OPINION && e.id() == opinion)
                .findFirst()
                .orElseThrow();
        assertEquals(3, entry.reports());
        assertEquals(3, entry.lines().size());
        assertTrue(entry.lines().stream().anyMatch(l -> "광고 글입니다".equals(l.text())));
        assertTrue(entry.link().contains("topics/" + topic));

        RuleViolation noReason = assertThrows(
                RuleViolation.class,
                () -> Identities.run(
                        moderator, MODERATOR, () -> queue.decide(ReportTarget.OPINION, opinion, Decision.RESTORE, "")));
        assertEquals("moderation.reason.required", noReason.messageKey());
        Identities.run(
                moderator, MODERATOR, () -> queue.decide(ReportTarget.OPINION, opinion, Decision.RESTORE, "규칙 위반 아님"));
        assertEquals(Opinion.Status.VISIBLE, seenBy(reader).status());
        assertEquals(1, audited("moderation.restore"));
        assertTrue(Identities.as(moderator, MODERATOR, queue::awaiting).stream().noneMatch(e -> e.id() == opinion));

        // after a restore the reports counted before count no more: two new reporters do not hide it again
        assertFalse(report(reports, reader, opinion, "SPAM", null));
        assertFalse(report(reports, member(), opinion, "SPAM", null));
        assertEquals(Opinion.Status.VISIBLE, seenBy(reader).status());
        Identities.run(
                moderator, MODERATOR, () -> queue.decide(ReportTarget.OPINION, opinion, Decision.DISMISS, "근거 없음"));
        assertEquals(1, audited("moderation.dismiss"));
        assertEquals(Opinion.Status.VISIBLE, seenBy(reader).status());

        assertFalse(report(reports, member(), opinion, "ILLEGAL", null));
        Identities.run(moderator, MODERATOR, () -> queue.decide(ReportTarget.OPINION, opinion, Decision.HIDE, "불법 정보"));
        assertEquals(1, audited("moderation.hide"));
        assertEquals(Opinion.Status.HIDDEN, seenBy(reader).status());
        assertEquals("불법 정보", seenBy(reader).hiddenReason(), "the placeholder gives the moderator's reason");
        assertEquals(
                "moderation.decided",
                assertThrows(
                                RuleViolation.class,
                                () -> Identities.run(
                                        moderator,
                                        MODERATOR,
                                        () -> queue.decide(ReportTarget.OPINION, opinion, Decision.DISMISS, "또")))
                        .messageKey());
    }

    @Test
    void aMembersNameIsReportedThroughWhatTheyWroteOnceHiddenByThreeReportsAndRestored() throws Exception {
        ModerationScenario.threshold(signUps, settings, 3);
        long second = ModerationScenario.opinion(opinions, topic, author, "같은 작성자의 다른 의견");
        long alice = member();
        ModerationReports.Reportable name =
                Identities.as(alice, CITIZEN, () -> reports.reportableName(ReportTarget.OPINION, opinion));
        assertEquals(ReportTarget.MEMBER_NAME, name.type());
        assertEquals(seenBy(alice).authorName(), name.excerpt(), "the name as readers see it, never more of it");
        assertTrue(name.link().contains("topics/" + topic), name::link);
        assertFalse(
                Identities.as(alice, CITIZEN, () -> reports.reportName(ReportTarget.OPINION, opinion, "ABUSE", null)));
        assertEquals(
                "report.duplicate",
                refusal(() -> reports.reportName(ReportTarget.OPINION, second, "ABUSE", null), alice),
                "one report per name, whichever of the member's items it was seen on");
        assertEquals(
                "report.own", refusal(() -> reports.reportName(ReportTarget.OPINION, opinion, "ABUSE", null), author));
        // members are not reached by their ids: nobody reads names by counting through them
        assertEquals("notFound", refusal(() -> reports.reportable(ReportTarget.MEMBER_NAME, author), alice));
        assertEquals("notFound", refusal(() -> reports.report(ReportTarget.MEMBER_NAME, author, "ABUSE", null), alice));
        assertEquals("notFound", refusal(() -> reports.reportableName(ReportTarget.MEMBER_NAME, author), alice));
        assertEquals(
                "notFound",
                refusal(() -> reports.reportName(ReportTarget.OPINION, Long.MAX_VALUE, "SPAM", null), alice));

        assertFalse(Identities.as(
                member(), CITIZEN, () -> reports.reportName(ReportTarget.OPINION, second, "ABUSE", null)));
        assertTrue(
                Identities.as(
                        member(), CITIZEN, () -> reports.reportName(ReportTarget.OPINION, opinion, "OTHER", "이름이 욕설")),
                "the third report hides the name");
        long reader = member();
        assertEquals("***", seenBy(reader).authorName(), "others read the placeholder");
        assertEquals(Opinion.Status.VISIBLE, seenBy(reader).status(), "what the member wrote still shows");
        assertEquals(
                1L,
                Rows.count(
                        "SELECT COUNT(*) FROM member WHERE id = ? AND name_hidden = TRUE"
                                + " AND name_hidden_reason IS NULL",
                        author));

        long moderator = Fixtures.citizen(signUps, 1970);
        Fixtures.grant(moderator, "MODERATOR");
        ModerationQueue.Entry entry = Identities.as(moderator, MODERATOR, queue::awaiting).stream()
                .filter(e -> e.type() == ReportTarget.MEMBER_NAME && e.id() == author)
                .findFirst()
                .orElseThrow();
        assertEquals(3, entry.reports());
        Identities.run(
                moderator, MODERATOR, () -> queue.decide(ReportTarget.MEMBER_NAME, author, Decision.RESTORE, "실명 확인됨"));
        assertEquals(seenBy(alice).authorName(), name.excerpt(), "the name shows again");
        assertEquals(
                1L,
                Rows.count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'moderation.restore' AND target = ?",
                        "MEMBER_NAME:" + author));

        // a moderator hides a reported name at once, with the reason its member reads on their page
        long other = member();
        long third = ModerationScenario.opinion(opinions, topic, other, "다른 회원의 의견");
        Identities.run(reader, CITIZEN, () -> reports.reportName(ReportTarget.OPINION, third, "ABUSE", null));
        Identities.run(
                moderator, MODERATOR, () -> queue.decide(ReportTarget.MEMBER_NAME, other, Decision.HIDE, "욕설 이름"));
        assertEquals("욕설 이름", Rows.single("SELECT name_hidden_reason FROM member WHERE id = ?", other));
        assertEquals(
                "notFound",
                refusal(() -> reports.reportName(ReportTarget.OPINION, third, "ABUSE", null), member()),
                "a hidden name takes no more reports");
    }

    @Test
    void aCommentOnAnIdeaIsHiddenByThreeReportsThroughTheIdeaFeaturesPortAndRestored() throws Exception {
        ModerationScenario.threshold(signUps, settings, 3);
        long idea = Identities.as(
                author,
                CITIZEN,
                () -> ideas.propose(new Ideas.Proposal("그늘막 " + Fixtures.unique(), "본문입니다", 1L, "11440")));
        long writer = member();
        long comment = Identities.as(writer, CITIZEN, () -> ideaComments.comment(idea, null, "광고 댓글입니다"));
        assertEquals(
                "report.own", refusal(() -> reports.report(ReportTarget.IDEA_COMMENT, comment, "SPAM", null), writer));
        boolean hid = false;
        for (int i = 0; i < 3; i++) {
            hid = Identities.as(
                    member(), CITIZEN, () -> reports.report(ReportTarget.IDEA_COMMENT, comment, "SPAM", null));
        }
        assertTrue(hid, "the third report hides it");
        IdeaComment.Status status = Identities.as(author, CITIZEN, () -> ideaComments.of(idea, 20))
                .orElseThrow()
                .comments()
                .get(0)
                .status();
        assertEquals(IdeaComment.Status.HIDDEN, status);

        long moderator = Fixtures.citizen(signUps, 1970);
        Fixtures.grant(moderator, "MODERATOR");
        Identities.run(
                moderator,
                MODERATOR,
                () -> queue.decide(ReportTarget.IDEA_COMMENT, comment, Decision.RESTORE, "광고 아님"));
        assertEquals(
                IdeaComment.Status.VISIBLE,
                ideaComments.of(idea, 20).orElseThrow().comments().get(0).status());
    }

    @Test
    void operatorsManageTheReasonsAndMembersChooseActiveOnesWithWordsWhereTheReasonAsks() throws Exception {
        ModerationScenario.threshold(signUps, settings, 3);
        Set<String> operatorRoles = Set.of("OPERATOR", "CITIZEN");
        long operator = Fixtures.member(signUps, 1975, "OPERATOR");
        long alice = member();
        long audits = Rows.count("SELECT COUNT(*) FROM audit_entry WHERE action LIKE 'reportReason.%'");
        List<String> seeded = List.of("SPAM", "ABUSE", "PERSONAL_DATA", "OFF_TOPIC", "ILLEGAL", "OTHER");
        List<String> offeredBefore = Identities.as(alice, CITIZEN, reports::reasons).stream()
                .map(ReportReason.Label::code)
                .toList();
        assertEquals(seeded, offeredBefore.stream().filter(seeded::contains).toList(), "V35 seeds the six");

        // an operator adds one (the code is taken in capitals); members are offered it last, in both languages
        String code = "IT_" + Fixtures.unique().toUpperCase(Locale.ROOT);
        long id = Identities.as(
                        operator,
                        operatorRoles,
                        () -> reasons.add(" " + code.toLowerCase(Locale.ROOT), "혐오 표현", "Hate speech", true))
                .getId();
        List<ReportReason.Label> offered = Identities.as(alice, CITIZEN, reports::reasons);
        ReportReason.Label last = offered.get(offered.size() - 1);
        assertEquals(code, last.code());
        assertEquals("Hate speech", last.label(Locale.ENGLISH));
        assertEquals("혐오 표현", last.label(Locale.KOREAN));

        // bad reasons are refused at their field, nothing stored
        Identities.ThrowingRunnable[] bad = {
            () -> reasons.add(code, "다른 이유", "Another", false),
            () -> reasons.add(" ", "빈 코드", "Empty code", false),
            () -> reasons.add("스팸", "한글 코드", "Hangul code", false),
            () -> reasons.add(code + "X", " ", "Empty Korean", false),
            () -> reasons.add(code + "X", "번호 900101-1234567", "Number", false),
            () -> reasons.add(code + "X", "가".repeat(101), "Long", false),
            () -> reasons.relabel(id, "혐오", "900101-1234567", true)
        };
        List<String> refused = new java.util.ArrayList<>();
        for (Identities.ThrowingRunnable attempt : bad) {
            refused.add(assertThrows(RuleViolation.class, () -> Identities.run(operator, operatorRoles, attempt))
                    .messageKey());
        }
        assertEquals(
                List.of(
                        "reportReason.code.duplicate",
                        "reportReason.code.required",
                        "reportReason.code.invalid",
                        "reportReason.label.required",
                        "input.residentNumber",
                        "reportReason.label.tooLong",
                        "input.residentNumber"),
                refused);
        assertEquals(0, Rows.count("SELECT COUNT(*) FROM report_reason WHERE code = ?", code + "X"));
        assertEquals(1, Rows.count("SELECT COUNT(*) FROM report_reason WHERE label_ko = '혐오 표현' AND id = ?", id));

        // this reason asks for words
        assertEquals(
                "report.text.required", refusal(() -> reports.report(ReportTarget.OPINION, opinion, code, " "), alice));
        assertFalse(report(reports, alice, opinion, code, "특정 집단을 비하합니다"));

        // relabelled and moved up: the report made before reads the new words
        Identities.run(operator, operatorRoles, () -> reasons.relabel(id, "혐오·차별", "Hate or discrimination", true));
        int at = Identities.as(operator, operatorRoles, reasons::all).stream()
                .map(ReportReason::getCode)
                .toList()
                .indexOf(code);
        Identities.run(operator, operatorRoles, () -> reasons.move(id, true));
        assertEquals(
                at - 1,
                Identities.as(operator, operatorRoles, reasons::all).stream()
                        .map(ReportReason::getCode)
                        .toList()
                        .indexOf(code));
        ModerationReports.MyReport mine = mineAbout(alice);
        assertEquals(code, mine.reason().code());
        assertEquals("Hate or discrimination", mine.reason().label(Locale.ENGLISH));

        // deactivated: no longer offered, refused in a crafted form as an unknown code is; old reports keep it
        Identities.run(operator, operatorRoles, () -> reasons.activate(id, false));
        assertFalse(Identities.as(alice, CITIZEN, reports::reasons).stream()
                .anyMatch(r -> r.code().equals(code)));
        long bob = member();
        for (String crafted : List.of(code, "NO_SUCH_REASON", "<b>SPAM</b>", "1")) {
            assertEquals(
                    "report.reason.unavailable",
                    refusal(() -> reports.report(ReportTarget.OPINION, opinion, crafted, "말"), bob),
                    crafted);
        }
        assertEquals(1, reportRows());
        assertEquals(
                "혐오·차별",
                Identities.as(author, MODERATOR, queue::awaiting).stream()
                        .filter(e -> e.type() == ReportTarget.OPINION && e.id() == opinion)
                        .findFirst()
                        .orElseThrow()
                        .lines()
                        .get(0)
                        .reason()
                        .label(Locale.KOREAN));
        assertEquals(code, mineAbout(alice).reason().code());

        // a reason in use is never deleted; an unused one is
        assertEquals(
                "reportReason.inUse",
                assertThrows(
                                RuleViolation.class,
                                () -> Identities.run(operator, operatorRoles, () -> reasons.remove(id)))
                        .messageKey());
        long unused = Identities.as(operator, operatorRoles, () -> reasons.add(code + "Y", "오타", "Typo", false))
                .getId();
        Identities.run(operator, operatorRoles, () -> reasons.remove(unused));
        assertEquals(0, Rows.count("SELECT COUNT(*) FROM report_reason WHERE id = ?", unused));
        assertEquals(1, Rows.count("SELECT COUNT(*) FROM report_reason WHERE id = ? AND active = FALSE", id));

        // add, relabel, move, deactivate, add, remove: six audited changes; refused attempts left none
        assertEquals(audits + 6, Rows.count("SELECT COUNT(*) FROM audit_entry WHERE action LIKE 'reportReason.%'"));

        // only operators manage them: a moderator, an official and a citizen are refused
        for (Set<String> roles : List.of(MODERATOR, Set.of("OFFICIAL", "CITIZEN"), CITIZEN)) {
            assertThrows(EJBAccessException.class, () -> Identities.as(alice, roles, reasons::all), roles::toString);
            assertThrows(
                    EJBAccessException.class,
                    () -> Identities.run(alice, roles, () -> reasons.add(code + "Z", "가", "A", false)),
                    roles::toString);
        }
    }
}
