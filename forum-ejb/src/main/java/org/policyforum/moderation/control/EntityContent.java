package org.policyforum.moderation.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
import org.policyforum.moderation.entity.ReportTarget;

/**
 * A {@link ModeratedContent} port whose kinds are each one entity class. Finding, locking and answering a missing item
 * are the same for every feature; what a feature says is the entity of a kind, how moderation sees one, and whether
 * it can be hidden or restored now (through the entity's own methods).
 *
 * @param <E> the entity (or the common supertype of the entities) of the port's kinds
 */
public abstract class EntityContent<E> implements ModeratedContent {

    /** The longest excerpt moderation shows of an item, in characters. */
    public static final int EXCERPT = 120;

    @PersistenceContext(unitName = "forum")
    protected EntityManager em;

    /** The entity class of one of the port's kinds. */
    protected abstract Class<? extends E> entity(ReportTarget type);

    /** The item as moderation sees it. */
    protected abstract Item item(E entity);

    /**
     * The references of a kind's entity that {@link #item} reads (e.g. {@code author}), read for many items at once
     * by {@link #findAll} instead of one statement per item.
     */
    protected List<String> readByItem(ReportTarget type) {
        return List.of();
    }

    /** Hides it with the moderator's reason (null: pending review); false if it cannot be hidden (withdrawn). */
    protected abstract boolean hideNow(E entity, String reason);

    /** Shows it again; false if it was not hidden. */
    protected abstract boolean restoreNow(E entity);

    @Override
    public Optional<Item> find(ReportTarget type, long id) {
        return load(type, id, LockModeType.NONE).map(this::item);
    }

    @Override
    public Map<Long, Item> findAll(ReportTarget type, Collection<Long> ids) {
        Map<Long, Item> items = new HashMap<>();
        if (ids.isEmpty()) {
            return items;
        }
        EntityType<? extends E> model = em.getMetamodel().entity(entity(type));
        String id = model.getSingularAttributes().stream()
                .filter(SingularAttribute::isId)
                .findFirst()
                .orElseThrow()
                .getName();
        TypedQuery<? extends E> query = em.createQuery(
                        "SELECT e FROM " + model.getName() + " e WHERE e." + id + " IN :ids", entity(type))
                .setParameter("ids", Set.copyOf(ids))
                .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN);
        readByItem(type).forEach(path -> query.setHint(QueryHints.BATCH, "e." + path));
        PersistenceUnitUtil unit = em.getEntityManagerFactory().getPersistenceUnitUtil();
        for (E entity : query.getResultList()) {
            items.put(((Number) unit.getIdentifier(entity)).longValue(), item(entity));
        }
        return items;
    }

    @Override
    public Optional<Item> lock(ReportTarget type, long id) {
        return load(type, id, LockModeType.PESSIMISTIC_WRITE).map(this::item);
    }

    @Override
    public boolean hide(ReportTarget type, long id, String reason) {
        return load(type, id, LockModeType.NONE).map(e -> hideNow(e, reason)).orElse(false);
    }

    @Override
    public boolean restore(ReportTarget type, long id) {
        return load(type, id, LockModeType.NONE).map(this::restoreNow).orElse(false);
    }

    private Optional<E> load(ReportTarget type, long id, LockModeType lock) {
        return Optional.ofNullable(em.find(entity(type), id, lock));
    }

    /** The text cut to {@link #EXCERPT} characters, with an ellipsis when cut. */
    protected static String excerpt(String text) {
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
    }
}
