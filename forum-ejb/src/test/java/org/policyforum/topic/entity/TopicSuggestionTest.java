package org.policyforum.topic.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;

class TopicSuggestionTest {

    static final Instant NOW = Instant.parse("2026-12-05T01:00:00Z");

    static TopicSuggestion suggestion() {
        Member author = Member.staff("제안자", "s@example.org", "hash", Locale.KOREAN, NOW, Role.CITIZEN);
        return new TopicSuggestion(author, Forum.MAIN, "  청년 주거  ", "월세 부담", null, NOW);
    }

    @Test
    void moderationHidesASuggestionApartFromItsStatusUntilAModeratorRestoresIt() {
        TopicSuggestion suggestion = suggestion();
        assertFalse(suggestion.isHidden());
        suggestion.hide(null);
        assertTrue(suggestion.isHidden());
        assertNull(suggestion.getHiddenReason(), "hidden by reports or screening: waiting for review");
        assertEquals(TopicSuggestion.Status.SUBMITTED, suggestion.getStatus());
        suggestion.hide("광고");
        assertEquals("광고", suggestion.getHiddenReason());
        suggestion.shortlist(NOW);
        assertTrue(suggestion.isHidden(), "operators still decide on a hidden suggestion; it stays hidden");
        suggestion.restore();
        assertFalse(suggestion.isHidden());
        assertNull(suggestion.getHiddenReason());
        assertThrows(IllegalStateException.class, suggestion::restore);
        assertEquals("청년 주거", suggestion.getTitle());
    }
}
