package org.policyforum.newsletter.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.policyforum.member.control.MailRecipients;
import org.policyforum.member.control.MailRecipients.Consent;
import org.policyforum.newsletter.entity.DeliveryStatus;

/**
 * The campaign's delivery rows, handled set-wise in SQL: a campaign of a million members never becomes a list in
 * memory. Every method joins the caller's transaction.
 */
@ApplicationScoped
public class Deliveries {

    static final int HARD_FAILURES_TO_BOUNCE = 3;

    /** One row handed to a sender. */
    public record Claimed(long memberId, String email, String language, boolean youth, int attempts) {}

    @PersistenceContext(unitName = "mail")
    EntityManager em;

    @Inject
    MailRecipients recipients;

    @Resource(lookup = "java:jboss/datasources/ForumDS")
    DataSource dataSource;

    private volatile Boolean postgres;

    /**
     * One PENDING row per eligible member, in a single INSERT ... SELECT; the primary key (campaign, member) makes a
     * second row for the same member impossible. Members born in {@code youthFrom..youthTo} also get the youth
     * topic; {@code youthOnly} limits the audience to them (a month with only a youth topic).
     */
    public int create(long campaignId, int youthFrom, int youthTo, boolean youthOnly, Instant now) {
        String youth = "(a.birth_year IS NOT NULL AND a.birth_year BETWEEN ?2 AND ?3)";
        // the member feature's audience is SQL: one INSERT ... SELECT for a million members (see its comment)
        return analyzedAfter(em.createNativeQuery(
                        "INSERT INTO campaign_delivery (campaign_id, member_id, language, youth, status, attempts,"
                                + " next_attempt_at, uncertain) SELECT ?1, a.member_id, a.language, CASE WHEN " + youth
                                + " THEN TRUE ELSE FALSE END,"
                                + " 'PENDING', 0, ?4, FALSE FROM " + MailRecipients.audience(Consent.TOPIC_MAIL) + " a"
                                + " WHERE NOT EXISTS (SELECT 1 FROM mail_bounce b WHERE b.email = a.email AND "
                                + "b.bounced_at IS NOT NULL)"
                                + (youthOnly ? " AND " + youth : ""))
                .setParameter(1, campaignId)
                .setParameter(2, youthFrom)
                .setParameter(3, youthTo)
                .setParameter(4, ts(now))
                .executeUpdate());
    }

    /**
     * After an audience's INSERT (once per campaign), PostgreSQL's statistics of the table are brought up to date in
     * the same transaction (ANALYZE samples at most 30,000 rows: about 0.2 s, whatever the table's size). Without it
     * the planner took the table for nearly empty until autovacuum's ANALYZE some half a minute after the commit, and
     * planned the senders' claim as a nested loop over every waiting row: 14.9 s per batch of 50 instead of 1.8 ms at
     * a million members (EXPLAIN ANALYZE, bench/README "The million-member campaign"), so the first mails left 40 s
     * late. ANALYZE counts the rows of its own transaction, and its lock does not block the senders' reads and
     * updates.
     */
    private int analyzedAfter(int inserted) {
        if (inserted > 0 && isPostgres()) {
            em.createNativeQuery("ANALYZE campaign_delivery").executeUpdate();
        }
        return inserted;
    }

    /**
     * A survey announcement's rows: one PENDING row per verified member who takes the monthly mail, in one INSERT ...
     * SELECT; {@code youthOnly} limits it to members born in {@code bornFrom..bornTo}. The primary key (campaign,
     * member) makes a second row for the same member impossible.
     */
    public int createForSurvey(long campaignId, boolean youthOnly, int bornFrom, int bornTo, Instant now) {
        if (!youthOnly) {
            return analyzedAfter(em.createNativeQuery(surveyInsert())
                    .setParameter(1, campaignId)
                    .setParameter(2, ts(now))
                    .executeUpdate());
        }
        return analyzedAfter(em.createNativeQuery(
                        surveyInsert() + " AND a.birth_year IS NOT NULL AND a.birth_year BETWEEN ?3 AND ?4")
                .setParameter(1, campaignId)
                .setParameter(2, ts(now))
                .setParameter(3, bornFrom)
                .setParameter(4, bornTo)
                .executeUpdate());
    }

