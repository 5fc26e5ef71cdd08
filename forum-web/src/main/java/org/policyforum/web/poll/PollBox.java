package org.policyforum.web.poll;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.omnifaces.cdi.Param;
import org.policyforum.poll.boundary.Polls;
import org.policyforum.poll.boundary.Polls.PollView;

/**
 * The poll box on a topic page. Request-scoped and without forms: the anonymous topic page is rendered without a
 * session, in a transient view, and served from a shared cache, so the box holds no state and shows nothing personal
 * to anonymous readers; members vote on the poll page, where the box links them.
 */
@Named
@RequestScoped
public class PollBox {

    @Inject
    Polls polls;

    /** The topic page's address (null when it was not a number: the page is a 404 then). */
    @Param(name = "id")
    private Long topicId;

    private Optional<PollView> poll;

    /** The poll of the topic named by the page's {@code id} parameter, if it has one. */
    public PollView getPoll() {
        if (poll == null) {
            poll = Optional.ofNullable(topicId).flatMap(polls::forTopic);
        }
        return poll.orElse(null);
    }
}
