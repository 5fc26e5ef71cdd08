package org.policyforum.member.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.policyforum.member.entity.MailStop;
import org.policyforum.platform.control.MonthBuckets;

/**
 * The member feature's read and consent port for the mail module (forum-mail): who may be mailed, at which address,
 * and the one-click unsubscribe. Every SQL text that names the member table's columns for mail lives here, so a
 * renamed column is changed in this feature and cannot break the mail module at run time. Called inside the mail
 * module's transactions; it opens none of its own.
 */
@Dependent
public class MailRecipients {

    /** The mail lists a member consents to, each with its own column on the member row. */
    public enum Consent {
        /** The monthly topic mail (the campaign). */
        TOPIC_MAIL("mail_opt_in"),
        /** The daily digest of followed topics. */
        FOLLOW_DIGEST("follow_digest"),
        /** News of the policy outcomes of what the member took part in. */
        OUTCOME_NEWS("outcome_news");

        private final String column;

        Consent(String column) {
            this.column = column;
        }
    }

    /** Where a member's mail goes and in which language, with the name the mail greets. */
    public record Recipient(long memberId, String email, String language, String name) {}

    /** An address may be mailed at all (member alias {@code m}): confirmed, account active, an address present. */
    private static final String REACHABLE = "m.email_confirmed = TRUE AND m.status = 'ACTIVE' AND m.email IS NOT NULL";

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * A derived table of the members who consent to {@code consent} and may be mailed, with the columns
     * {@code member_id, email, language, birth_year}: the member feature's published read model for the campaign's
     * audience. It is SQL, not a method returning members, because the campaign inserts one delivery row per member
     * in a single INSERT ... SELECT: a million members read into Java and written back row by row would take
     * minutes where the set-based insert takes seconds. The mail module joins its own tables (bounces) to it; its
     * campaign sender also joins each claimed batch to it, so that the batch, the members' current addresses and the
     * bounces are one statement (a join by member id, not a pass over the audience).
     */
    public static String audience(Consent consent) {
        return "(SELECT m.id AS member_id, m.email AS email, m.language AS language, m.birth_year AS birth_year"
                + " FROM member m WHERE m." + consent.column + " = TRUE AND " + REACHABLE + ")";
    }

    /**
     * As {@link #audience}, of verified members only: the audience of what only a verified member can act on (a
     * survey's announcement), with the same columns.
     */
    public static String verifiedAudience(Consent consent) {
        return "(SELECT m.id AS member_id, m.email AS email, m.language AS language, m.birth_year AS birth_year"
                + " FROM member m WHERE m." + consent.column + " = TRUE AND " + REACHABLE
                + " AND m.person_key_hash IS NOT NULL)";
    }

    /**
     * A condition (SQL) that holds while the member whose id is the SQL expression {@code memberId} still consents
     * and the account is active. It is SQL because the campaign's sender checks it in the very statement that
     * marks each mail as leaving, once per mail of a million: a separate query per mail would cost the sender
     * a round trip to the database for every mail, and the check must be as late as that statement.
     */
    public static String stillConsents(Consent consent, String memberId) {
        return "EXISTS (SELECT 1 FROM member m WHERE m.id = " + memberId + " AND m." + consent.column
                + " = TRUE AND m.status = 'ACTIVE')";
    }

    /**
     * Of {@code memberIds}, the members who consent to {@code consent} and may be mailed, by id (a map of the
     * caller's to change); the others (who stopped that mail, closed their account or lost their confirmed address)
     * are not in it.
     */
    @SuppressWarnings("unchecked")
    public Map<Long, Recipient> reachable(Consent consent, Collection<Long> memberIds) {
        Map<Long, Recipient> found = new HashMap<>();
        if (memberIds.isEmpty()) {
            return found;
        }
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT m.id, m.email, m.language, m.real_name FROM member m WHERE m.id IN (" + ids(memberIds)
                                + ") AND m." + consent.column + " = TRUE AND " + REACHABLE)
                .getResultList();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            found.put(id, new Recipient(id, (String) r[1], (String) r[2], (String) r[3]));
        }
        return found;
    }

    /** The members' current addresses, by id (a member without an address is not in the map). */
    @SuppressWarnings("unchecked")
    public Map<Long, String> addresses(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT m.id, m.email FROM member m WHERE m.email IS NOT NULL AND m.id IN (" + ids(memberIds)
                                + ")")
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> (String) r[1]));
    }

    /** Whether the member consents to {@code consent}; empty when there is no such member. */
    public Optional<Boolean> consents(Consent consent, long memberId) {
        List<?> found = em.createNativeQuery("SELECT m." + consent.column + " FROM member m WHERE m.id = ?1")
                .setParameter(1, memberId)
                .getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(Boolean.TRUE.equals(found.get(0)));
    }

    /**
     * The member stops {@code consent}'s mail (a signed one-click link, no login): see {@link #change}. Returns whether
     * anything changed.
     */
    public boolean stop(Consent consent, long memberId) {
        return change(consent, memberId, false);
    }

    /**
     * The member takes or stops {@code consent}'s mail: one conditional UPDATE rather than the entity, so that any
     * number of presses at once (two tabs, a double tap, the link and the account page) change it once, without an
     * optimistic-lock failure, and a stop is dated exactly once; bumping the version keeps the entity's optimistic lock
     * honest for a page open at the same moment. Returns whether anything changed.
     */
    public boolean change(Consent consent, long memberId, boolean wanted) {
        boolean changed = em.createNativeQuery("UPDATE member SET " + consent.column + " = " + wanted
                                + ", version = version + 1 WHERE id = ?1 AND " + consent.column + " = " + !wanted)
                        .setParameter(1, memberId)
                        .executeUpdate()
                == 1;
        if (changed && !wanted) {
            stopped(consent, memberId);
        }
        return changed;
    }

    /**
     * Records that the member stopped {@code consent}'s mail now (the consent itself has just changed): the date the
     * member row does not keep; the follows stay when the daily digest stops.
     */
    private void stopped(Consent consent, long memberId) {
        em.persist(new MailStop(memberId, consent.name(), clock.instant()));
    }

    /**
     * How many times members stopped {@code consent}'s mail in each of {@code months} (consecutive, oldest first) of
     * the organisation's calendar ({@code zone}); every month present, 0 when none. Counts before any small-group
     * rule.
     */
    public Map<YearMonth, Long> stopsPerMonth(Consent consent, List<YearMonth> months, ZoneId zone) {
        // the list's name is an enum constant, never input: it is written into the SQL
        return MonthBuckets.count(
                em,
                "s.stopped_at",
                "FROM (SELECT stopped_at FROM member_mail_stop WHERE mail_list = '" + consent.name() + "') s",
                months,
                zone);
    }

    /** Ids are longs, never input text: written into the SQL, an IN list of a batch needs no parameter per id. */
    private static String ids(Collection<Long> memberIds) {
        return memberIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
