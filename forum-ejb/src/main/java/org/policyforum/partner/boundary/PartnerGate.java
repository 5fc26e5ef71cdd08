package org.policyforum.partner.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.policyforum.partner.control.KeySecrets;
import org.policyforum.partner.control.PartnerDirectory;
import org.policyforum.partner.control.UsageCounter;
import org.policyforum.partner.entity.PartnerKey;
import org.policyforum.platform.boundary.Settings;

/**
 * What the API's gate and the widget ask of partners, for anyone's request: whether a key is good (and counting its
 * use), whether an origin is a partner's, which origins may frame a partner's widget. Reads only.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PartnerGate {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    PartnerDirectory directory;

    @Inject
    UsageCounter counter;

    @Inject
    Settings settings;

    /** A good key's partner: its id (the rate limit counts per key prefix) and the origins it may be used from. */
    public record KeyHolder(long partnerId, String prefix, List<String> origins) {}

    /**
     * The partner of a presented key, its use counted; empty for anything that is not a live key of an active
     * partner (not shaped like a key, unknown, revoked, its partner deactivated).
     */
    public Optional<KeyHolder> use(String presentedKey) {
        Optional<KeySecrets.Presented> presented = KeySecrets.read(presentedKey);
        if (presented.isEmpty()) {
            return Optional.empty();
        }
        Optional<KeyHolder> holder = em
                .createNamedQuery(PartnerKey.BY_PREFIX, PartnerKey.class)
                .setParameter("prefix", presented.get().prefix())
                .getResultList()
                .stream()
                .filter(key -> key.accepts(presented.get().secretHash()))
                .findFirst()
                .flatMap(key -> directory
                        .byId(key.getPartnerId())
                        .map(p -> new KeyHolder(p.id(), key.getPrefix(), p.origins())));
        holder.ifPresent(h -> counter.count(h.partnerId(), LocalDate.now(settings.organisationClock())));
        return holder;
    }

    /** Whether an active partner registered this exact origin (CORS answers only those). */
    public boolean isPartnerOrigin(String origin) {
        return directory.isPartnerOrigin(origin);
    }

    /** The origins that may frame an active partner's widget; empty for an unknown or inactive partner. */
    public Optional<List<String>> widgetOrigins(String publicId) {
        return publicId == null
                ? Optional.empty()
                : directory.byPublicId(publicId).map(PartnerDirectory.Entry::origins);
    }
}
