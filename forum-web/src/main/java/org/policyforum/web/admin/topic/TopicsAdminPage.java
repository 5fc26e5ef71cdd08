package org.policyforum.web.admin.topic;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.function.LongFunction;
import org.policyforum.newsletter.api.CampaignPort;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Topic;
import org.policyforum.topic.entity.TopicState;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.PagedList;
import org.primefaces.model.LazyDataModel;

/**
 * The console's topic list, filtered by forum and state, with the moves operators make on a row: schedule, open (and
 * mail), close. Editing a topic is {@link TopicEditorPage}'s, its briefs {@link BriefEditorPage}'s, its answer
 * {@link TopicAnswerPage}'s.
 */
@Named
@ViewScoped
public class TopicsAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TopicAdministration administration;

    @Inject
    Settings settings;

    @Inject
    CampaignPort campaigns;

    private Forum filterForum;
    private TopicState filterState;

    private final LazyDataModel<Topic> topics = PagedList.of(
            () -> administration.count(filterForum, filterState),
            (first, size) -> administration.list(filterForum, filterState, first, size));

    public void schedule(Topic topic) {
        move(topic, administration::schedule);
    }

    public void unschedule(Topic topic) {
        move(topic, administration::unschedule);
    }

    /**
     * What the console asks before a move that the public sees at once (open, open and mail, close, mark answered).
     * Opening a topic labelled with another month than this one (in the organisation's zone) says so first: the
     * month is the topic's label on the public pages and in the mail, so it would be announced under the wrong month.
     */
    public String confirmation(Topic topic, String move) {
        String question = FacesMessages.text("admin.topics.confirm." + move, topic.getTitle());
        YearMonth now = YearMonth.now(settings.organisationClock());
        if (move.startsWith("open") && !now.equals(topic.getMonth())) {
            return question + " " + FacesMessages.text("admin.topics.confirm.otherMonth", topic.getMonth(), now);
        }
        return question;
    }

    public void openNow(Topic topic) {
        move(topic, administration::openNow);
    }

    /**
     * Opens the topic and sends the month's topic mail at once instead of waiting for the schedule. The topic stays
     * open when the mail is refused (e.g. this month's campaign exists already): the message says which happened.
     */
    public void openAndSend(Topic topic) {
        try {
            administration.openNow(topic.getId());
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "topicsForm");
            return;
        }
        try {
            FacesMessages.info("admin.topics.openedAndSent", campaigns.sendNow().audience());
        } catch (RuleViolation violation) {
            FacesMessages.info("admin.topics.moved");
            FacesMessages.show(violation, "topicsForm");
        }
    }

    public void close(Topic topic) {
        move(topic, administration::close);
    }

    private void move(Topic topic, LongFunction<Topic> action) {
        try {
            action.apply(topic.getId());
            FacesMessages.info("admin.topics.moved");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "topicsForm");
        }
    }

    public LazyDataModel<Topic> getTopics() {
        return topics;
    }

    public Forum getFilterForum() {
        return filterForum;
    }

    public void setFilterForum(Forum filterForum) {
        this.filterForum = filterForum;
    }

    public TopicState getFilterState() {
        return filterState;
    }

    public void setFilterState(TopicState filterState) {
        this.filterState = filterState;
    }

    public Forum[] getForums() {
        return Forum.values();
    }

    public TopicState[] getStates() {
        return TopicState.values();
    }
}
