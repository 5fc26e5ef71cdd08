package org.policyforum.web.outcome;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.policyforum.idea.boundary.IdeaViews.Detail;
import org.policyforum.outcome.boundary.Outcomes;
import org.policyforum.outcome.boundary.Outcomes.OutcomeView;
import org.policyforum.outcome.entity.SourceKind;
import org.policyforum.topic.entity.Topic;
import org.policyforum.topic.entity.TopicState;

/**
 * The outcome on its source's page (a topic's or an idea's), once there is one, asked once a request in three
 * statements (the outcome with its bureau, its timeline with the links, its sub-results). A topic is asked only when
 * closed or answered (an open topic has none); an idea always (an outcome, once recorded, stays with the idea).
 */
@Named
@RequestScoped
public class SourceOutcomeBox {

    @Inject
    Outcomes outcomes;

    private OutcomeView view;
    private boolean asked;

    public OutcomeView ofTopic(Topic topic) {
        if (!asked) {
            asked = true;
            if (topic != null && (topic.getState() == TopicState.CLOSED || topic.getState() == TopicState.ANSWERED)) {
                view = outcomes.ofSource(SourceKind.TOPIC, topic.getId()).orElse(null);
            }
        }
        return view;
    }

    public OutcomeView ofIdea(Detail idea) {
        if (!asked) {
            asked = true;
            if (idea != null) {
                view = outcomes.ofSource(SourceKind.IDEA, idea.id()).orElse(null);
            }
        }
        return view;
    }
}
