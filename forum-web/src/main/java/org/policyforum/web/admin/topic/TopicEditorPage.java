package org.policyforum.web.admin.topic;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.entity.Bureau;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.boundary.TopicForm;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Topic;
import org.policyforum.topic.entity.TopicSuggestion;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.FormOnce;

/**
 * The console's topic form: a new draft, or a draft or scheduled topic opened from a row of the topic list. Officials
 * draft for their bureau; operators also choose the bureau.
 */
@Named
@ViewScoped
public class TopicEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TopicAdministration administration;

    @Inject
    Bureaus bureaus;

    @Inject
    Settings settings;

    private final FormOnce once = new FormOnce();
    private Long editingId;
    private TopicForm form = new TopicForm();

    public void startNew() {
        editingId = null;
        form = new TopicForm();
        once.renew();
    }

    /** Fills the form from {@code topic}; its times are shown in the organisation's zone. */
    public void edit(Topic topic) {
        ZoneId zone = settings.current().zone();
        editingId = topic.getId();
        form = new TopicForm();
        once.renew();
        form.setForum(topic.getForum());
        form.setTitle(topic.getTitle());
        form.setSummary(topic.getSummary());
        form.setBackground(topic.getBackground());
        form.setBureauId(topic.getBureau() == null ? null : topic.getBureau().getId());
        form.setSuggestionId(
                topic.getSuggestion() == null ? null : topic.getSuggestion().getId());
        form.setOpensAt(LocalDateTime.ofInstant(topic.getOpensAt(), zone));
        form.setClosesAt(LocalDateTime.ofInstant(topic.getClosesAt(), zone));
    }

    public void save() {
        if (!once.take()) {
            // the same rendering sent again: saving it twice would make a second draft of a new topic
            FacesMessages.info("common.alreadySaved");
            return;
        }
        try {
            if (editingId == null) {
                administration.draft(form);
            } else {
                administration.revise(editingId, form);
            }
            FacesMessages.info("admin.topics.saved");
            startNew();
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "topic");
        }
    }

    public List<Bureau> getBureaus() {
        return bureaus.active();
    }

    public List<TopicSuggestion> getSelectedSuggestions() {
        return administration.selectedSuggestions();
    }

    public Forum[] getForums() {
        return Forum.values();
    }

    public Long getEditingId() {
        return editingId;
    }

    public FormOnce getOnce() {
        return once;
    }

    public TopicForm getForm() {
        return form;
    }
}
