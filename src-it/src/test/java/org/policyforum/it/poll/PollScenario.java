package org.policyforum.it.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.policyforum.it.Fixtures;
import org.policyforum.it.security.Identities;
import org.policyforum.poll.boundary.PollAdministration;
import org.policyforum.poll.boundary.PollForm;
import org.policyforum.poll.boundary.Polls;

/** What the poll tests share: polls made by an operator, their options, the shared tally awaited, rows counted. */
final class PollScenario {

    static final Set<String> CITIZEN = Set.of("CITIZEN");
    static final Set<String> YOUTH = Set.of("CITIZEN", "YOUTH_PANELIST");
    static final Set<String> OPERATOR = Set.of("OPERATOR", "CITIZEN");
    static final Set<String> OFFICIAL = Set.of("OFFICIAL");

    private PollScenario() {}

    /** An open single-choice poll of three options, open for a week, results shown, one ballot that cannot change. */
    static PollForm form() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        PollForm form = new PollForm();
        form.setQuestion("시립 도서관 야간 개방에 찬성하십니까? " + Fixtures.unique());
        form.setOptions(List.of("찬성", "반대", "모르겠다"));
        form.setOpensAt(now.minusMinutes(5));
        form.setClosesAt(now.plusDays(7));
        return form;
    }

    /** A poll of {@link #form()} as changed by {@code change}, made by {@code operator}; returns its id. */
    static long create(PollAdministration administration, long operator, Consumer<PollForm> change) throws Exception {
        PollForm form = form();
        change.accept(form);
        return Identities.as(operator, OPERATOR, () -> administration.create(form))
                .getId();
    }

    static List<Long> options(Polls polls, long poll) {
        return polls.view(poll).orElseThrow().options().stream()
                .map(Polls.OptionView::id)
                .toList();
    }

    /** The tally is shared for up to a second (Tallies); results must show the ballots well within the 5 s promise. */
    static Polls.Results awaitBallots(Polls polls, long poll, long expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5000;
        Polls.Results results = polls.results(poll).orElseThrow();
        while (results.ballots() != expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            results = polls.results(poll).orElseThrow();
        }
        assertEquals(expected, results.ballots());
        return results;
    }

    /** The single number {@code sql} (with one parameter) finds in the database. */
    static long rows(String sql, Object parameter) throws Exception {
        DataSource ds = InitialContext.doLookup("java:jboss/datasources/ForumDS");
        try (Connection c = ds.getConnection();
                PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, parameter);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static long choiceRows(long poll) throws Exception {
        return rows(
                "SELECT COUNT(*) FROM ballot_choice c JOIN ballot b ON b.id = c.ballot_id WHERE b.poll_id = ?", poll);
    }
}
