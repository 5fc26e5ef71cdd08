package org.policyforum.topic.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Bureau;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.control.HtmlSanitiser;
import org.policyforum.topic.entity.ExpertOpinion;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;
import org.policyforum.topic.entity.Topic;
import org.policyforum.topic.entity.TopicState;
import org.policyforum.topic.entity.TopicSuggestion;

/**
 * Officials propose topics for their own bureau; operators schedule, open, close and answer them and add the
 * experts' briefs. Every change is audited.
 */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.OPERATOR})
public class TopicAdministration {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Settings settings;

    @Inject
    Audit audit;

    /** Operators see every topic; an official those of their own bureau. Newest first. */
    public List<Topic> list(int first, int size) {
        return list(null, null, first, size);
    }

    /** Filtered by forum and state when given (null: all). */
    public List<Topic> list(Forum forum, TopicState state, int first, int size) {
        return scoped(forum, state, "SELECT t FROM Topic t", Topic.class, " ORDER BY t.opensAt DESC, t.id DESC")
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 100))
                .getResultList();
    }

    public long count() {
        return count(null, null);
    }

    public long count(Forum forum, TopicState state) {
        return scoped(forum, state, "SELECT COUNT(t) FROM Topic t", Long.class, "")
                .getSingleResult();
    }

    private <T> TypedQuery<T> scoped(Forum forum, TopicState state, String select, Class<T> type, String order) {
        Member me = caller.required();
        boolean operator = me.hasRole(Role.OPERATOR);
        // only the conditions asked for: a null parameter in "IS NULL" has no type PostgreSQL can infer
        String where = " WHERE 1 = 1" + (forum == null ? "" : " AND t.forum = :forum")
                + (state == null ? "" : " AND t.state = :state") + (operator ? "" : " AND t.bureau = :bureau");
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (forum != null) {
            query.setParameter("forum", forum);
        }
        if (state != null) {
            query.setParameter("state", state);
        }
        return operator ? query : query.setParameter("bureau", me.getBureau());
    }

    public Topic find(long id) {
        Topic topic = em.find(Topic.class, id);
        if (topic == null || !mayEdit(topic)) {
            throw RuleViolation.of("notFound");
        }
        return topic;
    }

    public List<ExpertOpinion> briefs(long topicId) {
        return em.createNamedQuery(ExpertOpinion.OF_TOPIC, ExpertOpinion.class)
                .setParameter("topic", find(topicId))
                .getResultList();
    }

    public Topic draft(@NotNull @Valid TopicForm form) {
        checkText(form);
        Instant[] times = times(form);
        Topic topic = new Topic(
                form.getForum(),
                YearMonth.from(form.getOpensAt()),
                form.getTitle(),
                form.getSummary(),
                HtmlSanitiser.sanitise(form.getBackground()),
                bureauFor(form),
                times[0],
                times[1],
                clock.instant());
        topic.cameFrom(suggestion(form));
        em.persist(topic);
        em.flush();
        audit.record("topic.draft", "topic:" + topic.getId(), topic.getTitle());
        return topic;
    }

    public Topic revise(long id, @NotNull @Valid TopicForm form) {
        Topic topic = locked(id);
        if (topic.getState() != TopicState.DRAFT && topic.getState() != TopicState.SCHEDULED) {
            throw RuleViolation.of("topic.notEditable");
        }
        checkText(form);
        Instant[] times = times(form);
        topic.revise(
                form.getTitle(),
                form.getSummary(),
                HtmlSanitiser.sanitise(form.getBackground()),
                bureauFor(form),
                times[0],
                times[1]);
        topic.cameFrom(suggestion(form));
        audit.record("topic.revise", "topic:" + id, topic.getTitle());
        return topic;
    }

    @RolesAllowed(Roles.OPERATOR)
    public Topic schedule(long id) {
        return move(id, "topic.schedule", Topic::schedule);
    }

    @RolesAllowed(Roles.OPERATOR)
    public Topic unschedule(long id) {
        return move(id, "topic.unschedule", Topic::unschedule);
    }

    @RolesAllowed(Roles.OPERATOR)
    public Topic openNow(long id) {
        return move(id, "topic.open", t -> t.open(clock.instant()));
    }

    @RolesAllowed(Roles.OPERATOR)
    public Topic close(long id) {
        return move(id, "topic.close", t -> t.close(clock.instant()));
    }

    /**
     * Marks a closed topic answered with the city's answer and the day it was given (not in the future, not before
     * the topic opened, in the organisation's time zone).
     */
    @RolesAllowed(Roles.OPERATOR)
    public Topic markAnswered(long id, String answer, LocalDate answeredOn) {
        Topic topic = find(id);
        if (topic.getState() != TopicState.CLOSED) {
            throw RuleViolation.of("topic.illegalMove", topic.getState().name());
        }
        String text = Text.required("answer", answer, Topic.ANSWER_MAX_LENGTH, "topic.answer");
        if (answeredOn == null) {
            throw new RuleViolation("answeredOn", "topic.answeredOn.required");
        }
        ZoneId zone = settings.current().zone();
        if (answeredOn.isAfter(LocalDate.now(settings.organisationClock()))) {
            throw new RuleViolation("answeredOn", "topic.answeredOn.future");
        }
        Instant opened = topic.getOpensAt();
        if (opened != null && answeredOn.isBefore(LocalDate.ofInstant(opened, zone))) {
            throw new RuleViolation("answeredOn", "topic.answeredOn.beforeOpening");
        }
        // the log says what the city answered (its start), not only that it did
        String gist = text.length() > 200 ? text.substring(0, 200) + "…" : text;
        return move(id, "topic.answered", t -> t.markAnswered(text, answeredOn), " (" + answeredOn + "): " + gist);
    }

    /** An expert's brief, written by the expert or entered by an operator on their behalf. */
    @RolesAllowed(Roles.OPERATOR)
    public ExpertOpinion addBrief(
            long topicId, Stance stance, String expertName, String affiliation, String title, String body) {
        Topic topic = find(topicId);
        if (stance == null || stance == Stance.NEUTRAL) {
            throw new RuleViolation("stance", "brief.stance.required");
        }
        String name =
                Text.name("expertName", expertName, 1, 100, "brief.expertName.required", "brief.expertName.tooLong");
        String heading = Text.required("title", title, 200, "brief.title");
        String text = Text.required("body", body, 20000, "brief.body");
        String from = Text.optional("affiliation", affiliation, 200, "brief.affiliation");
        ExpertOpinion brief = new ExpertOpinion(topic, stance, name, from, heading, text, null, clock.instant());
        em.persist(brief);
        em.flush();
        audit.record("topic.brief", "topic:" + topicId, stance + " " + name + ": " + heading);
        return brief;
    }

    private Topic move(long id, String action, Consumer<Topic> change) {
        return move(id, action, change, "");
    }

    private Topic move(long id, String action, Consumer<Topic> change, String detail) {
        Topic topic = locked(id);
        TopicState before = topic.getState();
        try {
            change.accept(topic);
        } catch (IllegalStateException e) {
            throw RuleViolation.of("topic.illegalMove", before.name());
        }
        audit.record(action, "topic:" + id, before + " -> " + topic.getState() + detail);
        return topic;
    }

    /**
     * The topic with its row locked until this transaction ends. Parallel changes of one topic (two consoles, a
     * double click) then queue up and each sees what the one before left: the second "open" is told the topic is
     * open already, instead of both changing the same version and all but one failing on it.
     */
    private Topic locked(long id) {
        Topic topic = em.find(Topic.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (topic == null || !mayEdit(topic)) {
            throw RuleViolation.of("notFound");
        }
        return topic;
    }

    private boolean mayEdit(Topic topic) {
        return topic.isRunBy(caller.required());
    }

    /** Officials always propose for their own bureau; operators choose. */
    private Bureau bureauFor(TopicForm form) {
        Member me = caller.required();
        if (!me.hasRole(Role.OPERATOR)) {
            if (me.getBureau() == null) {
                throw RuleViolation.of("topic.official.noBureau");
            }
            return me.getBureau();
        }
        if (form.getBureauId() == null) {
            throw new RuleViolation("bureau", "topic.bureau.required");
        }
        Bureau bureau = em.find(Bureau.class, form.getBureauId());
        if (bureau == null || !bureau.isActive()) {
            throw new RuleViolation("bureau", "admin.bureau.unknown");
        }
        return bureau;
    }

    /** Only a suggestion the operators selected can be named as a topic's origin. */
    private TopicSuggestion suggestion(TopicForm form) {
        if (form.getSuggestionId() == null) {
            return null;
        }
        TopicSuggestion suggestion = em.find(TopicSuggestion.class, form.getSuggestionId());
        if (suggestion == null || suggestion.getStatus() != TopicSuggestion.Status.SELECTED) {
            throw new RuleViolation("suggestion", "topic.suggestion.notSelected");
        }
        return suggestion;
    }

    /** Suggestions the operators selected, for the topic form's "came from" choice. */
    public List<TopicSuggestion> selectedSuggestions() {
        return em.createQuery(
                        "SELECT s FROM TopicSuggestion s WHERE s.status = :selected ORDER BY s.createdAt DESC",
                        TopicSuggestion.class)
                .setParameter("selected", TopicSuggestion.Status.SELECTED)
                .getResultList();
    }

    private Instant[] times(TopicForm form) {
        ZoneId zone = settings.current().zone();
        Instant opens = form.getOpensAt().atZone(zone).toInstant();
        Instant closes = form.getClosesAt().atZone(zone).toInstant();
        if (!opens.isBefore(closes)) {
            throw new RuleViolation("closesAt", "topic.closesAt.beforeOpening");
        }
        return new Instant[] {opens, closes};
    }

    /** The one text guard on the form's fields; the form then holds the text as it will be stored. */
    private static void checkText(TopicForm form) {
        form.setTitle(Text.required("title", form.getTitle(), 200, "topic.title"));
        form.setSummary(Text.required("summary", form.getSummary(), 1000, "topic.summary"));
        String background = Text.optional("background", form.getBackground(), 100_000, "topic.background");
        // the background is HTML: its text, without the tags that could split a number, is what readers see
        if (background != null && Text.holdsResidentNumber(background.replaceAll("<[^>]*>", ""))) {
            throw new RuleViolation("background", "input.residentNumber");
        }
        // sanitising escapes characters, so the stored HTML can outgrow what was typed: that must fit too
        int stored = background == null ? 0 : HtmlSanitiser.sanitise(background).length();
        if (stored > 100_000) {
            throw new RuleViolation("background", "topic.background.tooLong", 100_000, stored);
        }
        form.setBackground(background);
    }
}
