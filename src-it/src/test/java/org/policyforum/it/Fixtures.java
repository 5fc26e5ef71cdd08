package org.policyforum.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Locale;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.policyforum.member.boundary.Members;
import org.policyforum.member.boundary.SignUp;

/**
 * In-container test data: members made through the real sign-up, with staff roles and bureaus then granted by SQL
 * (what an operator would do in the console, without needing an operator first).
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A verified citizen (email not confirmed: no boundary under test needs it); returns the member id. */
    public static long citizen(Members members, int birthYear) {
        String id = unique();
        SignUp form = new SignUp();
        form.setRealName("시민" + id);
        form.setEmail("f-" + id + "@example.org");
        form.setPassword("correct-horse-7");
        form.setDistrictCode("11440");
        form.setBirthYear(birthYear);
        form.setTermsAccepted(true);
        form.setVerificationEvidence("FIX-" + id);
        return members.signUp(form, Locale.KOREAN).getId();
    }

    public static void grant(long memberId, String role) {
        update("INSERT INTO member_role (member_id, role) VALUES (?, ?)", memberId, role);
    }

    public static void assignBureau(long memberId, long bureauId) {
        update("UPDATE member SET bureau_id = ? WHERE id = ?", bureauId, memberId);
    }

    private static void update(String sql, Object... values) {
        try (Connection c = dataSource().getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                st.setObject(i + 1, values[i]);
            }
            st.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static DataSource dataSource() throws NamingException {
        return InitialContext.doLookup("java:jboss/datasources/ForumDS");
    }
}
