package org.policyforum.discussion.control;

import jakarta.enterprise.context.Dependent;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.policyforum.discussion.entity.Comment;
import org.policyforum.discussion.entity.Contribution;
import org.policyforum.discussion.entity.Opinion;
import org.policyforum.moderation.control.EntityContent;
import org.policyforum.moderation.entity.ReportTarget;

/** The discussion's opinions and comments as moderation reaches them: found, locked, hidden and restored here. */
@Dependent
public class DiscussionContent extends EntityContent<Contribution> {

    @Override
    public Set<ReportTarget> targets() {
        return EnumSet.of(ReportTarget.OPINION, ReportTarget.COMMENT);
    }

    @Override
    protected Class<? extends Contribution> entity(ReportTarget type) {
        return type == ReportTarget.OPINION ? Opinion.class : Comment.class;
    }

    @Override
    protected List<String> readByItem(ReportTarget type) {
        return type == ReportTarget.OPINION
                ? List.of("author", "author.bureau", "topic", "topic.bureau")
                : List.of("author", "author.bureau", "opinion", "opinion.topic", "opinion.topic.bureau");
    }

    @Override
    protected boolean hideNow(Contribution item, String reason) {
        if (item.getStatus() == Opinion.Status.WITHDRAWN) {
            return false;
        }
        item.hide(reason);
        return true;
    }

    @Override
    protected boolean restoreNow(Contribution item) {
        if (item.getStatus() != Opinion.Status.HIDDEN) {
            return false;
        }
        item.restore();
        return true;
    }

    @Override
    protected Item item(Contribution c) {
        Opinion opinion = c instanceof Comment comment ? comment.getOpinion() : (Opinion) c;
        String link = "topics/" + opinion.getTopic().getId() + "#opinion-" + opinion.getId();
        return new Item(c.getAuthor().getId(), excerpt(c.getBody()), link, c.isVisible());
    }
}
