package org.policyforum.it.moderation;

import java.util.Set;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.it.Fixtures;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.moderation.boundary.ModerationReports;
import org.policyforum.moderation.entity.ReportTarget;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;

/** What the moderation ITs share: an open topic with an opinion, and members who report it. */
final class ModerationScenario {

    static final Set<String> CITIZEN = Set.of("CITIZEN");
    static final Set<String> MODERATOR = Set.of("MODERATOR", "CITIZEN");

    private ModerationScenario() {}

    /** A new open topic (made by a new operator) and its id. */
    static long topic(SignUps signUps, TopicAdministration topics, Bureaus bureaus) throws Exception {
        long operator = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(operator, "OPERATOR");
        return Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
    }

    /** Sets the organisation's threshold of reports that hide an item, as an operator does. */
    static void threshold(SignUps signUps, Settings settings, int reports) throws Exception {
        long operator = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(operator, "OPERATOR");
        Identities.as(operator, Set.of("OPERATOR", "CITIZEN"), () -> settings.changeReportHideThreshold(reports));
    }

    static long opinion(Opinions opinions, long topic, long author, String body) throws Exception {
        return Identities.as(author, CITIZEN, () -> opinions.post(topic, Stance.PRO, body))
                .getId();
    }

    static boolean report(ModerationReports reports, long member, long opinion, String reason, String text)
            throws Exception {
        return Identities.as(member, CITIZEN, () -> reports.report(ReportTarget.OPINION, opinion, reason, text));
    }
}
