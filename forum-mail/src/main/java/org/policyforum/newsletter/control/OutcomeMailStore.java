package org.policyforum.newsletter.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.policyforum.member.control.MailRecipients;
import org.policyforum.member.control.MailRecipients.Consent;
import org.policyforum.member.control.MailRecipients.Recipient;
import org.policyforum.newsletter.api.MailConsentPort.MailList;
import org.policyforum.outcome.control.OutcomeNotices;
import org.policyforum.outcome.control.OutcomeNotices.News;
import org.policyforum.platform.control.MailPort;

/**
 * The outcome news' SQL, in short transactions of their own: a page of participants at a time, each page's mails and
 * their rows (key: notice, member) committed together, so a second run or server mails nobody twice and a run that
 * dies half way loses nothing committed. The outcome feature answers for the notices and the participants.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutcomeMailStore {

    @PersistenceContext(unitName = "mail")
    EntityManager em;

    @Inject
    OutcomeNotices notices;

    @Inject
    MailRecipients recipients;

    @Inject
    Deliveries deliveries;

    @Inject
    Outbox outbox;

    @Inject
    UnsubscribeTokens tokens;

    @Inject
    Clock clock;

    public List<Long> waiting(int limit) {
        return notices.waiting(limit);
    }

    /** Takes the notice up; its news as the outcome is now (empty: nothing to tell). */
    public Optional<News> start(long noticeId) {
        return notices.start(noticeId, clock.instant());
    }

    public List<Long> participants(News news, long afterMember, int limit) {
        return notices.participants(news, afterMember, limit);
    }

    public void done(long noticeId) {
        notices.done(noticeId, clock.instant());
    }

    /**
     * The mails of one page of participants: those who consent to outcome news, may be mailed, have no bounce and
     * have not had this notice's mail. Returns how many were put in the outbox.
     */
    @SuppressWarnings("unchecked")
    public int deliver(News news, List<Long> memberIds, URI base) {
        Map<Long, Recipient> reachable = recipients.reachable(Consent.OUTCOME_NEWS, memberIds);
        Set<String> bounced = deliveries.bounced(
                reachable.values().stream().map(Recipient::email).toList());
        reachable.values().removeIf(r -> bounced.contains(r.email()));
        if (reachable.isEmpty()) {
            return 0;
        }
        Set<Long> done = ((List<Object>) em.createNativeQuery(
                                "SELECT member_id FROM outcome_mail WHERE notice_id = ?1 AND member_id IN ("
                                        + reachable.keySet().stream()
                                                .map(String::valueOf)
                                                .collect(Collectors.joining(","))
                                        + ")")
                        .setParameter(1, news.noticeId())
                        .getResultList())
                .stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
        int written = 0;
        for (Recipient r : reachable.values()) {
            if (done.contains(r.memberId())) {
                continue;
            }
            em.createNativeQuery("INSERT INTO outcome_mail (notice_id, member_id, created_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, news.noticeId())
                    .setParameter(2, r.memberId())
                    .setParameter(3, Timestamp.from(clock.instant()))
                    .executeUpdate();
            Locale locale = Locale.forLanguageTag(r.language());
            String unsubscribe = tokens.link(base, MailList.OUTCOME, r.memberId(), clock.instant());
            outbox.sendStoppable(
                    MailPort.Kind.OUTCOME_NEWS,
                    r.email(),
                    locale,
                    OutcomeNewsMail.values(locale, r.name(), news, base, unsubscribe),
                    unsubscribe);
            written++;
        }
        em.flush();
        return written;
    }
}
