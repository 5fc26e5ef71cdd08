package org.policyforum.topic.control;

import jakarta.enterprise.context.Dependent;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.policyforum.moderation.control.EntityContent;
import org.policyforum.moderation.entity.ReportTarget;
import org.policyforum.topic.entity.TopicSuggestion;

/** Topic suggestions as moderation reaches them: found, locked, hidden and restored here. */
@Dependent
public class SuggestionContent extends EntityContent<TopicSuggestion> {

    @Override
    public Set<ReportTarget> targets() {
        return EnumSet.of(ReportTarget.TOPIC_SUGGESTION);
    }

    @Override
    protected Class<TopicSuggestion> entity(ReportTarget type) {
        return TopicSuggestion.class;
    }

    @Override
    protected boolean hideNow(TopicSuggestion suggestion, String reason) {
        suggestion.hide(reason);
        return true;
    }

    @Override
    protected boolean restoreNow(TopicSuggestion suggestion) {
        if (!suggestion.isHidden()) {
            return false;
        }
        suggestion.restore();
        return true;
    }

    @Override
    protected List<String> readByItem(ReportTarget type) {
        return List.of("author", "author.bureau");
    }

    @Override
    protected Item item(TopicSuggestion s) {
        return new Item(
                s.getAuthor().getId(),
                excerpt(s.getTitle() + " — " + s.getWhy()),
                "suggestions#suggestion-" + s.getId(),
                !s.isHidden());
    }
}
