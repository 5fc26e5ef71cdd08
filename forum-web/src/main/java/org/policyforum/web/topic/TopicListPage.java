package org.policyforum.web.topic;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.policyforum.topic.boundary.Topics;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Topic;

/** The open topics and the archive of one forum (the main forum's page, the Youth Forum's page). */
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
    private String words;
    private String month;
    private long archiveSize;

    public void load(String forumName) {
        forum = Forum.valueOf(forumName);
        open = topics.open(forum);
        search();
    }

    /** The archive, narrowed to topics whose title or summary has every word searched for. */
    public void search() {
        java.time.YearMonth chosen = month == null || month.isBlank() || !topics.archiveMonths(forum).contains(month)
                ? null : java.time.YearMonth.parse(month);
        archive = topics.archive(forum, words, chosen, 0, ARCHIVE_PAGE);
        archiveSize = topics.archiveSize(forum, words, chosen);
    }

    public List<String> getMonths() {
        return topics.archiveMonths(forum);
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public long getArchiveSize() {
        return archiveSize;
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
