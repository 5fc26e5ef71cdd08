package org.policyforum.partner.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.policyforum.partner.control.UsageCounter;

/**
 * Writes the keyed requests counted in memory to {@code partner_usage}, one MERGE per partner and day, every half
 * minute (a restart loses at most that much of a usage figure). One statement adds to the day's row or creates it,
 * so two servers flushing the same day add up (standard SQL MERGE: H2 and PostgreSQL 15 both have it).
 */
@Singleton
@PermitAll
public class PartnerUsageFlush {

    private static final Logger LOG = Logger.getLogger(PartnerUsageFlush.class.getName());
    static final String MERGE = "MERGE INTO partner_usage u"
            + " USING (SELECT CAST(?1 AS BIGINT) AS partner_id, CAST(?2 AS DATE) AS usage_day,"
            + " CAST(?3 AS BIGINT) AS n) v"
            + " ON u.partner_id = v.partner_id AND u.usage_day = v.usage_day"
            + " WHEN MATCHED THEN UPDATE SET requests = u.requests + v.n"
            + " WHEN NOT MATCHED THEN INSERT (partner_id, usage_day, requests) VALUES (v.partner_id, v.usage_day, v.n)";

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    UsageCounter counter;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    public void flush() {
        Map<UsageCounter.Day, Long> counts = counter.drain();
        try {
            counts.forEach((day, n) -> em.createNativeQuery(MERGE)
                    .setParameter(1, day.partnerId())
                    .setParameter(2, Date.valueOf(day.day()))
                    .setParameter(3, n)
                    .executeUpdate());
        } catch (RuntimeException e) {
            counter.restore(counts);
            LOG.log(Level.WARNING, "partner usage not written; kept for the next flush", e);
            throw e;
        }
    }
}
