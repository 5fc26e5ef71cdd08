package org.policyforum.web.admin.poll;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.member.entity.District;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.poll.boundary.PollAdministration;
import org.policyforum.poll.boundary.PollAdministration.BreakdownRow;
import org.policyforum.poll.boundary.PollForm;
import org.policyforum.poll.entity.Eligibility;
import org.policyforum.poll.entity.Phase;
import org.policyforum.poll.entity.Poll;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Topic;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.FormOnce;
import org.policyforum.web.platform.LocaleSelection;
import org.policyforum.web.platform.PagedList;
import org.primefaces.model.LazyDataModel;

/** The console's polls: a new poll (beside a topic or on its own), the list with paging, closing, breakdowns. */
@Named
@ViewScoped
public class PollAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Topics offered for attaching a poll: the most recent ones are the ones that take polls. */
    static final int TOPIC_CHOICES = 100;

    @Inject
    PollAdministration administration;

    @Inject
    TopicAdministration topics;

    @Inject
    SignUps signUps;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    private PollForm form;
    private final FormOnce once = new FormOnce();
    private Long selectedId;
    private String selectedQuestion;
    private List<BreakdownRow> breakdown = List.of();
    private transient Map<String, String> districtNames;

    private final LazyDataModel<Poll> polls =
            PagedList.of(() -> administration.count(), (first, size) -> administration.list(first, size));

    @PostConstruct
    void init() {
        form = newForm();
    }

    /** Open from now for a week, in the organisation's time zone (the form's times are read there). */
    private PollForm newForm() {
        PollForm form = new PollForm();
        LocalDateTime now =
                LocalDateTime.now(settings.organisationClock()).withSecond(0).withNano(0);
        form.setOpensAt(now);
        form.setClosesAt(now.plusDays(7));
        return form;
    }

    public void create() {
        if (!once.take()) {
            // the same rendering sent again (a double post without script): one poll, not two
            FacesMessages.info("common.alreadySaved");
            return;
        }
        try {
            administration.create(form);
            form = newForm();
            FacesMessages.info("admin.polls.created");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "create");
        }
    }

    public void close(long pollId) {
        try {
            administration.close(pollId);
            FacesMessages.info("admin.polls.closed");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "list");
        }
    }

    public void showBreakdown(Poll poll) {
        selectedId = poll.getId();
        selectedQuestion = poll.getQuestion();
        breakdown = administration.breakdown(poll.getId());
    }

    public Phase phase(Poll poll) {
        return poll.phase(clock.instant());
    }

    /** The group of a breakdown row as people read it: the district's name, or the age band as it is. */
    public String group(BreakdownRow row) {
        if (!"DISTRICT".equals(row.dimension())) {
            return row.group();
        }
        if (districtNames == null) {
            Locale locale = localeSelection.getLocale();
            districtNames =
                    signUps.districts().stream().collect(Collectors.toMap(District::getCode, d -> d.name(locale)));
        }
        return districtNames.getOrDefault(row.group(), row.group());
    }

    public List<Topic> getTopics() {
        return topics.list(0, TOPIC_CHOICES);
    }

    public List<Integer> getOptionIndexes() {
        return IntStream.range(0, form.getOptions().size()).boxed().toList();
    }

    public String optionLabel(int index) {
        return FacesMessages.text("poll.option", index + 1);
    }

    public List<Integer> getChoiceCounts() {
        return IntStream.rangeClosed(1, Poll.MAX_OPTIONS).boxed().toList();
    }

    public Eligibility[] getEligibilities() {
        return Eligibility.values();
    }

    public LazyDataModel<Poll> getPolls() {
        return polls;
    }

    public FormOnce getOnce() {
        return once;
    }

    public PollForm getForm() {
        return form;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public String getSelectedQuestion() {
        return selectedQuestion;
    }

    /** The smallest group the breakdown shows; smaller cells read "fewer than N" in the table and its exports. */
    public int getSmallGroupMin() {
        return settings.current().getSmallGroupMin();
    }

    public String getFewerThan() {
        return FacesMessages.text("admin.polls.fewerThan", getSmallGroupMin());
    }

    public List<BreakdownRow> getBreakdown() {
        return breakdown;
    }
}
