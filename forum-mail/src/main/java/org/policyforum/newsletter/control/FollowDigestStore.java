package org.policyforum.newsletter.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.policyforum.discussion.control.FollowedTopicNews;
import org.policyforum.discussion.control.FollowedTopicNews.News;
import org.policyforum.idea.control.FollowedIdeaNews;
import org.policyforum.member.control.MailRecipients;
import org.policyforum.member.control.MailRecipients.Consent;
import org.policyforum.member.control.MailRecipients.Recipient;
import org.policyforum.newsletter.api.MailConsentPort.MailList;
import org.policyforum.newsletter.control.FollowDigestMail.IdeaActivity;
import org.policyforum.newsletter.control.FollowDigestMail.TopicActivity;
import org.policyforum.platform.control.MailPort;
import org.policyforum.topic.control.TopicFollowers;

/**
 * The follow digest's SQL, in short transactions of their own: followers are read a page of members at a time and
 * each member's digest commits alone, so a run over a million followers never holds them in memory or in one
 * transaction, and a run that dies half way loses nothing that was committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FollowDigestStore {

    /** One member's digest: where it goes, the followed topics with new opinions of others, the ideas with news. */
    public record MemberDigest(
            long memberId,
            String email,
            String language,
            String name,
            List<TopicActivity> topics,
            List<IdeaActivity> ideas) {

        public MemberDigest(long memberId, String email, String language, String name, List<TopicActivity> topics) {
            this(memberId, email, language, name, topics, new ArrayList<>());
        }

        public long opinions() {
            return topics.stream().mapToLong(TopicActivity::opinions).sum();
        }
    }

    /** The schedule row: hour, minute and whether the digest is sent at all. */
    public record Schedule(int hour, int minute, boolean enabled) {}

    @PersistenceContext(unitName = "mail")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    UnsubscribeTokens tokens;

    @Inject
    Clock clock;

    @Inject
    MailRecipients recipients;

    @Inject
    Deliveries deliveries;

    @Inject
    TopicFollowers followers;

    @Inject
    FollowedTopicNews news;

    @Inject
    FollowedIdeaNews ideaNews;

    public Schedule schedule() {
        Object[] row = (Object[])
                em.createNativeQuery("SELECT send_hour, send_minute, enabled FROM follow_digest_schedule WHERE id = 1")
                        .getSingleResult();
        return new Schedule(((Number) row[0]).intValue(), ((Number) row[1]).intValue(), Boolean.TRUE.equals(row[2]));
    }

    /** In the caller's transaction, with its audit entry. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void changeSchedule(Schedule schedule) {
        em.createNativeQuery("UPDATE follow_digest_schedule SET send_hour = ?1, send_minute = ?2, enabled = ?3, "
                        + "version = version + 1 WHERE id = 1")
                .setParameter(1, schedule.hour())
                .setParameter(2, schedule.minute())
                .setParameter(3, schedule.enabled())
                .executeUpdate();
    }

    /** Whether the day's run went through to its end (then the minute timer has nothing more to do that day). */
    public boolean finished(LocalDate day) {
        return !em.createNativeQuery(
                        "SELECT 1 FROM follow_digest_run WHERE digest_day = ?1 AND finished_at IS NOT NULL")
                .setParameter(1, Date.valueOf(day))
                .getResultList()
                .isEmpty();
    }

    /** Records that the day's run began, once; a run that died and starts again finds the row there. */
    public void begin(LocalDate day, Instant now) {
        if (em.createNativeQuery("SELECT 1 FROM follow_digest_run WHERE digest_day = ?1")
                .setParameter(1, Date.valueOf(day))
                .getResultList()
                .isEmpty()) {
            em.createNativeQuery("INSERT INTO follow_digest_run (digest_day, started_at, mails) VALUES (?1, ?2, 0)")
                    .setParameter(1, Date.valueOf(day))
                    .setParameter(2, Timestamp.from(now))
                    .executeUpdate();
        }
    }

    public void finish(LocalDate day, long mails, Instant now) {
        em.createNativeQuery("UPDATE follow_digest_run SET finished_at = ?2, mails = mails + ?3 WHERE digest_day = ?1")
                .setParameter(1, Date.valueOf(day))
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, mails)
                .executeUpdate();
    }

    /**
     * The next {@code limit} members (by id, after {@code afterMember}) who follow at least one topic or idea: the
     * first {@code limit} of each feature's followers hold the first {@code limit} of both together.
     */
    public List<Long> followers(long afterMember, int limit) {
        return java.util.stream.Stream.concat(
                        followers.after(afterMember, limit).stream(), ideaNews.followers(afterMember, limit).stream())
                .distinct()
                .sorted()
                .limit(limit)
                .toList();
    }

    /**
     * The digests due on {@code day} for these followers: members who have not stopped the digest, whose address may
     * be mailed, who have no digest for that day yet, and whose followed topics have visible opinions of other
     * members, or whose followed ideas have news (moves, answers, comments of others), after the member's previous
     * digest (or after they began to follow) and up to {@code until}. Members without such news are not in the list.
     * The member, discussion and idea features answer for their tables; the digests and bounces are this module's. A
     * page costs a handful of queries, whatever its size.
     */
    public List<MemberDigest> due(List<Long> followerIds, LocalDate day, Instant until) {
        Map<Long, Recipient> recipients = this.recipients.reachable(Consent.FOLLOW_DIGEST, followerIds);
        Set<String> bounced = deliveries.bounced(
                recipients.values().stream().map(Recipient::email).toList());
        recipients.values().removeIf(r -> bounced.contains(r.email()));
        // each member's previous digest, grouped by its end: a day's run ends every digest at the same moment, so a
        // page makes one group per earlier run (mostly one), each asked of the discussion feature in one query
        Map<Optional<Instant>, List<Long>> bySince = new HashMap<>();
        Map<Long, Optional<Instant>> since = previousDigests(recipients.keySet(), day);
        for (Map.Entry<Long, Optional<Instant>> member : since.entrySet()) {
            bySince.computeIfAbsent(member.getValue(), s -> new ArrayList<>()).add(member.getKey());
        }
        Map<Long, MemberDigest> digests = new TreeMap<>();
        for (Map.Entry<Optional<Instant>, List<Long>> group : bySince.entrySet()) {
            for (News news : this.news.since(group.getValue(), group.getKey(), until)) {
                digest(digests, recipients, news.memberId())
                        .topics()
                        .add(new TopicActivity(news.topicId(), news.title(), news.opinions()));
            }
            for (FollowedIdeaNews.News news : ideaNews.since(group.getValue(), group.getKey(), until)) {
                digest(digests, recipients, news.memberId())
                        .ideas()
                        .add(new IdeaActivity(
                                news.ideaId(),
                                news.title(),
                                news.moves() > 0 ? news.state() : null,
                                news.answers(),
                                news.comments()));
            }
        }
        return new ArrayList<>(digests.values());
    }

    private static MemberDigest digest(Map<Long, MemberDigest> digests, Map<Long, Recipient> recipients, long member) {
        return digests.computeIfAbsent(member, id -> {
            Recipient r = recipients.get(id);
            return new MemberDigest(id, r.email(), r.language(), r.name(), new ArrayList<>(), new ArrayList<>());
        });
    }

    /**
     * Of these members, those without a digest on {@code day}, each with the end of their previous digest (empty
     * when they never had one).
     */
    @SuppressWarnings("unchecked")
    private Map<Long, Optional<Instant>> previousDigests(Collection<Long> memberIds, LocalDate day) {
        Map<Long, Optional<Instant>> since = new HashMap<>();
        memberIds.forEach(id -> since.put(id, Optional.empty()));
        if (memberIds.isEmpty()) {
            return since;
        }
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT d.member_id, MAX(d.covered_until), MAX(CASE WHEN d.digest_day = ?1 THEN 1 ELSE 0 END)"
                                + " FROM follow_digest d WHERE d.member_id IN ("
                                + memberIds.stream().map(String::valueOf).collect(Collectors.joining(","))
                                + ") GROUP BY d.member_id")
                .setParameter(1, Date.valueOf(day))
                .getResultList();
        for (Object[] r : rows) {
            long member = ((Number) r[0]).longValue();
            if (((Number) r[2]).intValue() == 1) {
                since.remove(member);
            } else {
                since.put(member, Optional.of(((Timestamp) r[1]).toInstant()));
            }
        }
        return since;
    }

    public boolean delivered(long memberId, LocalDate day) {
        return !em.createNativeQuery("SELECT 1 FROM follow_digest WHERE member_id = ?1 AND digest_day = ?2")
                .setParameter(1, memberId)
                .setParameter(2, Date.valueOf(day))
                .getResultList()
                .isEmpty();
    }

    /**
     * One member's row for the day and the mail in the outbox, in one transaction: the row's primary key (member,
     * day) refuses a second digest, so when another run got there first this transaction fails as a whole and
     * no mail is left behind. Returns false when the member already has the day's digest.
     */
    public boolean deliver(MemberDigest digest, LocalDate day, Instant until, URI base) {
        if (delivered(digest.memberId(), day)) {
            return false;
        }
        write(digest, day, until, base);
        return true;
    }

    /**
     * A page of digests in one transaction: the quick way when no other run is at work. Members who have the day's
     * digest already are skipped (one query for the page). If another run writes one of these members' rows
     * meanwhile, the key refuses it and the whole page rolls back, mails included; the caller then goes member by
     * member with {@link #deliver}. Returns how many were put in the outbox.
     */
    @SuppressWarnings("unchecked")
    public int deliverAll(List<MemberDigest> digests, LocalDate day, Instant until, URI base) {
        if (digests.isEmpty()) {
            return 0;
        }
        Set<Long> done = ((List<Object>) em.createNativeQuery(
                                "SELECT member_id FROM follow_digest WHERE digest_day = ?1 AND member_id IN ("
                                        + digests.stream()
                                                .map(d -> String.valueOf(d.memberId()))
                                                .collect(Collectors.joining(","))
                                        + ")")
                        .setParameter(1, Date.valueOf(day))
                        .getResultList())
                .stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
        int written = 0;
        for (MemberDigest digest : digests) {
            if (!done.contains(digest.memberId())) {
                write(digest, day, until, base);
                written++;
            }
        }
        em.flush();
        return written;
    }

    private void write(MemberDigest digest, LocalDate day, Instant until, URI base) {
        em.createNativeQuery("INSERT INTO follow_digest (member_id, digest_day, covered_until, topics, opinions, ideas,"
                        + " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, digest.memberId())
                .setParameter(2, Date.valueOf(day))
                .setParameter(3, Timestamp.from(until))
                .setParameter(4, digest.topics().size())
                .setParameter(5, digest.opinions())
                .setParameter(6, digest.ideas().size())
                .setParameter(7, Timestamp.from(clock.instant()))
                .executeUpdate();
        Locale locale = Locale.forLanguageTag(digest.language());
        String unsubscribe = tokens.link(base, MailList.DIGEST, digest.memberId(), clock.instant());
        outbox.sendStoppable(
                MailPort.Kind.FOLLOW_DIGEST,
                digest.email(),
                locale,
                FollowDigestMail.values(locale, digest.name(), digest.topics(), digest.ideas(), base, unsubscribe),
                unsubscribe);
    }
}
