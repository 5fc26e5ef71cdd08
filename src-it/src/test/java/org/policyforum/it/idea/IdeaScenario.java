package org.policyforum.it.idea;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.policyforum.idea.boundary.IdeaSetup;
import org.policyforum.idea.boundary.Ideas;
import org.policyforum.idea.entity.Obligation;
import org.policyforum.idea.entity.SupportTier;
import org.policyforum.it.Fixtures;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;

/** People and ideas for the idea space's tests, and the database's own count of what they did. */
final class IdeaScenario {

    static final Set<String> CITIZEN = Set.of("CITIZEN");
    static final Set<String> OFFICIAL = Set.of("OFFICIAL");
    static final Set<String> MODERATOR = Set.of("MODERATOR");
    static final Set<String> OPERATOR = Set.of("OPERATOR", "CITIZEN");

    /** Far above what the member sequence hands out during a run, and apart per JVM start. */
    private static final AtomicLong IDS = new AtomicLong(800_000_000L + (System.nanoTime() & 0xFFFFFL) * 100);

    private IdeaScenario() {}

    /** Quiet supporters: members inserted by SQL (no sign-up mail, no slow password hash), without an address. */
    static List<Long> supporters(int count) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = ds().getConnection();
                PreparedStatement st = c.prepareStatement("INSERT INTO member (id, real_name, email_confirmed,"
                        + " birth_year, mail_opt_in, terms_accepted_at, language, status, failed_logins, created_at,"
                        + " version) VALUES (?, ?, FALSE, 1980, FALSE, ?, 'ko', 'ACTIVE', 0, ?, 0)")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < count; i++) {
                long id = IDS.incrementAndGet();
                st.setLong(1, id);
                st.setString(2, "지지자" + id);
                st.setTimestamp(3, now);
                st.setTimestamp(4, now);
                st.addBatch();
                ids.add(id);
            }
            st.executeBatch();
        }
        return ids;
    }

    /**
     * Seoul's default tiers (50, 100, 1,000), set again if a journey left others: a test of the tiers does not depend
     * on which class ran before it.
     */
    static void defaultTiers(IdeaSetup setup, long operator) throws Exception {
        List<SupportTier.Plan> now = Identities.as(operator, OPERATOR, setup::tiers);
        List<SupportTier.Plan> defaults = List.of(
                new SupportTier.Plan(null, 50, Obligation.BUREAU_ANSWER, 14, null),
                new SupportTier.Plan(null, 100, Obligation.TOPIC_SUGGESTION, null, null),
                new SupportTier.Plan(null, 1000, Obligation.MAYOR_ANSWER, 30, null));
        if (now.size() != 3
                || !now.stream().map(SupportTier.Plan::supports).toList().equals(List.of(50, 100, 1000))) {
            List<SupportTier.Plan> kept = new ArrayList<>();
            for (int i = 0; i < defaults.size(); i++) {
                SupportTier.Plan d = defaults.get(i);
                Long id = i < now.size() ? now.get(i).id() : null;
                kept.add(new SupportTier.Plan(id, d.supports(), d.obliges(), d.answerDays(), null));
            }
            Identities.run(operator, OPERATOR, () -> setup.saveTiers(kept));
        }
    }

    static long propose(Ideas ideas, long author, String title) throws Exception {
        return Identities.as(
                author, CITIZEN, () -> ideas.propose(new Ideas.Proposal(title, "본문 " + title, 1L, "11440")));
    }

    /** Supports that an idea already has, put in by SQL with its count, to start a test near a threshold. */
    static void preload(long idea, List<Long> members) throws Exception {
        for (long member : members) {
            update(
                    "INSERT INTO idea_support (idea_id, member_id, created_at) VALUES (?, ?, CURRENT_TIMESTAMP)",
                    idea,
                    member);
        }
        update("UPDATE idea SET support_count = support_count + ? WHERE id = ?", members.size(), idea);
    }

    /** A new bureau, made by the operator. */
    static long bureau(Bureaus bureaus, long operator) throws Exception {
        return Identities.as(operator, OPERATOR, () -> bureaus.create("부서-" + Fixtures.unique(), null)
                .getId());
    }

    /** A new official of the bureau. */
    static long official(SignUps signUps, long bureau) {
        long id = Fixtures.citizen(signUps, 1970);
        Fixtures.grant(id, "OFFICIAL");
        Fixtures.assignBureau(id, bureau);
        return id;
    }

    static String text(String sql, Object... values) throws Exception {
        return first(sql, rs -> rs.getString(1), values);
    }

    static long number(String sql, Object... values) throws Exception {
        return first(sql, rs -> rs.getLong(1), values);
    }

    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The first row's value of a query with its parameters. */
    private static <T> T first(String sql, Column<T> column, Object... values) throws Exception {
        try (Connection c = ds().getConnection();
                PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                st.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return column.read(rs);
            }
        }
    }

    static void update(String sql, Object... values) throws Exception {
        try (Connection c = ds().getConnection();
                PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                st.setObject(i + 1, values[i]);
            }
            st.executeUpdate();
        }
    }

    private static DataSource ds() throws Exception {
        return InitialContext.doLookup("java:jboss/datasources/ForumDS");
    }

    static String unique() {
        return Fixtures.unique();
    }
}
