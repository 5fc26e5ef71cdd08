package org.policyforum.newsletter.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.policyforum.member.control.MailRecipients;
import org.policyforum.member.control.MailRecipients.Consent;
import org.policyforum.newsletter.api.CampaignPort.Reach;

/**
 * The campaigns' reach in one grouped statement (a row per campaign, however many deliveries it had). Whether a
 * member still takes the monthly mail is the member feature's SQL ({@link MailRecipients#stillConsents}), so this
 * module names no column of the member table.
 */
@Dependent
public class CampaignReach {

    @PersistenceContext(unitName = "mail")
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<Reach> since(String fromMonth) {
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, c.title, c.campaign_month,"
                        + " SUM(CASE WHEN d.status = 'SENT' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN d.status = 'FAILED' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN d.status = 'SKIPPED' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN d.status = 'SENT' AND NOT "
                        + MailRecipients.stillConsents(Consent.TOPIC_MAIL, "d.member_id") + " THEN 1 ELSE 0 END)"
                        + " FROM campaign c LEFT JOIN campaign_delivery d ON d.campaign_id = c.id"
                        + " WHERE c.campaign_month >= ?1 AND c.started_at IS NOT NULL"
                        + " GROUP BY c.id, c.title, c.campaign_month ORDER BY c.campaign_month DESC, c.id DESC")
                .setParameter(1, fromMonth)
                .getResultList();
        return rows.stream()
                .map(r -> new Reach(
                        number(r[0]),
                        (String) r[1],
                        (String) r[2],
                        number(r[3]),
                        number(r[4]),
                        number(r[5]),
                        number(r[6])))
                .toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
