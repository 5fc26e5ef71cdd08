package org.policyforum.it.journey;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Time passing for one idea, for {@link IdeaJourneyIT}: a browser journey runs outside the server and cannot move the
 * in-container test clock, so this fixture (in the journey's own deployment only, never in the forum) puts the idea's
 * answer obligations {@code days} days further into the past, as if that time had gone by since the tier was crossed.
 */
@WebServlet(IdeaTimeServlet.PATH)
public class IdeaTimeServlet extends HttpServlet {

    static final String PATH = "/it-fixtures/idea-time";
    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/ForumDS")
    DataSource ds;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long idea = Long.parseLong(request.getParameter("idea"));
        Duration back = Duration.ofDays(Long.parseLong(request.getParameter("days")));
        Instant now = Instant.now();
        try (Connection c = ds.getConnection();
                PreparedStatement st = c.prepareStatement("UPDATE answer_obligation SET crossed_at = ?, due_at = ?"
                        + " WHERE idea_id = ? AND due_at IS NOT NULL")) {
            st.setTimestamp(1, Timestamp.from(now.minus(back)));
            st.setTimestamp(2, Timestamp.from(now.minus(back).plus(Duration.ofDays(14))));
            st.setLong(3, idea);
            response.getWriter().print(st.executeUpdate());
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
