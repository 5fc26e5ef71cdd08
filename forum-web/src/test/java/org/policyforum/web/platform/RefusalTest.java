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
    void aDatabaseThatCannotBeReachedIsUnavailableNotAnError() {
        // the pool cannot make a connection (PostgreSQL away): the driver's wrapper with IronJacamar's cause
        var pool = new java.sql.SQLException(
                "IJ031040: Connection error", new jakarta.resource.ResourceException("IJ031084: Unable to create"));
        assertEquals(Optional.of(Refusal.UNAVAILABLE), Refusal.of(new jakarta.persistence.PersistenceException(pool)));
        assertEquals(
                Optional.of(Refusal.UNAVAILABLE), Refusal.of(new java.sql.SQLException("Connection refused", "08001")));
        assertEquals(503, Refusal.UNAVAILABLE.status());
        // any other SQL failure stays a real error
        assertTrue(Refusal.of(new java.sql.SQLException("syntax", "42601")).isEmpty());
    }

    @Test
    void aRealFailureIsNoRefusal() {
        assertTrue(Refusal.of(new IllegalStateException("bug", new NullPointerException()))
                .isEmpty());
    }

    @Test
    void aFormBodyTheServerCouldNotReadIsTheRequestsFaultOnlyWhenTheFormParserSaysSo() {
        var unreadable = new RuntimeException(new java.io.IOException(
                new IllegalStateException("UT000005: getRequestChannel() has already been called")));
        unreadable.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("io.undertow.servlet.spec.HttpServletRequestImpl", "parseFormData", null, 884)
        });
        assertEquals(Optional.of(Refusal.MALFORMED), Refusal.of(new jakarta.servlet.ServletException(unreadable)));

        // the same shape thrown by anything else (a file, a mail server) stays a real failure
        var ours = new RuntimeException(new java.io.IOException("disk full"));
        assertTrue(Refusal.of(ours).isEmpty());
    }
}
