package org.policyforum.idea.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.policyforum.idea.entity.AnswerObligation;
import org.policyforum.idea.entity.Idea;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.platform.control.MailPort;

/**
 * The mails of the idea space, put in the outbox in the transaction of what caused them: an answer to everyone who
 * took part in the idea (author, supporters, followers; each once), and reminders to the answering bureau's
 * officials before and after an answer is due.
 */
@Dependent
public class IdeaNews {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    MailPort mail;

    @Inject
    ForumEnvironment environment;

    public String link(long ideaId) {
        return environment.baseUrl().resolve("ideas/" + ideaId).toString();
    }

    /**
     * The answer, to the author and the supporters who want news of what became of what they took part in (the
     * member's outcome-news consent, on by default; the mail carries that list's one-click stop), and to every other
     * follower (following is asking for the news; the mail says that unfollowing stops it); each once, active and with
     * an address.
     */
    public int answered(Idea idea, String bureauName) {
        List<Member> consenting = people(
                "m.outcomeNews = TRUE AND (m.id = :author"
                        + " OR m.id IN (SELECT s.memberId FROM IdeaSupport s WHERE s.ideaId = :idea))",
                idea);
        List<Member> followers = people(
                "m.id IN (SELECT f.memberId FROM IdeaFollow f WHERE f.ideaId = :idea) AND NOT (m.outcomeNews = TRUE"
                        + " AND (m.id = :author OR m.id IN (SELECT s.memberId FROM IdeaSupport s"
                        + " WHERE s.ideaId = :idea)))",
                idea);
        String link = link(idea.getId());
        for (Member person : consenting) {
            mail.sendOutcomeNews(
                    MailPort.Kind.IDEA_ANSWERED,
                    person.getId(),
                    person.getEmail(),
                    person.getLanguage(),
                    answerValues(person, idea, bureauName, link));
        }
        for (Member person : followers) {
            mail.send(
                    MailPort.Kind.IDEA_ANSWERED_FOLLOWED,
                    person.getEmail(),
                    person.getLanguage(),
                    answerValues(person, idea, bureauName, link));
        }
        return consenting.size() + followers.size();
    }

    private List<Member> people(String condition, Idea idea) {
        return em.createQuery(
                        "SELECT m FROM ForumMember m WHERE m.status = org.policyforum.member.entity.MemberStatus.ACTIVE"
                                + " AND m.email IS NOT NULL AND " + condition,
                        Member.class)
                .setParameter("author", idea.getAuthorId())
                .setParameter("idea", idea.getId())
                .getResultList();
    }

    private static Map<String, String> answerValues(Member person, Idea idea, String bureauName, String link) {
        return Map.of("name", person.getRealName(), "title", idea.getTitle(), "bureau", bureauName, "link", link);
    }

    /** A reminder to every active official of the obligation's bureau; none while it names no bureau. */
    public int remind(AnswerObligation obligation, Idea idea, boolean overdue, ZoneId zone) {
        if (obligation.getBureau() == null) {
            return 0;
        }
        List<Member> officials = em.createQuery(
                        "SELECT m FROM ForumMember m WHERE m.bureau = :bureau AND :official MEMBER OF m.roles"
                                + " AND m.status = org.policyforum.member.entity.MemberStatus.ACTIVE"
                                + " AND m.email IS NOT NULL",
                        Member.class)
                .setParameter("bureau", obligation.getBureau())
                .setParameter("official", Role.OFFICIAL)
                .getResultList();
        String due = DAY.format(obligation.getDueAt().atZone(zone));
        String link = environment
                .baseUrl()
                .resolve("admin/idea-answer.xhtml?id=" + idea.getId())
                .toString();
        for (Member official : officials) {
            mail.send(
                    overdue ? MailPort.Kind.IDEA_ANSWER_OVERDUE : MailPort.Kind.IDEA_ANSWER_DUE,
                    official.getEmail(),
                    official.getLanguage(),
                    Map.of("name", official.getRealName(), "title", idea.getTitle(), "due", due, "link", link));
        }
        return officials.size();
    }
}
