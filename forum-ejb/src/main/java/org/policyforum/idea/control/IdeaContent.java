package org.policyforum.idea.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.policyforum.idea.entity.Idea;
import org.policyforum.idea.entity.IdeaState;
import org.policyforum.moderation.control.ModeratedContent;
import org.policyforum.moderation.entity.ReportTarget;

/**
 * Ideas as moderation reaches them: found, locked, hidden and restored here. The idea's row lock is the one supports
 * take too, so a report that hides an idea and a support arriving together are served one after the other.
 */
@Dependent
public class IdeaContent implements ModeratedContent {

    static final int EXCERPT = 120;

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Override
    public Set<ReportTarget> targets() {
        return EnumSet.of(ReportTarget.IDEA);
    }

    @Override
    public Optional<Item> find(ReportTarget type, long id) {
        return Optional.ofNullable(em.find(Idea.class, id)).map(IdeaContent::item);
    }

    @Override
    public Optional<Item> lock(ReportTarget type, long id) {
        return Optional.ofNullable(em.find(Idea.class, id, LockModeType.PESSIMISTIC_WRITE))
                .map(IdeaContent::item);
    }

    @Override
    public boolean hide(ReportTarget type, long id, String reason) {
        Idea idea = em.find(Idea.class, id);
        if (idea == null || idea.getState() == IdeaState.WITHDRAWN) {
            return false;
        }
        idea.hide(reason);
        return true;
    }

    @Override
    public boolean restore(ReportTarget type, long id) {
        Idea idea = em.find(Idea.class, id);
        if (idea == null || !idea.isHidden()) {
            return false;
        }
        idea.restore();
        return true;
    }

    private static Item item(Idea idea) {
        String text = idea.getTitle() + " — " + idea.getBody();
        String excerpt = text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
        return new Item(idea.getAuthorId(), excerpt, "idea.xhtml?id=" + idea.getId(), idea.isVisible());
    }
}