    /** As {@link #createForSurvey}, of these members only (a page of a topic's participants, each once). */
    public int createForSurveyMembers(long campaignId, List<Long> memberIds, Instant now) {
        if (memberIds.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery(surveyInsert() + " AND a.member_id IN (" + ids(memberIds) + ")")
                .setParameter(1, campaignId)
                .setParameter(2, ts(now))
                .executeUpdate();
    }

    private static String surveyInsert() {
        return "INSERT INTO campaign_delivery (campaign_id, member_id, language, youth, status, attempts,"
                + " next_attempt_at, uncertain) SELECT ?1, a.member_id, a.language, FALSE, 'PENDING', 0, ?2, FALSE"
                + " FROM " + MailRecipients.verifiedAudience(Consent.TOPIC_MAIL) + " a"
                + " WHERE NOT EXISTS (SELECT 1 FROM mail_bounce b WHERE b.email = a.email"
                + " AND b.bounced_at IS NOT NULL)";
    }

    public Map<DeliveryStatus, Long> counts(long campaignId) {
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object o : em.createNativeQuery(
                        "SELECT status, COUNT(*) FROM campaign_delivery WHERE campaign_id = ? GROUP BY status")
                .setParameter(1, campaignId)
                .getResultList()) {
            Object[] row = (Object[]) o;
            counts.put(DeliveryStatus.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** Whether rows are still waiting or in a sender's hands. */
    public boolean unsettled(long campaignId) {
        return !em.createNativeQuery("SELECT 1 FROM campaign_delivery WHERE campaign_id = ? AND status IN ('PENDING', "
                        + "'CLAIMED', 'SENDING')")
                .setParameter(1, campaignId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * Takes up to {@code limit} due rows for this sender's batch and returns them with the member's current address.
     * On PostgreSQL the rows are picked with FOR UPDATE SKIP LOCKED, so two servers never take the same row; H2 has
     * one server and one sender, and the {@code status = 'PENDING'} guard keeps a row from being taken twice. Rows
     * whose member no longer qualifies (unsubscribed, closed, bounced) are SKIPPED here, never sent.
     */
    public List<Claimed> claim(long campaignId, String claimToken, int limit, Instant now) {
        int claimed;
        if (isPostgres()) {
            // The pick must run once. As a plain IN (subquery) the planner may run it again for every row and,
            // skipping the rows it has just locked, take far more than the limit; a MATERIALIZED CTE runs once.
            // Its order is that of the partial index of the waiting rows (V39): ordered by member alone, the planner
            // walked the index of all deliveries by member and stepped over every row sent so far (the campaign
            // slowed from about 930 to 330 mails/s by a third of a million members).
            String pendingPick = "SELECT member_id FROM campaign_delivery WHERE campaign_id = ?1 AND status = 'PENDING'"
                    + " AND next_attempt_at <= ?2 ORDER BY next_attempt_at, member_id LIMIT " + limit;
            claimed = em.createNativeQuery(
                            "WITH picked AS MATERIALIZED (" + pendingPick + " FOR UPDATE SKIP LOCKED) UPDATE "
                                    + "campaign_delivery"
                                    + " SET status = 'CLAIMED', claimed_by = ?3, claimed_at = ?2 WHERE "
                                    + "campaign_id = ?1 AND status = 'PENDING'"
                                    + " AND member_id IN (SELECT member_id FROM picked)")
                    .setParameter(1, campaignId)
                    .setParameter(2, ts(now))
                    .setParameter(3, claimToken)
                    .executeUpdate();
        } else {
            // H2 runs "member_id IN (subquery)" by walking every PENDING row of the campaign and probing the picked
            // set, which costs a full pass per batch at 100,000 members. Claims are serialised in the JVM on H2, so
            // the picked rows are exactly the due PENDING rows between the first and last picked id: an index range.
            String pick = "SELECT member_id FROM campaign_delivery WHERE campaign_id = ?1 AND status = 'PENDING' AND "
                    + "next_attempt_at <= ?2"
                    // the whole index in the ORDER BY: with only member_id, H2 reads every PENDING row and sorts
                    // them
                    + " ORDER BY campaign_id, status, member_id LIMIT " + limit;
            List<?> picked = em.createNativeQuery(pick)
                    .setParameter(1, campaignId)
                    .setParameter(2, ts(now))
                    .getResultList();
            if (picked.isEmpty()) {
                return List.of();
            }
            claimed = em.createNativeQuery(
                            "UPDATE campaign_delivery SET status = 'CLAIMED', claimed_by = ?3, claimed_at = ?2"
                                    + " WHERE campaign_id = ?1 AND status = 'PENDING' AND member_id BETWEEN ?4 "
                                    + "AND ?5 AND next_attempt_at <= ?2")
                    .setParameter(1, campaignId)
                    .setParameter(2, ts(now))
                    .setParameter(3, claimToken)
                    .setParameter(4, ((Number) picked.get(0)).longValue())
                    .setParameter(5, ((Number) picked.get(picked.size() - 1)).longValue())
                    .executeUpdate();
        }
        if (claimed == 0) {
            return List.of();
        }
        // One statement reads the batch with each member's current address, joined to the member feature's
        // audience (its SQL: who consents and may be mailed) and to the mail module's own bounces: whoever no
        // longer qualifies (unsubscribed, closed, unconfirmed, bounced) is SKIPPED here, never sent. The claim
        // then costs no more statements than when the mail module read the member table itself.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT d.member_id, d.language, d.youth, d.attempts, a.email, b.email FROM campaign_delivery d"
                                + " LEFT JOIN " + MailRecipients.audience(Consent.TOPIC_MAIL) + " a"
                                + " ON a.member_id = d.member_id"
                                + " LEFT JOIN mail_bounce b ON b.email = a.email AND b.bounced_at IS NOT NULL"
                                + " WHERE d.campaign_id = ?1 AND d.claimed_by = ?2 AND d.status = 'CLAIMED'"
                                // the whole due index in the ORDER BY, as in the pick: H2 then reads it in order
                                + " ORDER BY d.campaign_id, d.status, d.member_id")
                .setParameter(1, campaignId)
                .setParameter(2, claimToken)
                .getResultList();
        List<Claimed> batch = new ArrayList<>();
        List<Long> skipped = new ArrayList<>();
        for (Object[] r : rows) {
            long memberId = ((Number) r[0]).longValue();
            if (r[4] == null || r[5] != null) {
                skipped.add(memberId);
            } else {
                batch.add(new Claimed(
                        memberId, (String) r[4], (String) r[1], Boolean.TRUE.equals(r[2]), ((Number) r[3]).intValue()));
            }
        }
        if (!skipped.isEmpty()) {
            em.createNativeQuery(
                            "UPDATE campaign_delivery SET status = 'SKIPPED', claimed_by = NULL WHERE campaign_id = ?1"
                                    + " AND claimed_by = ?2 AND status = 'CLAIMED' AND member_id IN (" + ids(skipped)
                                    + ")")
                    .setParameter(1, campaignId)
                    .setParameter(2, claimToken)
                    .executeUpdate();
        }
        return batch;
    }

    /** Of these addresses, those that failed hard too often (the campaign's and the digest's rule). */
    @SuppressWarnings("unchecked")
    Set<String> bounced(List<String> emails) {
        if (emails.isEmpty()) {
            return Set.of();
        }
        var query =
                em.createNativeQuery("SELECT b.email FROM mail_bounce b WHERE b.bounced_at IS NOT NULL AND b.email IN ("
                        + String.join(",", Collections.nCopies(emails.size(), "?")) + ")");
        for (int i = 0; i < emails.size(); i++) {
            query.setParameter(i + 1, emails.get(i));
        }
        return new HashSet<>(query.getResultList());
    }

    /**
     * Committed just before the SMTP call. Refuses (and skips the row) when the member unsubscribed since the claim,
     * so an unsubscribe counts until the very last moment before the mail leaves.
     */
    public boolean markSending(long campaignId, long memberId, String recipient, String messageId) {
        int updated = em.createNativeQuery(
                        "UPDATE campaign_delivery SET status = 'SENDING', recipient = ?3, message_id = ?4, "
                                + "attempts = attempts + 1"
                                + " WHERE campaign_id = ?1 AND member_id = ?2 AND status = 'CLAIMED'"
                                // in the same statement as the status: the member feature's condition, see there
                                + " AND " + MailRecipients.stillConsents(Consent.TOPIC_MAIL, "?2"))
                .setParameter(1, campaignId)
                .setParameter(2, memberId)
                .setParameter(3, recipient)
                .setParameter(4, messageId)
                .executeUpdate();
        if (updated == 0) {
            settle(campaignId, memberId, DeliveryStatus.SKIPPED, "CLAIMED", null, null);
        }
        return updated == 1;
    }

    public void markSent(long campaignId, long memberId, String reply, Instant now) {
        settle(campaignId, memberId, DeliveryStatus.SENT, "SENDING", reply, now);
    }

    /** A temporary failure: back to PENDING after {@code retryAt}, or FAILED once {@code maxAttempts} are used up. */
    public void markRetry(long campaignId, long memberId, String reply, Instant retryAt, int maxAttempts) {
        em.createNativeQuery("UPDATE campaign_delivery SET status = CASE WHEN attempts >= ?4 THEN 'FAILED' ELSE "
                        + "'PENDING' END,"
                        + " next_attempt_at = ?3, smtp_reply = ?5, claimed_by = NULL WHERE campaign_id = "
                        + "?1 AND member_id = ?2 AND status IN ('SENDING', 'CLAIMED')")
                .setParameter(1, campaignId)
                .setParameter(2, memberId)
                .setParameter(3, ts(retryAt))
                .setParameter(4, maxAttempts)
                .setParameter(5, cut(reply == null ? "" : reply))
                .executeUpdate();
    }

    /** A permanent failure (5xx, malformed address): FAILED now; the address is counted towards bouncing. */
    public void markHardFailure(long campaignId, long memberId, String email, String reply, Instant now) {
        settle(campaignId, memberId, DeliveryStatus.FAILED, null, reply, null);
        if (email == null) {
            return;
        }
        int known = em.createNativeQuery(
                        "UPDATE mail_bounce SET hard_failures = hard_failures + 1, last_reason = ?2, updated_at = "
                                + "?3 WHERE email = ?1")
                .setParameter(1, email)
                .setParameter(2, cut(reply))
                .setParameter(3, ts(now))
                .executeUpdate();
        if (known == 0) {
            em.createNativeQuery("INSERT INTO mail_bounce (email, hard_failures, last_reason, updated_at) VALUES (?1, "
                            + "1, ?2, ?3)")
                    .setParameter(1, email)
                    .setParameter(2, cut(reply))
                    .setParameter(3, ts(now))
                    .executeUpdate();
        }
        em.createNativeQuery("UPDATE mail_bounce SET bounced_at = ?2 WHERE email = ?1 AND bounced_at IS NULL AND "
                        + "hard_failures >= "
                        + HARD_FAILURES_TO_BOUNCE)
                .setParameter(1, email)
                .setParameter(2, ts(now))
                .executeUpdate();
    }

    /** Hands back rows a sender took but did not try (pause, stop, SMTP lost). */
    public int release(long campaignId, String claimToken) {
        // the campaign and status lead the due index, so this reads the few claimed rows, not the whole campaign
        return em.createNativeQuery("UPDATE campaign_delivery SET status = 'PENDING', claimed_by = NULL"
                        + " WHERE campaign_id = ?1 AND status = 'CLAIMED' AND claimed_by = ?2")
                .setParameter(1, campaignId)
                .setParameter(2, claimToken)
                .executeUpdate();
    }

    /**
     * After a crash: rows a dead sender took go back to PENDING. A row in SENDING may or may not have reached the SMTP
     * server; it is sent again with the same Message-ID and flagged uncertain (at-least-once for that one mail).
     */
    public int recover(String claimPrefix, Instant claimedBefore) {
        int uncertain = em.createNativeQuery(
                        "UPDATE campaign_delivery SET status = 'PENDING', uncertain = TRUE, claimed_by = NULL"
                                + " WHERE status = 'SENDING' AND (claimed_by LIKE ?1 OR claimed_at < ?2)")
                .setParameter(1, claimPrefix + "%")
                .setParameter(2, ts(claimedBefore))
                .executeUpdate();
        int untouched = em.createNativeQuery("UPDATE campaign_delivery SET status = 'PENDING', claimed_by = NULL"
                        + " WHERE status = 'CLAIMED' AND (claimed_by LIKE ?1 OR claimed_at < ?2)")
                .setParameter(1, claimPrefix + "%")
                .setParameter(2, ts(claimedBefore))
                .executeUpdate();
        return uncertain + untouched;
    }

    /** Claims of a server that died long ago (a cluster's other node), for one campaign: uses the campaign index. */
    public int recoverStale(long campaignId, Instant claimedBefore) {
        return em.createNativeQuery(
                        "UPDATE campaign_delivery SET uncertain = CASE WHEN status = 'SENDING' THEN TRUE ELSE "
                                + "uncertain END,"
                                + " status = 'PENDING', claimed_by = NULL WHERE campaign_id = ?1 AND status IN "
                                + "('CLAIMED', 'SENDING') AND claimed_at < ?2")
                .setParameter(1, campaignId)
                .setParameter(2, ts(claimedBefore))
                .executeUpdate();
    }

    /** The member turned campaign mail off: what no sender has taken yet is not sent. */
    public int skipWaiting(long memberId) {
        return em.createNativeQuery(
                        "UPDATE campaign_delivery SET status = 'SKIPPED' WHERE member_id = ?1 AND status = 'PENDING'")
                .setParameter(1, memberId)
                .executeUpdate();
    }

    /**
     * A page of the campaign's rows, each as {@code member_id, recipient, status, attempts, smtp_reply, message_id,
     * sent_at, uncertain}; a row not sent yet shows the member's current address (asked of the member feature).
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> page(long campaignId, int first, int max) {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT d.member_id, d.recipient, d.status, d.attempts, d.smtp_reply, d.message_id,"
                                + " d.sent_at, d.uncertain FROM campaign_delivery d WHERE d.campaign_id = ?1 "
                                + "ORDER BY d.member_id")
                .setParameter(1, campaignId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
        Map<Long, String> addresses = recipients.addresses(rows.stream()
                .filter(r -> r[1] == null)
                .map(r -> ((Number) r[0]).longValue())
                .toList());
        for (Object[] r : rows) {
            if (r[1] == null) {
                r[1] = addresses.get(((Number) r[0]).longValue());
            }
        }
        return rows;
    }

    /** No NULL is ever bound (PostgreSQL cannot type an untyped NULL parameter): each case has its own SQL. */
    private void settle(
            long campaignId, long memberId, DeliveryStatus status, String fromStatus, String reply, Instant sentAt) {
        var query = em.createNativeQuery("UPDATE campaign_delivery SET status = ?3, claimed_by = NULL"
                        + (reply == null ? "" : ", smtp_reply = ?4") + (sentAt == null ? "" : ", sent_at = ?5")
                        + " WHERE campaign_id = ?1 AND member_id = ?2"
                        + (fromStatus == null ? "" : " AND status = '" + fromStatus + "'"))
                .setParameter(1, campaignId)
                .setParameter(2, memberId)
                .setParameter(3, status.name());
        if (reply != null) {
            query.setParameter(4, cut(reply));
        }
        if (sentAt != null) {
            query.setParameter(5, ts(sentAt));
        }
        query.executeUpdate();
    }

    static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    /** Ids are longs, never input text: written into the SQL, a batch's IN list needs no parameter per id. */
    private static String ids(List<Long> memberIds) {
        return memberIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String cut(String text) {
        return text == null ? null : text.substring(0, Math.min(text.length(), 500));
    }

    public boolean isPostgres() {
        if (postgres == null) {
            try (Connection c = dataSource.getConnection()) {
                postgres =
                        c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell the database", e);
            }
        }
        return postgres;
    }
}
