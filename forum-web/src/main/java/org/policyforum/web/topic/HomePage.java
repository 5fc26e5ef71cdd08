package org.policyforum.web.topic;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.policyforum.topic.boundary.Topics;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Topic;

/**
 * The home page: what the forum is, and the main forum's open topics. Request-scoped and read-only: it is the page most
 * visitors see first, so a visitor who is not logged in gets a stateless view and no session (see
 * {@link org.policyforum.web.member.CurrentUser#statelessForReaders()}).
 */
@Named
@RequestScoped
public class HomePage {

    @Inject
    Topics topics;

    private List<Topic> open;

    public List<Topic> getOpen() {
        if (open == null) {
            open = topics.open(Forum.MAIN);
        }
        return open;
    }
}
