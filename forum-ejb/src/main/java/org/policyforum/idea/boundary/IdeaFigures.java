package org.policyforum.idea.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyforum.idea.boundary.IdeaViews.BureauFigures;
import org.policyforum.idea.boundary.IdeaViews.Name;
import org.policyforum.member.entity.Bureau;

/**
 * Each bureau's public record: ideas answered, the share answered by the due date, the median days to an answer,
 * and what it owes now (open, of which overdue). Counted over the obligations with a due date.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class IdeaFigures {

    /** Figures are shared by every reader for a minute: counting every obligation for each page view is waste. */
    static final Duration FRESH = Duration.ofMinutes(1);

    private volatile Instant countedAt = Instant.EPOCH;
    private volatile List<BureauFigures> counted = List.of();

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    private static final class Tally {
        final Name name;
        long answered;
        long onTime;
        long open;
        long overdue;
        final List<Double> days = new ArrayList<>();

        Tally(Name name) {
            this.name = name;
        }
    }

    /** The figures as counted within the last minute (a per-server cache: every node counts its own). */
    public List<BureauFigures> byBureau() {
        Instant now = clock.instant();
        if (Duration.between(countedAt, now).compareTo(FRESH) < 0 && !now.isBefore(countedAt)) {
            return counted;
        }
        List<BureauFigures> fresh = count(now);
        counted = fresh;
        countedAt = now;
        return fresh;
    }

    private List<BureauFigures> count(Instant now) {
        Map<Long, Tally> tallies = new LinkedHashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT b, o.crossedAt, o.dueAt, o.fulfilledAt FROM AnswerObligation o JOIN o.bureau b"
                                + " WHERE o.dueAt IS NOT NULL ORDER BY b.nameKo",
                        Object[].class)
                .getResultList()) {
            Bureau bureau = (Bureau) row[0];
            Instant crossed = (Instant) row[1];
            Instant due = (Instant) row[2];
            Instant fulfilled = (Instant) row[3];
            Tally tally = tallies.computeIfAbsent(
                    bureau.getId(), id -> new Tally(new Name(bureau.getNameKo(), bureau.getNameEn())));
            if (fulfilled == null) {
                tally.open++;
                if (now.isAfter(due)) {
                    tally.overdue++;
                }
            } else {
                tally.answered++;
                if (!fulfilled.isAfter(due)) {
                    tally.onTime++;
                }
                tally.days.add(Duration.between(crossed, fulfilled).toMinutes() / 1440.0);
            }
        }
        return tallies.values().stream()
                .map(t -> new BureauFigures(t.name, t.answered, t.onTime, median(t.days), t.open, t.overdue))
                .toList();
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return Math.round(median * 10) / 10.0;
    }
}
