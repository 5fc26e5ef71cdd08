package org.policyforum.node.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The build stamps its version into the jar: a node never says "unknown" or an unfiltered placeholder. */
class BuildVersionTest {

    @Test
    void theVersionIsTheBuildsMavenVersionAndTime() {
        String version = BuildVersion.read();
        assertFalse(version.contains("${"), version);
        assertFalse(version.contains("unknown"), version);
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+\\S* \\(\\d{14}\\)"), version);
    }
}
