package org.policyforum.platform.control;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.sessions.Session;

/**
 * Officials' figures (dashboards, reports) group thousands of rows with a subquery per participant; PostgreSQL's
 * planner prices such a query above its JIT threshold and then spends longer compiling it than running it (measured
 * on the bench data: 1,027 ms of JIT for a query that runs in 600 ms). Turning JIT off for the rest of the one
 * transaction keeps every other query of the forum as the database is configured.
 */
public final class AnalyticalQueries {

    private AnalyticalQueries() {}

    /** Call first in the transaction that computes the figures; does nothing on other databases. */
    public static void prepare(EntityManager em) {
        if (em.unwrap(Session.class).getPlatform().isPostgreSQL()) {
            em.createNativeQuery("SET LOCAL jit = off").executeUpdate();
        }
    }
}
