package org.policyforum.idea.control;

import jakarta.enterprise.context.Dependent;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.policyforum.idea.entity.IdeaComment;
import org.policyforum.moderation.control.EntityContent;
import org.policyforum.moderation.entity.ReportTarget;

/** Comments on ideas as moderation reaches them: found, locked, hidden and restored here (ideas: IdeaContent). */
@Dependent
public class IdeaCommentContent extends EntityContent<IdeaComment> {

    @Override
    public Set<ReportTarget> targets() {
        return EnumSet.of(ReportTarget.IDEA_COMMENT);
    }

    @Override
    protected Class<IdeaComment> entity(ReportTarget type) {
        return IdeaComment.class;
    }

    @Override
    protected boolean hideNow(IdeaComment comment, String reason) {
        if (comment.getStatus() == IdeaComment.Status.WITHDRAWN) {
            return false;
        }
        comment.hide(reason);
        return true;
    }

    @Override
    protected boolean restoreNow(IdeaComment comment) {
        if (comment.getStatus() != IdeaComment.Status.HIDDEN) {
            return false;
        }
        comment.restore();
        return true;
    }

    @Override
    protected List<String> readByItem(ReportTarget type) {
        return List.of("author", "author.bureau");
    }

    @Override
    protected Item item(IdeaComment c) {
        return new Item(
                c.getAuthor().getId(),
                excerpt(c.getBody()),
                "ideas/" + c.getIdeaId() + "#comment-" + c.getId(),
                c.isVisible());
    }
}
