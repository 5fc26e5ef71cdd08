package org.policyforum.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policyforum.award.boundary.AwardBoard;
import org.policyforum.discussion.boundary.DiscussionRecords;
import org.policyforum.outcome.boundary.Outcomes;
import org.policyforum.outcome.entity.SourceKind;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.entity.Roles;
import org.policyforum.poll.boundary.PollTotals;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.control.TopicParticipation;
import org.policyforum.topic.entity.Stance;
import org.policyforum.topic.entity.Topic;

/**
 * The monthly report of a topic, for the officials of its bureau and operators: the topic, how many took part, the
 * pro and con opinions most agreed with, the poll's totals, the experts' briefs, the award winners from the topic and
 * the outcome so far. Every reading (page or PDF) is audited. A topic of another bureau is "not found".
 */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.OPERATOR})
public class TopicReports {

    /** Opinions per stance in the report. */
    static final int TOP = 3;

    /** Latest timeline entries of the outcome in the report. */
    static final int LATEST_ENTRIES = 3;

    private static final int PARTICIPANT_PAGE = 5_000;

    public enum Format {
        HTML,
        PDF
    }

    @Inject
    TopicAdministration topics;

    @Inject
    DiscussionRecords discussion;

    @Inject
    PollTotals polls;

    @Inject
    AwardBoard awards;

    @Inject
    Outcomes outcomes;

    @Inject
    @Any
    Instance<TopicParticipation> participation;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    Audit audit;

    /** The report of the topic, read for a page or a PDF (the audit says which). */
    public TopicReport read(long topicId, Format format) {
        Topic topic = topics.find(topicId);
        DiscussionRecords.Figures said = discussion.figures(topicId);
        PollTotals.Totals poll = polls.ofTopic(topicId).orElse(null);
        int smallest = settings.current().getSmallGroupMin();
        long people = participants(topicId);
        TopicReport.Figures figures = new TopicReport.Figures(
                said.opinions(),
                said.comments(),
                said.reactions(),
                poll == null ? 0 : poll.ballots(),
                people > 0 && people < smallest ? null : people,
                smallest);
        List<TopicReport.Brief> briefs = topics.briefs(topicId).stream()
                .map(b -> new TopicReport.Brief(
                        b.getStance(), b.getExpertName(), b.getAffiliation(), b.getTitle(), b.getBody()))
                .toList();
        List<TopicReport.Winner> winners = awards.ofMonth(topic.getForum(), topic.getMonth()).stream()
                .flatMap(round -> round.winners().stream())
                .filter(w -> w.topicId() == topicId)
                .map(w -> new TopicReport.Winner(w.jury().name(), w.place(), w.name(), w.excerpt()))
                .toList();
        TopicReport.Outcome outcome = outcomes.ofSource(SourceKind.TOPIC, topicId)
                .map(o -> new TopicReport.Outcome(
                        o.outcome().getStatus().name(),
                        o.outcome().getSummary(),
                        o.outcome().getProgress(),
                        o.timeline().stream()
                                .limit(LATEST_ENTRIES)
                                .map(e -> new TopicReport.Entry(e.getDate(), e.getBody()))
                                .toList()))
                .orElse(null);
        TopicReport report = new TopicReport(
                topicId,
                topic.getTitle(),
                topic.getSummary(),
                topic.getForum(),
                topic.getMonth(),
                topic.getBureau() == null ? "" : topic.getBureau().getNameKo(),
                topic.getBureau() == null ? "" : topic.getBureau().getNameEn(),
                topic.getState(),
                topic.getOpensAt(),
                topic.getClosesAt(),
                figures,
                discussion.mostAgreed(topicId, Stance.PRO, TOP),
                discussion.mostAgreed(topicId, Stance.CON, TOP),
                poll,
                briefs,
                winners,
                outcome,
                clock.instant());
        audit.record(
                "report.topic." + format.name().toLowerCase(),
                "topic:" + topicId,
                topic.getMonth().toString());
        return report;
    }

    /** Distinct people who took part in the discussion or the poll, as each feature answers it. */
    private long participants(long topicId) {
        Set<Long> people = new HashSet<>();
        for (TopicParticipation part : participation) {
            long after = 0;
            List<Long> page;
            do {
                page = part.participants(topicId, after, PARTICIPANT_PAGE);
                people.addAll(page);
                after = page.isEmpty() ? after : page.get(page.size() - 1);
            } while (page.size() == PARTICIPANT_PAGE);
        }
        return people.size();
    }
}
