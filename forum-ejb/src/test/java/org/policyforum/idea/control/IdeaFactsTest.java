package org.policyforum.idea.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policyforum.idea.control.IdeaFacts.Fact;
import org.policyforum.idea.entity.IdeaState;

/** Which ideas may carry a policy outcome: the one rule the tracker's list and its check share. */
class IdeaFactsTest {

    private static Fact fact(IdeaState state, boolean answered) {
        return new Fact(1L, "제안", 2L, state, answered, 2026, false);
    }

    @Test
    void acceptedOrImplementedIdeasAndAnsweredOnesMayCarryAnOutcomeNoOtherDoes() {
        Set<IdeaState> carrying = EnumSet.noneOf(IdeaState.class);
        for (IdeaState state : IdeaState.values()) {
            if (fact(state, false).mayCarryOutcome()) {
                carrying.add(state);
            }
            assertTrue(fact(state, true).mayCarryOutcome(), state::name);
        }
        assertEquals(EnumSet.of(IdeaState.ACCEPTED, IdeaState.IMPLEMENTED), carrying);
        assertEquals(IdeaFacts.DONE, carrying, "the query's states are the same rule");
    }

    @Test
    void aWithdrawnIdeaIsNotPublic() {
        assertFalse(fact(IdeaState.WITHDRAWN, false).isPublic());
        assertTrue(fact(IdeaState.SUBMITTED, false).isPublic());
    }

    @Test
    void anIdeaHiddenByModerationIsNotPublicEvenOnceAccepted() {
        assertFalse(new Fact(1L, "제안", 2L, IdeaState.ACCEPTED, true, 2026, true).isPublic());
        assertTrue(fact(IdeaState.ACCEPTED, false).isPublic());
    }
}
