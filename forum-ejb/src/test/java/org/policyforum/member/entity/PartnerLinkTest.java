package org.policyforum.member.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PartnerLinkTest {

    private static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");

    @Test
    void belongsToTheMemberItWasMadeFor() {
        PartnerLink link = new PartnerLink(7, "portal", "https://id.example/", "sub-1", NOW);
        assertTrue(link.belongsTo(7));
        assertFalse(link.belongsTo(8));
    }

    @Test
    void refusesAnIssuerOrSubjectThatIsBlankOrLongerThanItsColumn() {
        String tooLong = "s".repeat(PartnerLink.MAX_LENGTH + 1);
        assertThrows(IllegalArgumentException.class, () -> new PartnerLink(7, "portal", " ", "sub", NOW));
        assertThrows(IllegalArgumentException.class, () -> new PartnerLink(7, "portal", "https://id/", null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new PartnerLink(7, "portal", "https://id/", tooLong, NOW));
        new PartnerLink(7, "portal", "https://id/", "s".repeat(PartnerLink.MAX_LENGTH), NOW);
    }
}
