package org.policyforum.it.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyforum.it.moderation.ModerationScenario.CITIZEN;
import static org.policyforum.it.moderation.ModerationScenario.MODERATOR;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.it.Deployments;
import org.policyforum.it.Fixtures;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.moderation.boundary.ModerationQueue;
import org.policyforum.moderation.boundary.ModerationReports;
import org.policyforum.platform.control.StatementTally;
import org.policyforum.topic.boundary.TopicAdministration;

/**
 * The N+1 guard of moderation: a reporter's own list and a moderator's queue look the reported items up in a fixed
 * number of statements per kind of item, not one per item (and more for each item's author and topic). Counted with
 * {@link StatementTally}.
 */
@ExtendWith(ArquillianExtension.class)
class ModerationQueriesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(ModerationQueriesIT.class, ModerationScenario.class);
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
    ModerationReports reports;

    @Inject
    ModerationQueue queue;

    record Counted<T>(int statements, List<String> sql, List<T> entries) {}

    @Test
    void twoOrTwelveReportedItemsByDifferentAuthorsCostTheSameStatements() throws Exception {
        List<Long> topicIds = List.of(
                ModerationScenario.topic(signUps, topics, bureaus), ModerationScenario.topic(signUps, topics, bureaus));
        long reporter = Fixtures.member(signUps, 1962);
        long moderator = Fixtures.member(signUps, 1963);
        Fixtures.grant(moderator, "MODERATOR");

        reportOpinionsOfNewAuthors(2, topicIds, reporter);
        Counted<?> twoMine = count(() -> Identities.as(reporter, CITIZEN, reports::mine));
        reportOpinionsOfNewAuthors(10, topicIds, reporter);
        Counted<?> twelveMine = count(() -> Identities.as(reporter, CITIZEN, reports::mine));
        assertEquals(2, twoMine.entries().size());
        assertEquals(12, twelveMine.entries().size());
        assertEquals(
                twoMine.statements(),
                twelveMine.statements(),
                "a reporter's list of 2 or of 12 items by as many authors: the same statements\n2: " + twoMine.sql()
                        + "\n12: " + twelveMine.sql());

        Counted<ModerationQueue.Entry> awaiting = count(() -> Identities.as(moderator, MODERATOR, queue::awaiting));
        long kinds = awaiting.entries().stream()
                .map(ModerationQueue.Entry::type)
                .distinct()
                .count();
        int cases = awaiting.entries().size();
        assertTrue(cases >= 12, "the queue holds this test's 12 items at least: " + cases);
        // the cases, their reports, and per kind the items with their references (author and their bureau; topic and
        // its bureau; a comment's opinion) read at once: at most 6 statements a kind
        assertTrue(
                awaiting.statements() <= 2 + 6 * kinds,
                cases + " cases of " + kinds + " kinds in " + awaiting.statements() + " statements:\n"
                        + String.join("\n", awaiting.sql()));
    }

    /** Opinions of {@code count} new authors, in the topics in turn, each reported once by {@code reporter}. */
    private void reportOpinionsOfNewAuthors(int count, List<Long> topicIds, long reporter) throws Exception {
        List<Long> reported = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long author = Fixtures.member(signUps, 1964 + i);
            reported.add(ModerationScenario.opinion(
                    opinions, topicIds.get(i % topicIds.size()), author, "신고될 의견 " + Fixtures.unique()));
        }
        for (long opinion : reported) {
            ModerationScenario.report(reports, reporter, opinion, "SPAM", null);
        }
    }

    /**
     * The statements of {@code read}, but those of the report reasons: they are in the shared cache for a second
     * ({@code SharedCache.EDITED_MILLIS}), so whether one is read again depends on the clock, not on the items, and
     * at most once per reason (seen on PostgreSQL: the 12-item list read the reason the 2-item list had found cached).
     */
    private static <T> Counted<T> count(Callable<List<T>> read) throws Exception {
        StatementTally.record();
        try {
            List<T> entries = read.call();
            List<String> sql = StatementTally.statements().stream()
                    .filter(statement -> !statement.toLowerCase(Locale.ROOT).contains("from report_reason"))
                    .toList();
            return new Counted<>(sql.size(), sql, entries);
        } finally {
            StatementTally.reset();
        }
    }
}
