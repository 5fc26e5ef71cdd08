package org.policyforum.idea.control;

import jakarta.enterprise.context.Dependent;
import java.util.EnumSet;
import java.util.Set;
import org.policyforum.idea.entity.Idea;
import org.policyforum.idea.entity.IdeaState;
import org.policyforum.moderation.control.EntityContent;
import org.policyforum.moderation.entity.ReportTarget;

/**
 * Ideas as moderation reaches them: found, locked, hidden and restored here. The idea's row lock is the one supports
 * take too, so a report that hides an idea and a support arriving together are served one after the other.
 */
@Dependent
public class IdeaContent extends EntityContent<Idea> {

    @Override
    public Set<ReportTarget> targets() {
        return EnumSet.of(ReportTarget.IDEA);
    }

    @Override
    protected Class<Idea> entity(ReportTarget type) {
        return Idea.class;
    }

    @Override
    protected boolean hideNow(Idea idea, String reason) {
        if (idea.getState() == IdeaState.WITHDRAWN) {
            return false;
        }
        idea.hide(reason);
        return true;
    }

    @Override
    protected boolean restoreNow(Idea idea) {
        if (!idea.isHidden()) {
            return false;
        }
        idea.restore();
        return true;
    }

    @Override
    protected Item item(Idea idea) {
        return new Item(
                idea.getAuthorId(),
                excerpt(idea.getTitle() + " — " + idea.getBody()),
                "ideas/" + idea.getId(),
                idea.isVisible());
    }
}
