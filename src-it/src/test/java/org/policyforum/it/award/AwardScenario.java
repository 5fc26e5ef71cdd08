package org.policyforum.it.award;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.policyforum.award.boundary.AwardRounds;
import org.policyforum.award.boundary.RoundForm;
import org.policyforum.award.entity.AwardRound;
import org.policyforum.it.Fixtures;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.boundary.TopicForm;
import org.policyforum.topic.entity.Forum;

/**
 * Builds what an award round needs: a month of its own (rounds are unique per forum and month, and all tests share
 * one database), open topics of that month in bureaus with officials, and the round itself.
 */
final class AwardScenario {

    static final Set<String> CITIZEN = Set.of("CITIZEN");
    static final Set<String> OPERATOR = Set.of("OPERATOR", "CITIZEN");
    static final Set<String> OFFICIAL = Set.of("OFFICIAL", "CITIZEN");
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private AwardScenario() {}

    /** A month no other test uses: topics are filed under the month they were planned to open in. */
    static YearMonth freshMonth() {
        return YearMonth.of(2100, 1).plusMonths(ThreadLocalRandom.current().nextInt(7800 * 12));
    }

    static long operator(SignUps signUps) {
        long operator = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(operator, "OPERATOR");
        return operator;
    }

    static long official(SignUps signUps, long bureau) {
        long official = Fixtures.citizen(signUps, 1978);
        Fixtures.grant(official, "OFFICIAL");
        Fixtures.assignBureau(official, bureau);
        return official;
    }

    /** A topic of {@code month}, opened now by the operator, owned by {@code bureau}. */
    static long openTopic(TopicAdministration administration, long operator, long bureau, Forum forum, YearMonth month)
            throws Exception {
        return Identities.as(operator, OPERATOR, () -> {
            TopicForm form = new TopicForm();
            form.setForum(forum);
            form.setTitle("시상 토론 " + Fixtures.unique());
            form.setSummary("요약");
            form.setBureauId(bureau);
            form.setOpensAt(month.atDay(1).atStartOfDay());
            form.setClosesAt(month.atEndOfMonth().atTime(23, 0));
            long id = administration.draft(form).getId();
            administration.schedule(id);
            return administration.openNow(id).getId();
        });
    }

    static long bureau(Bureaus bureaus, long operator) throws Exception {
        return Identities.as(operator, OPERATOR, () -> bureaus.create("부서-" + Fixtures.unique(), null)
                .getId());
    }

    /** A round of the month whose vote opens tomorrow: the shortlist can still be edited. */
    static AwardRound round(
            AwardRounds rounds, long operator, Forum forum, YearMonth month, int citizens, int officials, int votes)
            throws Exception {
        RoundForm form = new RoundForm();
        form.setForum(forum);
        form.setMonth(month);
        form.setCitizenPlaces(citizens);
        form.setOfficialPlaces(officials);
        form.setVotesPerMember(votes);
        LocalDateTime now = LocalDateTime.now(SEOUL);
        form.setVotingOpensAt(now.plusDays(1));
        form.setVotingClosesAt(now.plusDays(8));
        return Identities.as(operator, OPERATOR, () -> rounds.open(form));
    }

    static long count(String sql, Object... values) {
        try (Connection c = dataSource().getConnection();
                PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                st.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static String email(long member) {
        try (Connection c = dataSource().getConnection();
                PreparedStatement st = c.prepareStatement("SELECT email FROM member WHERE id = ?")) {
            st.setLong(1, member);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void update(String sql, Object... values) {
        try (Connection c = dataSource().getConnection();
                PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                st.setObject(i + 1, values[i]);
            }
            st.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A member whose identity was never verified: what an account is between sign-up and verification. */
    static void unverify(long member) {
        update("UPDATE member SET person_key_hash = NULL, verified_by = NULL, verified_at = NULL WHERE id = ?", member);
        update("DELETE FROM member_role WHERE member_id = ?", member);
    }

    private static DataSource dataSource() throws Exception {
        return InitialContext.doLookup("java:jboss/datasources/ForumDS");
    }
}
