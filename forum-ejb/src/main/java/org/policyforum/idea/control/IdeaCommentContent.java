package org.policyforum.idea.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.policyforum.idea.entity.IdeaComment;
import org.policyforum.moderation.control.ModeratedContent;
import org.policyforum.moderation.entity.ReportTarget;

/** Comments on ideas as moderation reaches them: found, locked, hidden and restored here (ideas: IdeaContent). */
@Dependent
public class IdeaCommentContent implements ModeratedContent {

    static final int EXCERPT = 120;

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Override
    public Set<ReportTarget> targets() {
        return EnumSet.of(ReportTarget.IDEA_COMMENT);
    }

    @Override
    public Optional<Item> find(ReportTarget type, long id) {
        return Optional.ofNullable(em.find(IdeaComment.class, id)).map(IdeaCommentContent::item);
    }

    @Override
    public Optional<Item> lock(ReportTarget type, long id) {
        return Optional.ofNullable(em.find(IdeaComment.class, id, LockModeType.PESSIMISTIC_WRITE))
                .map(IdeaCommentContent::item);
    }

    @Override
    public boolean hide(ReportTarget type, long id, String reason) {
        IdeaComment comment = em.find(IdeaComment.class, id);
        if (comment == null || comment.getStatus() == IdeaComment.Status.WITHDRAWN) {
            return false;
        }
        comment.hide(reason);
        return true;
    }

    @Override
    public boolean restore(ReportTarget type, long id) {
        IdeaComment comment = em.find(IdeaComment.class, id);
        if (comment == null || comment.getStatus() != IdeaComment.Status.HIDDEN) {
            return false;
        }
        comment.restore();
        return true;
    }

    private static Item item(IdeaComment c) {
        String body = c.getBody();
        String excerpt = body.length() <= EXCERPT ? body : body.substring(0, EXCERPT) + "…";
        return new Item(
                c.getAuthor().getId(),
                excerpt,
                "idea.xhtml?id=" + c.getIdeaId() + "#comment-" + c.getId(),
                c.isVisible());
    }
}
