package org.policyforum.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RefusalTest {

    @Test
    void aLostRaceOnTheSameRowIsAConflictHoweverDeepItIsWrapped() {
        // how a parallel change reaches the web tier: the commit's rollback, wrapped by the EJB container
        var commit = new RollbackException(new OptimisticLockException("version 3 changed"));
        var wrapped = new EJBTransactionRolledbackException("rolled back", commit);
        assertEquals(Optional.of(Refusal.CONFLICT), Refusal.of(wrapped));
        assertEquals(Optional.of(Refusal.CONFLICT), Refusal.of(new LockTimeoutException()));
        assertEquals(409, Refusal.CONFLICT.status());
    }

    @Test
    void aRealFailureIsNoRefusal() {
        assertTrue(Refusal.of(new IllegalStateException("bug", new NullPointerException()))
                .isEmpty());
    }
}
