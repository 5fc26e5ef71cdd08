package org.policyforum.idea.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.policyforum.idea.control.IdeaNews;
import org.policyforum.idea.control.IdeaReadModel;
import org.policyforum.idea.entity.AnswerObligation;
import org.policyforum.idea.entity.Idea;
import org.policyforum.idea.entity.IdeaAnswer;
import org.policyforum.idea.entity.IdeaState;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Bureau;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.control.HtmlSanitiser;

/**
 * Officials answer the ideas their bureau owns or owes an answer to; operators may answer any. An answer fulfils
 * the bureau's open obligations on the idea, moves the idea as its verdict says, is public on the idea's page and
 * goes by mail to its author, supporters and followers. An official of another bureau is refused as if the idea
 * were not there to answer.
 */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.OPERATOR})
public class IdeaAnswers {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    IdeaNews news;

    @Inject
    IdeaReadModel reads;

    /** What the bureau owes, overdue first, then by due date; operators see every bureau's. */
    public List<IdeaViews.Owed> queue(boolean includeAnswered, int first, int size) {
        Member me = caller.required();
        Long bureau = me.hasRole(Role.OPERATOR) || me.getBureau() == null
                ? null
                : me.getBureau().getId();
        return reads.owed(bureau, includeAnswered, first, size);
    }

    public long queueSize(boolean includeAnswered) {
        Member me = caller.required();
        Long bureau = me.hasRole(Role.OPERATOR) || me.getBureau() == null
                ? null
                : me.getBureau().getId();
        return reads.owedCount(bureau, includeAnswered);
    }

    /** The answer as it will show, sanitised: what the editor's preview displays. */
    public String preview(String html) {
        return HtmlSanitiser.sanitise(html);
    }

    public IdeaViews.Detail idea(long ideaId) {
        Idea idea = answerable(ideaId, caller.required());
        return reads.detail(idea.getId(), caller.member(), false).orElseThrow();
    }

    public void answer(long ideaId, IdeaAnswer.Verdict verdict, String html, String reason) {
        if (verdict == null) {
            throw new RuleViolation("verdict", "idea.answer.verdict.required");
        }
        String body = HtmlSanitiser.sanitise(Text.required("body", html, IdeaAnswer.BODY_MAX, "idea.answer.body"));
        if (Text.neutralise(body.replaceAll("<[^>]*>", "")).isEmpty()) {
            throw new RuleViolation("body", "idea.answer.body.required");
        }
        String why = verdict.needsReason()
                ? Text.required("reason", reason, IdeaAnswer.REASON_MAX, "idea.answer.reason")
                : Text.optional("reason", reason, IdeaAnswer.REASON_MAX, "idea.answer.reason");
        Member me = caller.required();
        Idea idea = answerable(ideaId, me);
        Instant now = clock.instant();
        move(idea, verdict.ideaState(), why, now);
        boolean operator = me.hasRole(Role.OPERATOR);
        Bureau bureau = operator && me.getBureau() == null ? idea.getBureau() : me.getBureau();
        for (AnswerObligation owed : owed(ideaId)) {
            if (owed.isOpen() && owed.getObliges().isAnswer() && (operator || owed.isAnswerableBy(bureau.getId()))) {
                owed.fulfil(now);
            }
        }
        em.persist(new IdeaAnswer(ideaId, bureau, me.getId(), verdict, body, why, now));
        news.answered(idea, bureau == null ? "" : bureau.getNameKo());
        audit.record("idea.answer", "idea:" + ideaId, verdict + (why == null ? "" : " — " + why));
    }

    /** The owning bureau (or an operator) reports an accepted idea done. */
    public void markImplemented(long ideaId, String reason) {
        String why = Text.required("reason", reason, IdeaTriage.REASON_MAX, "idea.reason");
        Idea idea = answerable(ideaId, caller.required());
        try {
            em.persist(idea.moveTo(IdeaState.IMPLEMENTED, why, null, clock.instant()));
        } catch (IllegalStateException e) {
            throw RuleViolation.of("idea.move.notAllowed");
        }
        audit.record("idea.implemented", "idea:" + ideaId, why);
    }

    /**
     * Moves the idea where the verdict puts it: through "under review" when it was only submitted; no move when it is
     * there already; refused when the rules allow no way there (e.g. declining an accepted idea).
     */
    private void move(Idea idea, IdeaState target, String why, Instant now) {
        if (idea.getState() == target) {
            return;
        }
        if (idea.getState() == IdeaState.SUBMITTED
                && target != IdeaState.UNDER_REVIEW
                && target != IdeaState.DECLINED) {
            em.persist(idea.moveTo(IdeaState.UNDER_REVIEW, null, "idea.reason.answered", now));
        }
        if (!idea.getState().mayMoveTo(target)) {
            throw new RuleViolation("verdict", "idea.answer.stateConflict");
        }
        em.persist(idea.moveTo(target, why, why == null ? "idea.reason.answered" : null, now));
    }

    /**
     * The idea, locked, if the caller may answer it: an operator always; an official when the idea is their
     * bureau's or owes their bureau's answer. Otherwise "not found", as for an idea that is not there.
     */
    private Idea answerable(long ideaId, Member me) {
        Idea idea = em.find(Idea.class, ideaId, LockModeType.PESSIMISTIC_WRITE);
        if (idea == null || idea.getState().isClosed()) {
            throw RuleViolation.of("notFound");
        }
        if (me.hasRole(Role.OPERATOR)) {
            return idea;
        }
        Bureau mine = me.getBureau();
        boolean owns = mine != null
                && idea.getBureau() != null
                && idea.getBureau().getId().equals(mine.getId());
        boolean owes = mine != null
                && owed(ideaId).stream()
                        .anyMatch(o ->
                                o.getBureau() != null && o.getBureau().getId().equals(mine.getId()));
        if (!owns && !owes) {
            throw RuleViolation.of("notFound");
        }
        return idea;
    }

    private List<AnswerObligation> owed(long ideaId) {
        return em.createNamedQuery(AnswerObligation.OF_IDEA, AnswerObligation.class)
                .setParameter("idea", ideaId)
                .getResultList();
    }
}
