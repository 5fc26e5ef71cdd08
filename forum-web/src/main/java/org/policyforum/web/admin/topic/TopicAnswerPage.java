package org.policyforum.web.admin.topic;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Topic;
import org.policyforum.web.platform.FacesMessages;

/**
 * The console's answer form: marking a closed topic answered publishes the city's answer with its date, so the
 * public page never says "answered" with nothing to read. Opened from a row of the topic list.
 */
@Named
@ViewScoped
public class TopicAnswerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TopicAdministration administration;

    @Inject
    Settings settings;

    private Long topicId;
    private String topicTitle;
    private String answer;
    private LocalDate answeredOn;

    /** Opens the form for {@code topic}; the date starts at today in the organisation's zone. */
    public void start(Topic topic) {
        topicId = topic.getId();
        topicTitle = topic.getTitle();
        answer = null;
        answeredOn = LocalDate.now(settings.organisationClock());
    }

    public void publish() {
        try {
            administration.markAnswered(topicId == null ? -1 : topicId, answer, answeredOn);
            FacesMessages.info("admin.topics.answer.saved");
            cancel();
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "answerForm");
        }
    }

    public void cancel() {
        topicId = null;
        topicTitle = null;
        answer = null;
        answeredOn = null;
    }

    public String getConfirmation() {
        return FacesMessages.text("admin.topics.confirm.answered", topicTitle);
    }

    public Long getTopicId() {
        return topicId;
    }

    public String getTopicTitle() {
        return topicTitle;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public void setAnsweredOn(LocalDate answeredOn) {
        this.answeredOn = answeredOn;
    }

    public int getMaxLength() {
        return Topic.ANSWER_MAX_LENGTH;
    }
}
