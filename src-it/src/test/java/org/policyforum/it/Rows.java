package org.policyforum.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.naming.InitialContext;
import javax.sql.DataSource;

/** In-container SQL on the forum's own database, for what a test checks or sets up beside the boundaries. */
public final class Rows {

    private Rows() {}

    /** The first column of the one row the query finds; fails when it finds none. */
    public static Object single(String sql, Object... parameters) throws Exception {
        try (Connection c = dataSource().getConnection();
                PreparedStatement st = prepare(c, sql, parameters);
                ResultSet rs = st.executeQuery()) {
            assertTrue(rs.next(), sql);
            return rs.getObject(1);
        }
    }

    /** A {@code SELECT COUNT(*)}. */
    public static long count(String sql, Object... parameters) throws Exception {
        return ((Number) single(sql, parameters)).longValue();
    }

    public static void update(String sql, Object... parameters) throws Exception {
        try (Connection c = dataSource().getConnection();
                PreparedStatement st = prepare(c, sql, parameters)) {
            st.executeUpdate();
        }
    }

    public static String email(long memberId) throws Exception {
        return (String) single("SELECT email FROM member WHERE id = ?", memberId);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws Exception {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            st.setObject(i + 1, parameters[i]);
        }
        return st;
    }

    private static DataSource dataSource() throws Exception {
        return InitialContext.doLookup("java:jboss/datasources/ForumDS");
    }
}
