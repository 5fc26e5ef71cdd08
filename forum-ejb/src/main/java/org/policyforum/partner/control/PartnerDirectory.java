package org.policyforum.partner.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.policyforum.partner.entity.Partner;

/**
 * The active partners' origins, asked on every API request that names an origin and on every widget view, so kept
 * in memory: read again after a change on this server at once, and at most {@link #FRESH} after a change on another.
 */
@ApplicationScoped
public class PartnerDirectory {

    static final Duration FRESH = Duration.ofSeconds(10);

    /** What a request needs of a partner. */
    public record Entry(long id, String publicId, List<String> origins) {}

    private record Snapshot(List<Entry> partners, long readAtNanos) {}

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    private volatile Snapshot snapshot;

    public boolean isPartnerOrigin(String origin) {
        return origin != null && partners().stream().anyMatch(p -> p.origins().contains(origin));
    }

    public Optional<Entry> byId(long id) {
        return partners().stream().filter(p -> p.id() == id).findFirst();
    }

    public Optional<Entry> byPublicId(String publicId) {
        return partners().stream().filter(p -> p.publicId().equals(publicId)).findFirst();
    }

    /** After a change on this server: the next request reads the partners again. */
    public void forget() {
        snapshot = null;
    }

    private List<Entry> partners() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.readAtNanos() > FRESH.toNanos()) {
            List<Entry> read = em.createNamedQuery(Partner.ACTIVE, Partner.class).getResultList().stream()
                    .map(p -> new Entry(p.getId(), p.getPublicId(), p.origins()))
                    .toList();
            current = new Snapshot(read, System.nanoTime());
            snapshot = current;
        }
        return current.partners();
    }
}
