package org.policyforum.newsletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.policyforum.newsletter.api.MailConsentPort.MailList;
import org.policyforum.newsletter.entity.OutboxMail;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.platform.control.MailPort;

/** The domain's mail port: renders the mail and stores it in the outbox, inside the caller's transaction. */
@ApplicationScoped
public class Outbox implements MailPort {

    @PersistenceContext(unitName = "mail")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ForumEnvironment environment;

    @Inject
    UnsubscribeTokens tokens;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(Kind kind, String recipient, Locale locale, Map<String, String> values) {
        sendStoppable(kind, recipient, locale, values, null);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void sendOutcomeNews(Kind kind, long memberId, String recipient, Locale locale, Map<String, String> values) {
        String unsubscribe = tokens.link(environment.baseUrl(), MailList.OUTCOME, memberId, clock.instant());
        Map<String, String> all = new HashMap<>(values);
        all.put("unsubscribe", unsubscribe);
        sendStoppable(kind, recipient, locale, all, unsubscribe);
    }

    /**
     * A mail the recipient can stop (the follow digest): sent with List-Unsubscribe and List-Unsubscribe-Post for
     * {@code unsubscribeUrl}. Only forum-mail sends such mail, so the domain's port stays as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sendStoppable(
            Kind kind, String recipient, Locale locale, Map<String, String> values, String unsubscribeUrl) {
        MailTemplates.Rendered mail = MailTemplates.render(kind, locale, values);
        String messageId = "<" + UUID.randomUUID() + "@" + environment.baseUrl().getHost() + ">";
        em.persist(new OutboxMail(
                recipient,
                mail.subject(),
                mail.text(),
                mail.html(),
                kind.name(),
                messageId,
                unsubscribeUrl,
                clock.instant()));
    }

    @Override
    public List<MailRecord> recent(int limit) {
        return em.createNamedQuery(OutboxMail.RECENT, OutboxMail.class)
                .setMaxResults(limit)
                .getResultStream()
                .map(m -> new MailRecord(
                        m.getId(),
                        m.getRecipient(),
                        m.getSubject(),
                        m.getTextBody(),
                        m.getStatus().name(),
                        m.getCreatedAt()))
                .toList();
    }
}
