package org.policyforum.moderation.control;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policyforum.moderation.entity.ReportTarget;

/**
 * The port through which moderation reaches what members write, without reading the features' tables: one CDI bean
 * per feature, in that feature, for the {@link ReportTarget}s it owns (the discussion: opinions and comments).
 */
public interface ModeratedContent {

    /** An item as moderation sees it: its author, a short excerpt, the page it stands on, whether it shows. */
    record Item(long authorId, String excerpt, String link, boolean visible) {}

    Set<ReportTarget> targets();

    /** The item, if it exists. */
    Optional<Item> find(ReportTarget type, long id);

    /**
     * The items of these ids that exist, by id, in a fixed number of statements however many are asked for (a
     * moderator's queue and a reporter's list show up to a hundred).
     */
    Map<Long, Item> findAll(ReportTarget type, Collection<Long> ids);

    /**
     * The item, its row locked until the transaction ends, so that the reports on one item are counted one after
     * the other; empty if it does not exist.
     */
    Optional<Item> lock(ReportTarget type, long id);

    /**
     * Hides a visible item, or gives a hidden one the moderator's reason. {@code reason}: a moderator's words, shown
     * on the placeholder; null when reports hid it (pending review). False if it was withdrawn or does not exist.
     */
    boolean hide(ReportTarget type, long id, String reason);

    /** Shows a hidden item again; false if it was not hidden. */
    boolean restore(ReportTarget type, long id);
}
