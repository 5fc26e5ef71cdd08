package org.policyforum.it.report;

import java.util.Set;
import org.policyforum.it.Fixtures;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.topic.boundary.TopicAdministration;

/** People of the monthly report's tests: an operator, citizens, the topic's official, strangers to it. */
final class MonthlyReportScenario {

    static final Set<String> OPERATOR = Set.of("OPERATOR", "CITIZEN");
    static final Set<String> OFFICIAL = Set.of("OFFICIAL", "CITIZEN");
    static final Set<String> MODERATOR = Set.of("MODERATOR", "CITIZEN");
    static final Set<String> CITIZEN = Set.of("CITIZEN");

    private MonthlyReportScenario() {}

    static long bureauOf(TopicAdministration topics, long operator, long topic) throws Exception {
        return Identities.as(
                operator, OPERATOR, () -> topics.find(topic).getBureau().getId());
    }

    /** An official of {@code bureau}. */
    static long official(SignUps signUps, long bureau) {
        long official = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(official, "OFFICIAL");
        Fixtures.assignBureau(official, bureau);
        return official;
    }
}
