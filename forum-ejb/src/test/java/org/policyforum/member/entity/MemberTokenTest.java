package org.policyforum.member.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MemberTokenTest {

    static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");

    @Test
    void aResetLinkWorksOnceWithinAnHour() {
        MemberToken token = new MemberToken("h", TokenPurpose.RESET_PASSWORD, null, "a@b.kr", NOW);
        assertTrue(token.isUsable(TokenPurpose.RESET_PASSWORD, NOW.plus(Duration.ofMinutes(59))));
        assertFalse(token.isUsable(TokenPurpose.RESET_PASSWORD, NOW.plus(Duration.ofMinutes(60))));
        assertFalse(token.isUsable(TokenPurpose.CONFIRM_EMAIL, NOW), "a token is good for its own purpose only");
        token.use(NOW);
        assertFalse(token.isUsable(TokenPurpose.RESET_PASSWORD, NOW));
        assertThrows(IllegalStateException.class, () -> token.use(NOW));
    }
}
