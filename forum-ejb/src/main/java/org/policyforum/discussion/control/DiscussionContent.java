package org.policyforum.discussion.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.policyforum.discussion.entity.Comment;
import org.policyforum.discussion.entity.Contribution;
import org.policyforum.discussion.entity.Opinion;
import org.policyforum.moderation.control.ModeratedContent;
import org.policyforum.moderation.entity.ReportTarget;

/** The discussion's opinions and comments as moderation reaches them: found, locked, hidden and restored here. */
@Dependent
public class DiscussionContent implements ModeratedContent {

    static final int EXCERPT = 120;

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Override
    public Set<ReportTarget> targets() {
        return EnumSet.of(ReportTarget.OPINION, ReportTarget.COMMENT);
    }

    @Override
    public Optional<Item> find(ReportTarget type, long id) {
        return contribution(type, id, LockModeType.NONE).map(DiscussionContent::item);
    }

    @Override
    public Optional<Item> lock(ReportTarget type, long id) {
        return contribution(type, id, LockModeType.PESSIMISTIC_WRITE).map(DiscussionContent::item);
    }

    @Override
    public boolean hide(ReportTarget type, long id, String reason) {
        Contribution item = contribution(type, id, LockModeType.NONE).orElse(null);
        if (item == null || item.getStatus() == Opinion.Status.WITHDRAWN) {
            return false;
        }
        item.hide(reason);
        return true;
    }

    @Override
    public boolean restore(ReportTarget type, long id) {
        Contribution item = contribution(type, id, LockModeType.NONE).orElse(null);
        if (item == null || item.getStatus() != Opinion.Status.HIDDEN) {
            return false;
        }
        item.restore();
        return true;
    }

    private Optional<Contribution> contribution(ReportTarget type, long id, LockModeType lock) {
        Class<? extends Contribution> entity = type == ReportTarget.OPINION ? Opinion.class : Comment.class;
        return Optional.ofNullable(em.find(entity, id, lock));
    }

    private static Item item(Contribution c) {
        Opinion opinion = c instanceof Comment comment ? comment.getOpinion() : (Opinion) c;
        String body = c.getBody();
        String excerpt = body.length() <= EXCERPT ? body : body.substring(0, EXCERPT) + "…";
        String link = "topic.xhtml?id=" + opinion.getTopic().getId() + "#opinion-" + opinion.getId();
        return new Item(c.getAuthor().getId(), excerpt, link, c.isVisible());
    }
}
