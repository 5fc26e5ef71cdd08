package org.policyforum.it.clock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

/**
 * The clock of the in-container test deployments: the real time, unless a test moves it for a while with
 * {@link #at}. Moved for the test's own thread only (a local EJB call runs on its caller's thread): the server's
 * timers keep the real time, so that a topic clock ticking meanwhile does not close every other test's topic in the
 * year a test borrowed. It replaces the forum's own clock producer ({@code platform.control.Clocks}) for every module
 * of the
 * EAR, because {@link org.policyforum.it.Deployments} puts it into the EAR's lib/ (a class in the test WAR would not be
 * visible to the EJB modules). Timers, tokens, schedules and award phases all ask this clock, so a test moves time
 * instead of waiting for it or passing instants to the code.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class TestClock {

    private static final ThreadLocal<Instant> MOVED = new ThreadLocal<>();

    private static final Clock CLOCK = new MovableClock(ZoneOffset.UTC);

    /** Serializable: view-scoped page beans hold the clock and are passivated with the session. */
    private static final class MovableClock extends Clock implements Serializable {

        private static final long serialVersionUID = 1L;

        private final ZoneId zone;

        MovableClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId otherZone) {
            return new MovableClock(otherZone);
        }

        @Override
        public Instant instant() {
            Instant moved = MOVED.get();
            return moved != null ? moved : Instant.now();
        }
    }

    @Produces
    public Clock clock() {
        return CLOCK;
    }

    /**
     * Runs {@code work} with the forum's clock standing at {@code instant} for this thread; the real time again
     * afterwards.
     */
    public static <T> T at(Instant instant, Callable<T> work) throws Exception {
        MOVED.set(instant);
        try {
            return work.call();
        } finally {
            MOVED.remove();
        }
    }

    /** What the forum's clock says now (moved or not): lets a test see that the alternative is in force. */
    public static Instant now() {
        return CLOCK.instant();
    }
}
