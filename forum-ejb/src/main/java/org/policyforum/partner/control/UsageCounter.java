package org.policyforum.partner.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Keyed requests counted in memory, per partner and day, and written to the database in one batch now and then
 * ({@code PartnerUsageFlush}): a keyed request costs an increment, not an UPDATE. A crash loses at most the counts
 * since the last flush, which is fine for a usage figure.
 */
@ApplicationScoped
public class UsageCounter {

    /** A partner's requests on one day. */
    public record Day(long partnerId, LocalDate day) {}

    private final Map<Day, LongAdder> pending = new ConcurrentHashMap<>();

    public void count(long partnerId, LocalDate day) {
        pending.computeIfAbsent(new Day(partnerId, day), d -> new LongAdder()).increment();
    }

    /** This server's counts not yet written, for one partner. */
    public Map<LocalDate, Long> pendingOf(long partnerId) {
        Map<LocalDate, Long> days = new HashMap<>();
        pending.forEach((day, adder) -> {
            if (day.partnerId() == partnerId) {
                days.merge(day.day(), adder.sum(), Long::sum);
            }
        });
        return days;
    }

    /** Takes the counts out for writing; counts that arrive meanwhile stay for the next flush. */
    public Map<Day, Long> drain() {
        Map<Day, Long> taken = new HashMap<>();
        for (Day day : pending.keySet()) {
            LongAdder adder = pending.remove(day);
            if (adder != null && adder.sum() > 0) {
                taken.put(day, adder.sum());
            }
        }
        return taken;
    }

    /** Puts counts back that could not be written, so the next flush tries again. */
    public void restore(Map<Day, Long> counts) {
        counts.forEach(
                (day, n) -> pending.computeIfAbsent(day, d -> new LongAdder()).add(n));
    }
}
