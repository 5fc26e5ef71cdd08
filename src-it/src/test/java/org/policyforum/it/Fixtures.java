package org.policyforum.it;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUp;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.boundary.TopicForm;
import org.policyforum.topic.entity.Forum;

/**
 * In-container test data: members made through the real sign-up, with staff roles and bureaus then granted by SQL
 * (what an operator would do in the console, without needing an operator first).
 */
public final class Fixtures {

    /** The password of every member made here. */
    public static final String PASSWORD = "correct-horse-7";

    private Fixtures() {}

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A verified citizen (email not confirmed: no boundary under test needs it); returns the member id. */
    public static long citizen(SignUps signUps, int birthYear) {
        String id = unique();
        SignUp form = new SignUp();
        form.setRealName("시민" + id);
        form.setEmail("f-" + id + "@example.org");
        form.setPassword(PASSWORD);
        form.setDistrictCode("11440");
        form.setBirthYear(birthYear);
        form.setTermsAccepted(true);
        form.setVerificationEvidence("FIX-" + id);
        return signUps.signUp(form, Locale.KOREAN).orElseThrow().getId();
    }

    /**
     * A verified citizen whose address is confirmed, so that they can log in (with {@link #PASSWORD}), holding the
     * given staff roles; returns the member id.
     */
    public static long member(SignUps signUps, int birthYear, String... roles) {
        long id = citizen(signUps, birthYear);
        update("UPDATE member SET email_confirmed = TRUE WHERE id = ?", id);
        for (String role : roles) {
            grant(id, role);
        }
        return id;
    }

    /**
     * A topic open now, in its own new bureau, made by the operator the way the console does it: draft, schedule,
     * open. Returns its id.
     */
    public static long openTopic(TopicAdministration administration, Bureaus bureaus, long operator, Forum forum)
            throws Exception {
        LocalDateTime opens = LocalDateTime.now(ZoneId.of("Asia/Seoul")).plusDays(1);
        long id = scheduledTopic(administration, bureaus, operator, forum, "토론 " + unique(), opens);
        return Identities.as(operator, Set.of("OPERATOR", "CITIZEN"), () -> administration.openNow(id))
                .getId();
    }

    /**
     * A topic scheduled to open at {@code opensAt} (for ten days), in its own new bureau, made by the operator the way
     * the console does it: draft, schedule. Returns its id.
     */
    public static long scheduledTopic(
            TopicAdministration administration,
            Bureaus bureaus,
            long operator,
            Forum forum,
            String title,
            LocalDateTime opensAt)
            throws Exception {
        return Identities.as(operator, Set.of("OPERATOR", "CITIZEN"), () -> {
            TopicForm form = new TopicForm();
            form.setForum(forum);
            form.setTitle(title);
            form.setSummary("요약");
            form.setBureauId(bureaus.create("부서-" + unique(), null).getId());
            form.setOpensAt(opensAt);
            form.setClosesAt(opensAt.plusDays(9));
            long id = administration.draft(form).getId();
            administration.schedule(id);
            return id;
        });
    }

    public static void grant(long memberId, String role) {
        if ("OPERATOR".equals(role)) {
            // an operator by SQL would silence the set-up link that the run's first operator is made through
            FirstOperator.ensureInContainer();
        }
        update("INSERT INTO member_role (member_id, role) VALUES (?, ?)", memberId, role);
    }

    public static void assignBureau(long memberId, long bureauId) {
        update("UPDATE member SET bureau_id = ? WHERE id = ?", bureauId, memberId);
    }

    private static void update(String sql, Object... values) {
        try {
            Rows.update(sql, values);
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
