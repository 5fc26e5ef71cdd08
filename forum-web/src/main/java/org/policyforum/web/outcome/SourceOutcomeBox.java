package org.policyforum.web.outcome;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.policyforum.outcome.boundary.Outcomes;
import org.policyforum.outcome.boundary.Outcomes.OutcomeView;
import org.policyforum.outcome.entity.SourceKind;
import org.policyforum.topic.entity.Topic;
import org.policyforum.topic.entity.TopicState;

/**
 * A topic's outcome on its page, once there is one: asked only of closed and answered topics (an open topic has
 * none), in three statements (the outcome with its bureau, its timeline with the links, its sub-results).
 */
@Named
@RequestScoped
public class TopicOutcomeBox {

    @Inject
    Outcomes outcomes;

    private OutcomeView view;
    private boolean asked;

    public OutcomeView of(Topic topic) {
        if (!asked) {
            asked = true;
            if (topic != null && (topic.getState() == TopicState.CLOSED || topic.getState() == TopicState.ANSWERED)) {
                view = outcomes.ofSource(SourceKind.TOPIC, topic.getId()).orElse(null);
            }
        }
        return view;
    }
}
