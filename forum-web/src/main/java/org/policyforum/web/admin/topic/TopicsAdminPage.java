package org.policyforum.web.admin.topic;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.entity.Bureau;
import org.policyforum.newsletter.api.CampaignPort;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.boundary.ExpertBriefs;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.boundary.TopicForm;
import org.policyforum.topic.entity.ExpertOpinion;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;
import org.policyforum.topic.entity.Topic;
import org.policyforum.web.platform.FacesMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Topics in the admin console: officials draft for their bureau; operators also schedule, open, close, add briefs. */
@Named
@ViewScoped
public class TopicsAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TopicAdministration administration;

    @Inject
    Bureaus bureaus;

    @Inject
    Settings settings;

    @Inject
    ExpertBriefs expertBriefs;

    @Inject
    CampaignPort campaigns;

    private Long editingId;
    private TopicForm form = new TopicForm();
    private Long briefTopicId;
    private String briefTopicTitle;
    private Stance briefStance;
    private String expertName;
    private String affiliation;
    private String briefTitle;
    private String briefBody;
    private Long invitedExpertId;
    private Forum filterForum;
    private org.policyforum.topic.entity.TopicState filterState;

    private final LazyDataModel<Topic> topics = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) administration.count(filterForum, filterState);
        }

        @Override
        public List<Topic> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return administration.list(filterForum, filterState, first, pageSize);
        }

        @Override
        public String getRowKey(Topic topic) {
            return String.valueOf(topic.getId());
        }

        @Override
        public Topic getRowData(String rowKey) {
            return administration.find(Long.parseLong(rowKey));
        }
    };

    public void startNew() {
        editingId = null;
        form = new TopicForm();
    }

    public void edit(Topic topic) {
        ZoneId zone = settings.current().zone();
        editingId = topic.getId();
        form = new TopicForm();
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

    public void startBrief(Topic topic) {
        briefTopicId = topic.getId();
        briefTopicTitle = topic.getTitle();
        briefStance = null;
        expertName = null;
        affiliation = null;
        briefTitle = null;
        briefBody = null;
    }

    public void addBrief() {
        try {
            administration.addBrief(briefTopicId, briefStance, expertName, affiliation, briefTitle, briefBody);
            FacesMessages.info("admin.topics.brief.saved");
            startBrief(administration.find(briefTopicId));
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "brief");
        }
    }

    /** Invites an expert member to write this side's brief themselves. */
    public void invite() {
        try {
            expertBriefs.invite(briefTopicId, invitedExpertId == null ? -1 : invitedExpertId, briefStance);
            FacesMessages.info("brief.invited");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "brief");
        }
    }

    public List<org.policyforum.member.entity.Member> getExperts() {
        return expertBriefs.experts();
    }

    public Forum getFilterForum() {
        return filterForum;
    }

    public void setFilterForum(Forum filterForum) {
        this.filterForum = filterForum;
    }

    public org.policyforum.topic.entity.TopicState getFilterState() {
        return filterState;
    }

    public void setFilterState(org.policyforum.topic.entity.TopicState filterState) {
        this.filterState = filterState;
    }

    public org.policyforum.topic.entity.TopicState[] getStates() {
        return org.policyforum.topic.entity.TopicState.values();
    }

    public Long getInvitedExpertId() {
        return invitedExpertId;
    }

    public void setInvitedExpertId(Long invitedExpertId) {
        this.invitedExpertId = invitedExpertId;
    }

    public List<ExpertOpinion> getBriefs() {
        return briefTopicId == null ? List.of() : administration.briefs(briefTopicId);
    }

    public List<Bureau> getBureaus() {
        return bureaus.active();
    }

    public List<org.policyforum.topic.entity.TopicSuggestion> getSelectedSuggestions() {
        return administration.selectedSuggestions();
    }

    public Forum[] getForums() {
        return Forum.values();
    }

    public Stance[] getBriefStances() {
        return new Stance[] {Stance.PRO, Stance.CON};
    }

    public LazyDataModel<Topic> getTopics() {
        return topics;
    }

    public Long getEditingId() {
        return editingId;
    }

    public TopicForm getForm() {
        return form;
    }

    public Long getBriefTopicId() {
        return briefTopicId;
    }

    public String getBriefTopicTitle() {
        return briefTopicTitle;
    }

    public Stance getBriefStance() {
        return briefStance;
    }

    public void setBriefStance(Stance briefStance) {
        this.briefStance = briefStance;
    }

    public String getExpertName() {
        return expertName;
    }

    public void setExpertName(String expertName) {
        this.expertName = expertName;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public void setAffiliation(String affiliation) {
        this.affiliation = affiliation;
    }

    public String getBriefTitle() {
        return briefTitle;
    }

    public void setBriefTitle(String briefTitle) {
        this.briefTitle = briefTitle;
    }

    public String getBriefBody() {
        return briefBody;
    }

    public void setBriefBody(String briefBody) {
        this.briefBody = briefBody;
    }
}
