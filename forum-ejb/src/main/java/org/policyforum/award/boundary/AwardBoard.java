package org.policyforum.award.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.Optional;
import org.policyforum.award.boundary.AwardViews.RoundView;
import org.policyforum.award.control.RoundViews;
import org.policyforum.award.entity.AwardRound;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.topic.entity.Forum;

/** The public round page: a forum's current round, or any round by id, with its nominees and winners. */
@Stateless
@PermitAll
public class AwardBoard {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    RoundViews views;

    /**
     * The forum's latest round, whatever its phase, up to this month's: a round planned for a later month is not
     * current yet.
     */
    public Optional<RoundView> current(Forum forum) {
        String thisMonth = YearMonth.now(settings.organisationClock()).toString();
        return em.createNamedQuery(AwardRound.OF_FORUM_UNTIL, AwardRound.class)
                .setParameter("forum", forum)
                .setParameter("month", thisMonth)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(views::of);
    }

    /** The forum's round of {@code month}, if there was one (a topic's month, for its bureau's report). */
    public Optional<RoundView> ofMonth(Forum forum, YearMonth month) {
        return em.createNamedQuery(AwardRound.OF_FORUM_UNTIL, AwardRound.class)
                .setParameter("forum", forum)
                .setParameter("month", month.toString())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .filter(round -> round.getMonth().equals(month))
                .map(views::of);
    }

    public Optional<RoundView> round(long roundId) {
        return Optional.ofNullable(em.find(AwardRound.class, roundId)).map(views::of);
    }
}
