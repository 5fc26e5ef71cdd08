package org.policyforum.node.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyforum.node.entity.NodeBeat;

class VersionWatchTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final String MINE = "0.1.0 (20261206100000)";

    private final VersionWatch watch = new VersionWatch();

    @Test
    void aPeerOfTheSameBuildIsNothingToReport() {
        VersionWatch.Seen seen = watch.look(MINE, List.of(new NodeBeat("node2", MINE, NOW)));
        assertEquals(List.of(), seen.otherVersions());
        assertEquals(List.of(), seen.newlySeen());
    }

    @Test
    void aPeerOfAnotherBuildIsReportedOnceButNamedEveryTime() {
        NodeBeat old = new NodeBeat("node2", "0.0.9 (20261101000000)", NOW);
        assertEquals(List.of(old), watch.look(MINE, List.of(old)).newlySeen());

        VersionWatch.Seen again = watch.look(MINE, List.of(old));
        assertEquals(List.of(old), again.otherVersions());
        assertEquals(List.of(), again.newlySeen(), "a minute later it is not logged again");
    }

    @Test
    void aPeerThatChangesBuildAgainIsReportedAgain() {
        watch.look(MINE, List.of(new NodeBeat("node2", "0.0.9 (1)", NOW)));
        NodeBeat newer = new NodeBeat("node2", "0.2.0 (2)", NOW);
        assertEquals(List.of(newer), watch.look(MINE, List.of(newer)).newlySeen());
    }
}
