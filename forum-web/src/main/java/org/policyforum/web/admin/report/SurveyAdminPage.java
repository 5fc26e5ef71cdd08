package org.policyforum.web.admin.report;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.policyforum.newsletter.api.CampaignPort.CampaignView;
import org.policyforum.newsletter.api.SurveyAnnouncementPort;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.report.boundary.SurveyAdministration;
import org.policyforum.report.boundary.SurveyAdministration.SurveySummary;
import org.policyforum.report.boundary.SurveyForm;
import org.policyforum.report.entity.QuestionKind;
import org.policyforum.report.entity.SurveyAudience;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Topic;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.FormOnce;

/** The console's surveys: the list, and the editor for a new survey or one chosen from the list. Operators only. */
@Named
@ViewScoped
public class SurveyAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int BLANK_ROWS = 3;
    /** Topics offered for a participants' survey: the most recent ones. */
    private static final int TOPIC_CHOICES = 100;

    @Inject
    SurveyAdministration administration;

    @Inject
    TopicAdministration topics;

    @Inject
    Settings settings;

    @Inject
    SurveyAnnouncementPort announcements;

    /** The surveys on the list that have an announcement, read with the list once per request that renders it. */
    private transient Set<Long> announced;

    private SurveyForm form;
    private Long editingId;
    private boolean locked;
    private final FormOnce once = new FormOnce();
    private transient List<SurveySummary> surveys;

    @PostConstruct
    void init() {
        startNew();
    }

    /** A new survey, open from now for two weeks in the organisation's zone, with blank question rows. */
    public void startNew() {
        form = new SurveyForm();
        LocalDateTime now =
                LocalDateTime.now(settings.organisationClock()).withSecond(0).withNano(0);
        form.setOpensAt(now);
        form.setClosesAt(now.plusDays(14));
        editingId = null;
        locked = false;
        addRows(BLANK_ROWS);
    }

    public void edit(long surveyId) {
        try {
            form = administration.form(surveyId);
            editingId = surveyId;
            locked = administration.answered(surveyId);
            if (!locked) {
                addRows(1);
            }
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "list");
        }
    }

    public void addQuestion() {
        addRows(1);
    }

    public void save() {
        if (!once.take()) {
            FacesMessages.info("common.alreadySaved");
            return;
        }
        try {
            if (editingId == null) {
                editingId = administration.create(form);
            } else {
                administration.revise(editingId, form);
            }
            surveys = null;
            FacesMessages.info("admin.surveys.saved");
            edit(editingId);
        } catch (RuleViolation violation) {
            // a question's refusal names its row ("question2"); the message says which, beside the questions
            String field = violation.field();
            if (field != null && field.startsWith("question")) {
                FacesMessages.error("editor:questions", violation.messageKey(), violation.arguments());
            } else {
                FacesMessages.show(violation, "editor");
            }
        }
    }

    /** Mails an open survey's announcement (once per survey; the mail module's unique key decides). */
    public void announce(long surveyId) {
        try {
            CampaignView campaign = announcements.announce(surveyId);
            announced = null;
            FacesMessages.info("admin.surveys.announceDone", campaign.audience());
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, null);
        }
    }

    public boolean isAnnounced(long surveyId) {
        if (announced == null) {
            announced = announcements.announced(
                    getSurveys().stream().map(SurveySummary::id).collect(Collectors.toSet()));
        }
        return announced.contains(surveyId);
    }

    private void addRows(int count) {
        for (int i = 0; i < count; i++) {
            form.getQuestions().add(new SurveyForm.QuestionForm());
        }
    }

    public List<SurveySummary> getSurveys() {
        if (surveys == null) {
            surveys = administration.list();
        }
        return surveys;
    }

    public List<Topic> getTopics() {
        return topics.list(0, TOPIC_CHOICES);
    }

    public SurveyAudience[] getAudiences() {
        return SurveyAudience.values();
    }

    public QuestionKind[] getKinds() {
        return QuestionKind.values();
    }

    public SurveyForm getForm() {
        return form;
    }

    public Long getEditingId() {
        return editingId;
    }

    public boolean isLocked() {
        return locked;
    }

    public FormOnce getOnce() {
        return once;
    }
}
