package org.policyforum.newsletter.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    @Test
    void failuresBackOffThenGiveUp() {
        Instant now = Instant.parse("2026-11-27T00:00:00Z");
        OutboxMail mail = new OutboxMail("a@b.kr", "s", "t", null, "CONFIRM_EMAIL", "<id@x>", now);
        mail.failed("421 try later", now, 3);
        assertEquals(OutboxMail.Status.PENDING, mail.getStatus());
        mail.failed("421 try later", now, 3);
        assertEquals(OutboxMail.Status.PENDING, mail.getStatus());
        mail.failed("421 try later", now, 3);
        assertEquals(OutboxMail.Status.FAILED, mail.getStatus());
        assertEquals(3, mail.getAttempts());
    }
}
