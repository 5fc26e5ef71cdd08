package org.policyforum.it.report;

import java.util.Set;
import org.policyforum.it.Fixtures;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.moderation.boundary.AuditLog;
import org.policyforum.moderation.entity.AuditEntry;
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

    /** Members the report and the exports refuse: a citizen, a moderator of no bureau, an official of another. */
    record Strangers(long citizen, long moderator, long otherOfficial) {}

    static Strangers strangers(SignUps signUps, Bureaus bureaus, long operator) throws Exception {
        long citizen = Fixtures.citizen(signUps, 1990);
        long moderator = Fixtures.citizen(signUps, 1985);
        Fixtures.grant(moderator, "MODERATOR");
        long otherBureau = Identities.as(operator, OPERATOR, () -> bureaus.create("다른부서-" + Fixtures.unique(), null)
                .getId());
        return new Strangers(citizen, moderator, official(signUps, otherBureau));
    }

    /** The newest audit entry whose action starts with {@code action}, as the operator reads the log. */
    static AuditEntry lastAudit(AuditLog log, long operator, String action) throws Exception {
        return Identities.as(operator, OPERATOR, () -> log.page(0, 1, action).get(0));
    }

    /** How many report readings and exports the audit log holds. */
    static long audited(AuditLog log, long operator) throws Exception {
        return Identities.as(operator, OPERATOR, () -> log.count("report."));
    }
}
