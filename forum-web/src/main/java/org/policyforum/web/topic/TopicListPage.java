package org.policyforum.web.topic;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.policyforum.platform.control.Text;
import org.policyforum.topic.boundary.Topics;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Topic;
import org.policyforum.web.member.CurrentUser;

/**
 * The open topics and the archive of one forum (the main forum's page, the Youth Forum's page), and the main forum's
 * open topics alone (the home page, which calls no {@link #load}: the archive's queries run only where it is shown).
 * Request-scoped and driven by the address alone (the archive's search is a GET form, see {@code topic-archive.xhtml}),
 * so a visitor who is not logged in gets a stateless page and no session.
 */
@Named
@RequestScoped
public class TopicListPage {

    static final int ARCHIVE_PAGE = 24;
    static final int MOST_WORDS = 100;

    @Inject
    Topics topics;

    @Inject
    CurrentUser currentUser;

    private Forum forum = Forum.MAIN;
    private List<Topic> open;
    private List<Topic> archive;
    private List<String> months = List.of();
    private String words;
    private String month;
    private long archiveSize;

    /** f:viewAction, after the f:viewParams {@code words} and {@code month}. */
    public void load(String forumName) {
        currentUser.statelessForReaders();
        forum = Forum.valueOf(forumName);
        months = topics.archiveMonths(forum);
        search();
    }

    /** The archive, narrowed to topics whose title or summary has every word searched for. */
    private void search() {
        java.time.YearMonth chosen =
                month == null || month.isBlank() || !months.contains(month) ? null : java.time.YearMonth.parse(month);
        archive = topics.archive(forum, words, chosen, 0, ARCHIVE_PAGE);
        archiveSize = topics.archiveSize(forum, words, chosen);
    }

    public List<String> getMonths() {
        return months;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    /**
     * Not echoed when shaped like a resident registration number or garbled: the box comes back empty, as the results
     * do.
     */
    public String getWords() {
        return Text.unsearchable(words) ? null : words;
    }

    /**
     * From the address: anything longer than a search box takes is cut, not refused (a reader gets a page, not an
     * error).
     */
    public void setWords(String words) {
        String stripped = words == null ? null : words.strip();
        this.words = stripped == null || stripped.length() <= MOST_WORDS ? stripped : stripped.substring(0, MOST_WORDS);
    }

    public long getArchiveSize() {
        return archiveSize;
    }

    public Forum getForum() {
        return forum;
    }

    public List<Topic> getOpen() {
        if (open == null) {
            open = topics.open(forum);
        }
        return open;
    }

    public List<Topic> getArchive() {
        return archive;
    }
}
