package org.policyforum.partner.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The shared side of the API's read limits (issue 16): what each node served each subject, per second, in
 * {@code api_read_use}, so that the nodes of a cluster hold a client to one allowance (the buckets themselves stay in
 * each node's memory, web {@code ApiRateLimiter}). One call per node and second: its own uses in one batched MERGE
 * (standard SQL: H2 and PostgreSQL 15), the other nodes' rows since a time, and now and then the old rows pruned.
 *
 * <p>Plain SQL without a transaction, like the node heartbeat: a database that is away must never slow or fail an
 * API read, so a failed exchange answers empty, logs once, and logs again once it works again.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
// called by every node's own timer, never by a visitor; it reads and writes only hashed counts
@PermitAll
public class ApiReadUses {

    private static final Logger LOG = Logger.getLogger(ApiReadUses.class.getName());

    static final String MERGE = "MERGE INTO api_read_use u"
            + " USING (SELECT CAST(? AS VARCHAR(64)) AS subject_hash, CAST(? AS VARCHAR(100)) AS node_name,"
            + " CAST(? AS TIMESTAMP) AS window_start, CAST(? AS INTEGER) AS per_minute, CAST(? AS INTEGER) AS n) v"
            + " ON u.subject_hash = v.subject_hash AND u.node_name = v.node_name AND u.window_start = v.window_start"
            + " WHEN MATCHED THEN UPDATE SET taken = u.taken + v.n, per_minute = v.per_minute"
            + " WHEN NOT MATCHED THEN INSERT (subject_hash, node_name, window_start, per_minute, taken)"
            + " VALUES (v.subject_hash, v.node_name, v.window_start, v.per_minute, v.n)";

    /**
     * A node's requests for one subject in one second: {@code taken} is cumulative for that row (a node that flushes
     * twice in one second adds to it), so a reader deducts what it has not seen of it yet.
     */
    public record Use(String subjectHash, String node, Instant window, int perMinute, int taken) {}

    @Resource(lookup = "java:jboss/datasources/ForumDS")
    DataSource dataSource;

    private final AtomicBoolean failing = new AtomicBoolean();

    /**
     * Adds this node's uses, reads the other nodes' rows of the windows from {@code readSince} on (none when null) and
     * deletes rows before {@code pruneBefore} (none when null), over one connection. Empty when the database failed.
     */
    public Optional<List<Use>> exchange(String node, Collection<Use> mine, Instant readSince, Instant pruneBefore) {
        try (Connection c = dataSource.getConnection()) {
            if (!mine.isEmpty()) {
                write(c, mine);
            }
            List<Use> others = readSince == null ? List.of() : others(c, node, readSince);
            if (pruneBefore != null) {
                try (PreparedStatement prune = c.prepareStatement("DELETE FROM api_read_use WHERE window_start < ?")) {
                    prune.setTimestamp(1, Timestamp.from(pruneBefore));
                    prune.executeUpdate();
                }
            }
            if (failing.compareAndSet(true, false)) {
                LOG.info("The API's read limits are shared with the other nodes again");
            }
            return Optional.of(others);
        } catch (SQLException e) {
            if (failing.compareAndSet(false, true)) {
                LOG.warning(() ->
                        "The API's read limits count on this node alone until the database answers: " + e.getMessage());
            }
            return Optional.empty();
        }
    }

    private static void write(Connection c, Collection<Use> mine) throws SQLException {
        try (PreparedStatement merge = c.prepareStatement(MERGE)) {
            for (Use use : mine) {
                merge.setString(1, use.subjectHash());
                merge.setString(2, use.node());
                merge.setTimestamp(3, Timestamp.from(use.window()));
                merge.setInt(4, use.perMinute());
                merge.setInt(5, use.taken());
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    private static List<Use> others(Connection c, String node, Instant since) throws SQLException {
        List<Use> uses = new ArrayList<>();
        try (PreparedStatement query =
                c.prepareStatement("SELECT subject_hash, node_name, window_start, per_minute, taken FROM api_read_use"
                        + " WHERE window_start >= ? AND node_name <> ?")) {
            query.setTimestamp(1, Timestamp.from(since));
            query.setString(2, node);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    uses.add(new Use(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getTimestamp(3).toInstant(),
                            rows.getInt(4),
                            rows.getInt(5)));
                }
            }
        }
        return uses;
    }
}
