package org.policyforum.it.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyforum.it.report.MonthlyReportScenario.CITIZEN;
import static org.policyforum.it.report.MonthlyReportScenario.MODERATOR;
import static org.policyforum.it.report.MonthlyReportScenario.OFFICIAL;
import static org.policyforum.it.report.MonthlyReportScenario.OPERATOR;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.discussion.boundary.DiscussionRecords.Kind;
import org.policyforum.discussion.boundary.DiscussionRecords.Row;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.discussion.entity.ReactionKind;
import org.policyforum.discussion.entity.TargetType;
import org.policyforum.it.Deployments;
import org.policyforum.it.Fixtures;
import org.policyforum.it.Rows;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.moderation.boundary.AuditLog;
import org.policyforum.moderation.entity.AuditEntry;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.OrganisationSettings;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.report.boundary.TopicExports;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;

/**
 * Exports of a topic's opinions and comments through their boundary, in the real server: the rows (thread order,
 * reaction counts, names masked per the setting, no email), who may export (the topic's bureau and operators only)
 * and the audit row of every export, with its format and row count. The files themselves (byte order mark, formula
 * guard) are the web tier's: ExportFilesTest, and the CSV downloaded in MonthlyReportJourneyIT.
 */
@ExtendWith(ArquillianExtension.class)
class ExportsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(ExportsIT.class, MonthlyReportScenario.class);
    }

    @Inject
    TopicExports exports;

    @Inject
    TopicAdministration topics;

    @Inject
    Opinions opinions;

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    @Inject
    Settings settings;

    @Inject
    AuditLog auditLog;

    long operator;
    long topic;
    long official;
    long author;
    long replier;
    long opinion;

    @BeforeEach
    void discussion() throws Exception {
        operator = Fixtures.citizen(signUps, 1980);
        Fixtures.grant(operator, "OPERATOR");
        topic = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        official = MonthlyReportScenario.official(signUps, MonthlyReportScenario.bureauOf(topics, operator, topic));
        author = Fixtures.citizen(signUps, 1991);
        replier = Fixtures.citizen(signUps, 1992);
        opinion = Identities.as(author, CITIZEN, () -> opinions.post(topic, Stance.PRO, "=1+1 수식처럼 보이는 의견"))
                .getId();
        long comment = Identities.as(replier, CITIZEN, () -> opinions.comment(opinion, null, "@댓글"))
                .getId();
        Identities.as(author, CITIZEN, () -> opinions.comment(opinion, comment, "답글"));
        Identities.as(replier, CITIZEN, () -> opinions.react(TargetType.OPINION, opinion, ReactionKind.AGREE));
    }

    String realName(long member) throws Exception {
        return Rows.single("SELECT real_name FROM member WHERE id = ?", member).toString();
    }

    void maskNames(boolean mask) throws Exception {
        Identities.run(operator, OPERATOR, () -> {
            OrganisationSettings now = settings.current();
            settings.change(now.getNameKo(), now.getNameEn(), now.getTimeZone(), mask);
        });
    }

    @Test
    void theCsvHoldsTheThreadMaskedWithItsFormulasGuardedAndIsAudited() throws Exception {
        boolean masked = settings.current().isMaskNames();
        maskNames(true);
        try {
            List<Row> rows = new ArrayList<>();
            long count =
                    Identities.as(official, OFFICIAL, () -> exports.export(topic, TopicExports.Format.CSV, rows::add));
            assertEquals(3, count);
            assertEquals(
                    List.of(Kind.OPINION, Kind.COMMENT, Kind.COMMENT),
                    rows.stream().map(Row::kind).toList());
            assertEquals(1, rows.get(0).agrees());
            assertEquals(opinion, rows.get(2).opinionId());
            assertEquals(rows.get(1).id(), rows.get(2).parentId());
            assertEquals("=1+1 수식처럼 보이는 의견", rows.get(0).body());
            String name = realName(author);
            String shown = rows.get(0).author();
            assertTrue(shown.startsWith(name.substring(0, 1)) && shown.contains("*") && !shown.equals(name), shown);
            String all = rows.toString();
            assertFalse(all.contains(name), "the real name is masked");
            assertFalse(all.contains("@example.org"), "no email");

            AuditEntry entry = MonthlyReportScenario.lastAudit(auditLog, operator, "report.export");
            assertEquals("report.export.csv", entry.getAction());
            assertEquals("topic:" + topic, entry.getTarget());
            assertEquals("CSV 3 rows", entry.getDetail());
            assertEquals(official, entry.getActorId());
        } finally {
            maskNames(masked);
        }
    }

    @Test
    void anXlsxExportIsAuditedWithItsFormatAndRowCount() throws Exception {
        long count =
                Identities.as(operator, OPERATOR, () -> exports.export(topic, TopicExports.Format.XLSX, row -> {}));
        assertEquals(3, count);
        assertEquals(
                "XLSX 3 rows",
                MonthlyReportScenario.lastAudit(auditLog, operator, "report.export")
                        .getDetail());
        Identities.run(author, CITIZEN, () -> opinions.withdraw(opinion));
        List<Row> rows = new ArrayList<>();
        Identities.as(official, OFFICIAL, () -> exports.export(topic, TopicExports.Format.CSV, rows::add));
        assertEquals("", rows.get(0).body(), "a withdrawn opinion keeps its row, not its text");
    }

    @Test
    void citizensModeratorsAndOtherBureausAreRefusedAndNothingIsAudited() throws Exception {
        MonthlyReportScenario.Strangers strangers = MonthlyReportScenario.strangers(signUps, bureaus, operator);
        long citizen = strangers.citizen();
        long moderator = strangers.moderator();
        long other = strangers.otherOfficial();
        long before = MonthlyReportScenario.audited(auditLog, operator);
        List<Row> leaked = new ArrayList<>();
        assertThrows(
                EJBAccessException.class,
                () -> Identities.as(
                        citizen, CITIZEN, () -> exports.export(topic, TopicExports.Format.CSV, leaked::add)));
        assertThrows(
                EJBAccessException.class,
                () -> Identities.as(
                        moderator, MODERATOR, () -> exports.export(topic, TopicExports.Format.XLSX, leaked::add)));
        assertThrows(
                RuleViolation.class,
                () -> Identities.as(
                        other, OFFICIAL, () -> exports.export(topic, TopicExports.Format.CSV, leaked::add)));
        assertThrows(RuleViolation.class, () -> Identities.as(other, OFFICIAL, () -> exports.monthOf(topic)));
        assertTrue(leaked.isEmpty());
        assertEquals(before, MonthlyReportScenario.audited(auditLog, operator));
    }
}
