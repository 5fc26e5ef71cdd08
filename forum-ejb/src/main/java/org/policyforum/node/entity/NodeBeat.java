package org.policyforum.node.entity;

import java.time.Instant;
import java.util.Objects;

/** A node's last heartbeat: its name ({@code jboss.node.name}), the build it runs, and when it last wrote. */
public record NodeBeat(String node, String version, Instant heartbeatAt) {

    public NodeBeat {
        Objects.requireNonNull(node);
        Objects.requireNonNull(version);
        Objects.requireNonNull(heartbeatAt);
    }

    /** What an operator reads: {@code node2=0.1.0 (20261206193000)}. */
    public String describe() {
        return node + "=" + version;
    }
}
