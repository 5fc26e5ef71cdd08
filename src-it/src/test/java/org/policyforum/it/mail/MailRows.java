package org.policyforum.it.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import javax.sql.DataSource;

/**
 * In-container SQL for the mail tests: members in bulk with exactly the consent state a test needs (sign-up cannot
 * make a thousand confirmed members quickly), and reads of the delivery rows.
 */
final class MailRows {

    /** Far above what the member sequence hands out during a test run, and apart per JVM start. */
    private static final AtomicLong IDS = new AtomicLong(700_000_000L + (System.nanoTime() & 0xFFFFFL) * 100);

    private MailRows() {}

    record Person(String email, boolean optIn, boolean confirmed, String status, String language, Integer birthYear) {
        static Person ok(String email) {
            return new Person(email, true, true, "ACTIVE", "ko", 1980);
        }
    }

    /** Inserts the members and returns their ids, in order. */
    static List<Long> members(List<Person> people) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = ds().getConnection();
                PreparedStatement st = c.prepareStatement(
                        "INSERT INTO member (id, real_name, email, email_confirmed, birth_year, mail_opt_in, "
                                + "terms_accepted_at, language,"
                                + " status, failed_logins, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                + "?, 0, ?, 0)")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (Person p : people) {
                long id = IDS.incrementAndGet();
                st.setLong(1, id);
                st.setString(2, "수신자" + id);
                st.setString(3, p.email());
                st.setBoolean(4, p.confirmed());
                st.setObject(5, p.birthYear());
                st.setBoolean(6, p.optIn());
                st.setTimestamp(7, now);
                st.setString(8, p.language());
                st.setString(9, p.status());
                st.setTimestamp(10, now);
                st.addBatch();
                ids.add(id);
            }
            st.executeBatch();
        }
        return ids;
    }

    /**
     * Moves the members of an earlier run with an address at {@code domain} out of it and out of every audience
     * (PostgreSQL keeps its database between runs; H2 starts empty and has none): a test's own members are then the
     * only ones there.
     */
    static void retireEarlierRunsMembersAt(String domain) throws Exception {
        update(
                "UPDATE member SET email = CONCAT(CONCAT('old-', CAST(id AS VARCHAR(20))), '@old.campaign.test'),"
                        + " mail_opt_in = FALSE WHERE email LIKE ?",
                "%@" + domain);
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

    static List<List<Object>> query(String sql, Object... values) throws Exception {
        try (Connection c = ds().getConnection();
                PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                st.setObject(i + 1, values[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** The delivery status of a member in a campaign, or null when the member has no row. */
    static String status(long campaignId, long memberId) throws Exception {
        var rows = query(
                "SELECT status FROM campaign_delivery WHERE campaign_id = ? AND member_id = ?", campaignId, memberId);
        return rows.isEmpty() ? null : (String) rows.get(0).get(0);
    }

    static void brief(long topicId, String stance, String title) throws Exception {
        update(
                "INSERT INTO expert_opinion (id, topic_id, stance, expert_name, title, body, created_at, version) "
                        + "VALUES (?, ?, ?, '전문가', ?, '본문', ?, 0)",
                IDS.incrementAndGet(),
                topicId,
                stance,
                title,
                Timestamp.from(Instant.now()));
    }

    /** The member follows the topic since {@code at}, as the topic page's button would have recorded it. */
    static void follow(long memberId, long topicId, Instant at) throws Exception {
        update(
                "INSERT INTO topic_follow (member_id, topic_id, created_at) VALUES (?, ?, ?)",
                memberId,
                topicId,
                Timestamp.from(at));
    }

    /**
     * An opinion written at {@code at}, in the given status (VISIBLE, HIDDEN, WITHDRAWN): the digest reads it by time.
     */
    static void opinion(long topicId, long authorId, String status, Instant at) throws Exception {
        update(
                "INSERT INTO opinion (id, topic_id, author_id, stance, body, status, created_at, version) VALUES "
                        + "(?, ?, ?, 'PRO', '의견', ?, ?, 0)",
                IDS.incrementAndGet(),
                topicId,
                authorId,
                status,
                Timestamp.from(at));
    }

    /** An idea in {@code state}, published at {@code at}; returns its id. */
    static long idea(long authorId, String title, String state, Instant at) throws Exception {
        long id = IDS.incrementAndGet();
        update(
                "INSERT INTO idea (id, author_id, title, body, category_id, state, state_changed_at, published_at,"
                        + " support_ends_at, support_count, version) VALUES (?, ?, ?, '본문', 1, ?, ?, ?, ?, 0, 0)",
                id,
                authorId,
                title,
                state,
                Timestamp.from(at),
                Timestamp.from(at),
                Timestamp.from(at.plusSeconds(90L * 24 * 3600)));
        return id;
    }

    /** The member follows the idea since {@code at}, as the idea page's button would have recorded it. */
    static void followIdea(long memberId, long ideaId, Instant at) throws Exception {
        update(
                "INSERT INTO idea_follow (idea_id, member_id, created_at) VALUES (?, ?, ?)",
                ideaId,
                memberId,
                Timestamp.from(at));
    }

    /** One move of the idea in its public history, at {@code at} (the idea's own state is set too). */
    static void ideaMoved(long ideaId, String state, Instant at) throws Exception {
        update(
                "INSERT INTO idea_event (id, idea_id, state, happened_at) VALUES (?, ?, ?, ?)",
                IDS.incrementAndGet(),
                ideaId,
                state,
                Timestamp.from(at));
        update("UPDATE idea SET state = ?, state_changed_at = ? WHERE id = ?", state, Timestamp.from(at), ideaId);
    }

    static void ideaAnswer(long ideaId, long authorId, Instant at) throws Exception {
        update(
                "INSERT INTO idea_answer (id, idea_id, author_id, verdict, body, answered_at)"
                        + " VALUES (?, ?, ?, 'ACCEPTED', '<p>답변</p>', ?)",
                IDS.incrementAndGet(),
                ideaId,
                authorId,
                Timestamp.from(at));
    }

    /** A comment on the idea written at {@code at}, in the given status (VISIBLE, HIDDEN, WITHDRAWN). */
    static void ideaComment(long ideaId, long authorId, String status, Instant at) throws Exception {
        update(
                "INSERT INTO idea_comment (id, idea_id, author_id, body, status, created_at, version)"
                        + " VALUES (?, ?, ?, '댓글', ?, ?, 0)",
                IDS.incrementAndGet(),
                ideaId,
                authorId,
                status,
                Timestamp.from(at));
    }

    private static DataSource ds() throws Exception {
        return InitialContext.doLookup("java:jboss/datasources/ForumDS");
    }
}
