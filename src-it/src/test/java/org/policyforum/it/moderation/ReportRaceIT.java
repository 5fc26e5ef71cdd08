package org.policyforum.it.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policyforum.it.moderation.ModerationScenario.report;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.idea.boundary.Ideas;
import org.policyforum.it.Deployments;
import org.policyforum.it.ExactlyOnce;
import org.policyforum.it.Fixtures;
import org.policyforum.it.Parallel;
import org.policyforum.it.Rows;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.moderation.boundary.ModerationReports;
import org.policyforum.moderation.entity.ReportTarget;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.topic.boundary.Suggestions;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;

/**
 * Reports that arrive in the same instant: thirty members report one opinion and it is hidden exactly once (the
 * default threshold of three); twenty reports of one member leave one row, and so do two of one member on an idea
 * or on a topic suggestion.
 */
@ExtendWith(ArquillianExtension.class)
@ExactlyOnce
class ReportRaceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(ReportRaceIT.class, ModerationScenario.class);
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
    ModerationReports reports;

    @Inject
    Ideas ideas;

    @Inject
    Suggestions suggestions;

    @Resource
    ManagedExecutorService executor;

    private long opinion() throws Exception {
        long topic = ModerationScenario.topic(signUps, topics, bureaus);
        long author = Fixtures.citizen(signUps, 1980);
        return ModerationScenario.opinion(opinions, topic, author, "동시에 신고될 의견");
    }

    private static long rows(String table, long opinion) throws Exception {
        return Rows.count(
                "SELECT COUNT(*) FROM " + table + " WHERE target_type = 'OPINION' AND target_id = ?", opinion);
    }

    @Test
    void thirtyMembersReportAtOnceAndTheOpinionIsHiddenExactlyOnce() throws Exception {
        ModerationScenario.threshold(signUps, settings, 3);
        long opinion = opinion();
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            members.add(Fixtures.citizen(signUps, 1990));
        }
        List<String> outcomes = Parallel.outcomes(
                executor, 30, i -> () -> report(reports, members.get(i), opinion, "SPAM", null) ? "hid" : "counted");
        // the reports on one item are counted one after the other; those after the hiding find it hidden and are
        // refused like a missing item
        assertEquals(1, Collections.frequency(outcomes, "hid"), outcomes::toString);
        assertEquals(2, Collections.frequency(outcomes, "counted"), outcomes::toString);
        assertEquals(27, Collections.frequency(outcomes, "notFound"), outcomes::toString);
        assertEquals(3, rows("moderation_report", opinion));
        assertEquals(1, rows("moderation_case", opinion));
        assertEquals(
                "HIDDEN",
                Rows.single(
                        "SELECT state FROM moderation_case WHERE target_type = 'OPINION' AND target_id = ?", opinion));
        assertEquals(
                1,
                Rows.count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'moderation.autoHide' AND target = ?",
                        "OPINION:" + opinion));
        assertEquals("HIDDEN", Rows.single("SELECT status FROM opinion WHERE id = ?", opinion));
    }

    @Test
    void twentyReportsOfOneMemberLeaveOneRow() throws Exception {
        long opinion = opinion();
        long member = Fixtures.citizen(signUps, 1990);
        List<String> outcomes = Parallel.outcomes(
                executor, 20, () -> report(reports, member, opinion, "ABUSE", null) ? "hid" : "counted");
        assertEquals(1, Collections.frequency(outcomes, "counted"), outcomes::toString);
        assertEquals(19, Collections.frequency(outcomes, "report.duplicate"), outcomes::toString);
        assertEquals(1, rows("moderation_report", opinion));
    }

    @Test
    void twentyReportsOfOneMemberAtOnceOnAnIdeaATopicSuggestionAndANameLeaveOneRowEach() throws Exception {
        long author = Fixtures.citizen(signUps, 1980);
        long idea = Identities.as(
                author,
                ModerationScenario.CITIZEN,
                () -> ideas.propose(new Ideas.Proposal("동시 신고 " + Fixtures.unique(), "본문", 1L, null)));
        long suggestion = Identities.as(
                        author,
                        ModerationScenario.CITIZEN,
                        () -> suggestions.submit(Forum.MAIN, "동시 신고 " + Fixtures.unique(), "이유", null))
                .getId();
        long member = Fixtures.citizen(signUps, 1990);
        for (ReportTarget type : List.of(ReportTarget.IDEA, ReportTarget.TOPIC_SUGGESTION, ReportTarget.MEMBER_NAME)) {
            long id = type == ReportTarget.IDEA ? idea : type == ReportTarget.TOPIC_SUGGESTION ? suggestion : author;
            List<String> outcomes = Parallel.outcomes(
                    executor,
                    20,
                    () -> Identities.as(
                                    member,
                                    ModerationScenario.CITIZEN,
                                    // a name is reported through something its member wrote: here, the idea
                                    () -> type == ReportTarget.MEMBER_NAME
                                            ? reports.reportName(ReportTarget.IDEA, idea, "SPAM", null)
                                            : reports.report(type, id, "SPAM", null))
                            ? "hid"
                            : "counted");
            assertEquals(1, Collections.frequency(outcomes, "counted"), type + " " + outcomes);
            assertEquals(19, Collections.frequency(outcomes, "report.duplicate"), type + " " + outcomes);
            assertEquals(
                    1,
                    Rows.count(
                            "SELECT COUNT(*) FROM moderation_report WHERE target_type = ? AND target_id = ?",
                            type.name(),
                            id));
        }
    }
}
