package org.policyforum.node.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.policyforum.node.control.BuildVersion;
import org.policyforum.node.control.VersionWatch;
import org.policyforum.node.entity.NodeBeat;

/**
 * This node in the cluster: at start and every minute it writes its heartbeat (name, build, time) into
 * {@code cluster_node} and compares its build with the live peers'. A peer of another build is logged once as a
 * WARNING and named in {@link #status()} (which {@code /ops/ready} shows); the node stays ready, because during a
 * rolling upgrade both builds run for a while on purpose and refusing would take the whole site down.
 *
 * <p>Plain SQL without a transaction, like the readiness check: a database that is away costs one log line a minute
 * here and never the deployment; the heartbeat comes back by itself with the database.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class Nodes {

    private static final Logger LOG = Logger.getLogger(Nodes.class.getName());

    /** A peer whose heartbeat is older than this is taken for gone (two missed minutes). */
    public static final Duration LIVE = Duration.ofMinutes(2);

    /** What this node knows of itself and its live peers, as of its last heartbeat. */
    public record Status(String node, String version, int livePeers, List<NodeBeat> otherVersions) {}

    @Resource(lookup = "java:jboss/datasources/ForumDS")
    DataSource dataSource;

    @Inject
    BuildVersion build;

    @Inject
    Clock clock;

    private final VersionWatch watch = new VersionWatch();

    private String node;
    private Instant startedAt;
    private volatile Status status;

    @PostConstruct
    void start() {
        node = System.getProperty("jboss.node.name", "forum");
        startedAt = clock.instant();
        status = new Status(node, build.current(), 0, List.of());
        LOG.info(() -> "Cluster node " + node + " runs version " + build.current());
        beat();
    }

    @Schedule(hour = "*", minute = "*", second = "17", persistent = false, info = "cluster node heartbeat")
    void everyMinute() {
        beat();
    }

    /** Writes this node's heartbeat and compares with the live peers; what the timer does, callable at once. */
    public Status beat() {
        Instant now = clock.instant();
        String version = build.current();
        try (Connection c = dataSource.getConnection()) {
            write(c, version, now);
            List<NodeBeat> peers = livePeers(c, now);
            VersionWatch.Seen seen = watch.look(version, peers);
            seen.newlySeen()
                    .forEach(p -> LOG.warning(() -> "Cluster node " + p.node() + " runs version " + p.version()
                            + ", this node (" + node + ") runs " + version
                            + ": finish the upgrade or stop the node that was left behind"));
            status = new Status(node, version, peers.size(), seen.otherVersions());
        } catch (SQLException e) {
            LOG.warning(() -> "Cluster node " + node + ": the heartbeat was not written: " + e.getMessage());
        }
        return status;
    }

    /** As of the last heartbeat (at most a minute old); reads nothing. */
    public Status status() {
        return status;
    }

    private void write(Connection c, String version, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE cluster_node SET version = ?, started_at = ?, heartbeat_at = ? WHERE node_name = ?")) {
            update.setString(1, version);
            update.setTimestamp(2, Timestamp.from(startedAt));
            update.setTimestamp(3, Timestamp.from(now));
            update.setString(4, node);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        // only this node writes its row, so nobody else inserts it between the update and here
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO cluster_node (node_name, version, started_at, heartbeat_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, node);
            insert.setString(2, version);
            insert.setTimestamp(3, Timestamp.from(startedAt));
            insert.setTimestamp(4, Timestamp.from(now));
            insert.executeUpdate();
        }
    }

    private List<NodeBeat> livePeers(Connection c, Instant now) throws SQLException {
        List<NodeBeat> peers = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT node_name, version, heartbeat_at FROM cluster_node"
                + " WHERE node_name <> ? AND heartbeat_at > ? ORDER BY node_name")) {
            query.setString(1, node);
            query.setTimestamp(2, Timestamp.from(now.minus(LIVE)));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    peers.add(new NodeBeat(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getTimestamp(3).toInstant()));
                }
            }
        }
        return peers;
    }
}
