package org.policyforum.node.control;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policyforum.node.entity.NodeBeat;

/**
 * Which live peers run another build than this node, and which of them this node has not reported yet: each peer
 * and version is reported once, not every minute (a peer that changes version again is reported again).
 */
public class VersionWatch {

    /** The peers of another build, all of them and those not reported before. */
    public record Seen(List<NodeBeat> otherVersions, List<NodeBeat> newlySeen) {}

    private final Set<String> reported = new HashSet<>();

    public synchronized Seen look(String myVersion, List<NodeBeat> livePeers) {
        List<NodeBeat> other =
                livePeers.stream().filter(p -> !p.version().equals(myVersion)).toList();
        List<NodeBeat> fresh =
                other.stream().filter(p -> reported.add(p.describe())).toList();
        return new Seen(other, fresh);
    }
}
