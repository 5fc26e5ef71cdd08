package org.policyforum.topic.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.policyforum.moderation.control.ModeratedContent;
import org.policyforum.moderation.entity.ReportTarget;
import org.policyforum.topic.entity.TopicSuggestion;

/** Topic suggestions as moderation reaches them: found, locked, hidden and restored here. */
@Dependent
public class SuggestionContent implements ModeratedContent {

    static final int EXCERPT = 120;

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Override
    public Set<ReportTarget> targets() {
        return EnumSet.of(ReportTarget.TOPIC_SUGGESTION);
    }

    @Override
    public Optional<Item> find(ReportTarget type, long id) {
        return Optional.ofNullable(em.find(TopicSuggestion.class, id)).map(SuggestionContent::item);
    }

    @Override
    public Optional<Item> lock(ReportTarget type, long id) {
        return Optional.ofNullable(em.find(TopicSuggestion.class, id, LockModeType.PESSIMISTIC_WRITE))
                .map(SuggestionContent::item);
    }

    @Override
    public boolean hide(ReportTarget type, long id, String reason) {
        TopicSuggestion suggestion = em.find(TopicSuggestion.class, id);
        if (suggestion == null) {
            return false;
        }
        suggestion.hide(reason);
        return true;
    }

    @Override
    public boolean restore(ReportTarget type, long id) {
        TopicSuggestion suggestion = em.find(TopicSuggestion.class, id);
        if (suggestion == null || !suggestion.isHidden()) {
            return false;
        }
        suggestion.restore();
        return true;
    }

    private static Item item(TopicSuggestion s) {
        String text = s.getTitle() + " — " + s.getWhy();
        String excerpt = text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
        return new Item(s.getAuthor().getId(), excerpt, "suggestions.xhtml#suggestion-" + s.getId(), !s.isHidden());
    }
}
