package org.policyforum.topic.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.policyforum.member.entity.Bureau;
import org.policyforum.member.entity.Member;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.TopicSuggestion;

/**
 * How another feature offers something as a suggestion for a monthly topic (an idea that crossed its tier, or that
 * triage chose): the suggestion box's rules stay here, and the caller keeps only the id it is given.
 */
@Dependent
public class SuggestionOffers {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    /** A new suggestion in the main forum, in the name of the idea's author; returns its id. */
    public long offer(Member author, String title, String why, Bureau bureau, Instant now) {
        String shortTitle = title.length() <= 200 ? title : title.substring(0, 200);
        String shortWhy = why.length() <= 3000 ? why : why.substring(0, 3000);
        TopicSuggestion suggestion = new TopicSuggestion(author, Forum.MAIN, shortTitle, shortWhy, bureau, now);
        em.persist(suggestion);
        em.flush();
        return suggestion.getId();
    }
}
