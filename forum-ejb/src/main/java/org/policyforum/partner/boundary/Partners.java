package org.policyforum.partner.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.policyforum.partner.control.KeySecrets;
import org.policyforum.partner.control.Origins;
import org.policyforum.partner.control.PartnerDirectory;
import org.policyforum.partner.control.UsageCounter;
import org.policyforum.partner.entity.Partner;
import org.policyforum.partner.entity.PartnerKey;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/**
 * The operators' side of partners: register, edit, deactivate, issue and revoke keys, read the usage. Every change
 * is audited; a key's secret leaves this class once, in {@link IssuedKey}, and is never stored or logged.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class Partners {

    /** Days of usage the console shows. */
    public static final int USAGE_DAYS = 14;

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @Inject
    UsageCounter counter;

    @Inject
    PartnerDirectory directory;

    /** A key as issued: {@code key} is the whole secret key, shown to the operator this once. */
    public record IssuedKey(long id, String prefix, String key) {}

    /** Requests with a partner's keys on one day (in the organisation's time zone). */
    public record DayUsage(LocalDate day, long requests) {}

    public List<Partner> all() {
        return em.createNamedQuery(Partner.ALL, Partner.class).getResultList();
    }

    public Partner register(String name, String contact, String origins) {
        Partner partner = new Partner(
                KeySecrets.publicId(), checkName(name), checkContact(contact), Origins.parse(origins), clock.instant());
        em.persist(partner);
        em.flush();
        audit.record("partner.register", target(partner), partner.getName() + " " + partner.origins());
        directory.forget();
        return partner;
    }

    public Partner edit(long id, String name, String contact, String origins) {
        Partner partner = find(id);
        partner.describe(checkName(name), checkContact(contact), Origins.parse(origins));
        audit.record("partner.edit", target(partner), partner.getName() + " " + partner.origins());
        directory.forget();
        return partner;
    }

    public void deactivate(long id) {
        Partner partner = find(id);
        partner.deactivate();
        audit.record("partner.deactivate", target(partner), partner.getName());
        directory.forget();
    }

    public void activate(long id) {
        Partner partner = find(id);
        partner.activate();
        audit.record("partner.activate", target(partner), partner.getName());
        directory.forget();
    }

    public IssuedKey issueKey(long partnerId) {
        Partner partner = find(partnerId);
        KeySecrets.NewKey created = KeySecrets.create();
        PartnerKey key = new PartnerKey(partner.getId(), created.prefix(), created.secretHash(), clock.instant());
        em.persist(key);
        em.flush();
        // the prefix only: the audit log must not hold a working key
        audit.record("partner.key.issue", target(partner), created.prefix());
        return new IssuedKey(key.getId(), created.prefix(), created.key());
    }

    public void revokeKey(long keyId) {
        PartnerKey key = em.find(PartnerKey.class, keyId);
        if (key == null) {
            throw RuleViolation.of("notFound");
        }
        key.revoke(clock.instant());
        audit.record("partner.key.revoke", "partner:" + key.getPartnerId(), key.getPrefix());
    }

    public List<PartnerKey> keys(long partnerId) {
        return em.createNamedQuery(PartnerKey.OF_PARTNER, PartnerKey.class)
                .setParameter("partner", partnerId)
                .getResultList();
    }

    /** The last {@link #USAGE_DAYS} days, newest first: what is written plus this server's counts not yet written. */
    public List<DayUsage> usage(long partnerId) {
        LocalDate today = LocalDate.now(settings.organisationClock());
        LocalDate from = today.minusDays(USAGE_DAYS - 1L);
        Map<LocalDate, Long> days = new TreeMap<>();
        for (Object row : em.createNativeQuery(
                        "SELECT usage_day, requests FROM partner_usage WHERE partner_id = ?1 AND usage_day >= ?2")
                .setParameter(1, partnerId)
                .setParameter(2, Date.valueOf(from))
                .getResultList()) {
            Object[] cells = (Object[]) row;
            days.merge(((Date) cells[0]).toLocalDate(), ((Number) cells[1]).longValue(), Long::sum);
        }
        counter.pendingOf(partnerId).forEach((day, n) -> {
            if (!day.isBefore(from)) {
                days.merge(day, n, Long::sum);
            }
        });
        List<DayUsage> usage = new ArrayList<>();
        days.forEach((day, n) -> usage.add(0, new DayUsage(day, n)));
        return usage;
    }

    private Partner find(long id) {
        Partner partner = em.find(Partner.class, id);
        if (partner == null) {
            throw RuleViolation.of("notFound");
        }
        return partner;
    }

    private static String checkName(String name) {
        return Text.name("name", name, 1, 200, "partner.name.required", "partner.name.tooLong");
    }

    private static String checkContact(String contact) {
        return Text.required("contact", contact, 300, "partner.contact");
    }

    private static String target(Partner partner) {
        return "partner:" + partner.getId();
    }
}
