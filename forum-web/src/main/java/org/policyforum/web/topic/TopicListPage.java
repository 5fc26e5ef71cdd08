package org.policyforum.web.topic;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.policyforum.topic.boundary.Topics;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Topic;

/** The open topics and the archive of one forum (the main forum's page, the Youth Forum's page, the home page). */
@Named
@ViewScoped
public class TopicListPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int ARCHIVE_PAGE = 24;

    @Inject
    Topics topics;

    private Forum forum = Forum.MAIN;
    private List<Topic> open;
    private List<Topic> archive;

    public void load(String forumName) {
        forum = Forum.valueOf(forumName);
        open = topics.open(forum);
        archive = topics.archive(forum, 0, ARCHIVE_PAGE);
    }

    public Forum getForum() {
        return forum;
    }

    public List<Topic> getOpen() {
        return open;
    }

    public List<Topic> getArchive() {
        return archive;
    }
}
