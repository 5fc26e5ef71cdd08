package org.policyforum.topic.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.OrganisationSettings;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.entity.YouthApplication;

/** Members in the youth age range apply to the youth panel; operators approve them. */
@Stateless
public class YouthPanel {

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

    @RolesAllowed(Roles.CITIZEN)
    public YouthApplication apply(String motivation) {
        Member me = caller.required();
        if (me.hasRole(Role.YOUTH_PANELIST)) {
            throw RuleViolation.of("youth.alreadyPanelist");
        }
        if (!isInRange(me)) {
            OrganisationSettings s = settings.current();
            throw RuleViolation.of("youth.outOfRange", s.getYouthMinAge(), s.getYouthMaxAge());
        }
        String why = Text.required("motivation", motivation, 2000, "youth.motivation");
        Optional<YouthApplication> earlier = mine();
        if (earlier.isPresent()) {
            try {
                earlier.get().reapply(why, clock.instant());
            } catch (IllegalStateException e) {
                throw RuleViolation.of("youth.alreadyApplied");
            }
            return earlier.get();
        }
        YouthApplication application = new YouthApplication(me, why, clock.instant());
        em.persist(application);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw RuleViolation.of("youth.alreadyApplied");
        }
        return application;
    }

    @RolesAllowed(Roles.MEMBER)
    public Optional<YouthApplication> mine() {
        return em.createQuery("SELECT a FROM YouthApplication a WHERE a.member = :me", YouthApplication.class)
                .setParameter("me", caller.required())
                .getResultStream()
                .findFirst();
    }

    /** Whether the caller is in the Youth Forum's age range (by birth year). */
    @RolesAllowed(Roles.MEMBER)
    public boolean isCallerInRange() {
        return isInRange(caller.required());
    }

    @RolesAllowed(Roles.OPERATOR)
    public List<YouthApplication> pending() {
        return em.createQuery(
                        "SELECT a FROM YouthApplication a JOIN FETCH a.member WHERE a.status = :pending ORDER BY "
                                + "a.createdAt",
                        YouthApplication.class)
                .setParameter("pending", YouthApplication.Status.PENDING)
                .getResultList();
    }

    @RolesAllowed(Roles.OPERATOR)
    public void approve(long applicationId) {
        YouthApplication application = find(applicationId);
        try {
            application.approve(clock.instant());
        } catch (IllegalStateException e) {
            throw RuleViolation.of("youth.alreadyDecided");
        }
        application.getMember().grant(Role.YOUTH_PANELIST);
        audit.record("youth.approve", "member:" + application.getMember().getId(), "");
    }

    @RolesAllowed(Roles.OPERATOR)
    public void decline(long applicationId, String reason) {
        String why = Text.required("reason", reason, 1000, "decision.reason");
        YouthApplication application = find(applicationId);
        try {
            application.decline(why, clock.instant());
        } catch (IllegalStateException e) {
            throw RuleViolation.of("youth.alreadyDecided");
        }
        audit.record("youth.decline", "member:" + application.getMember().getId(), why);
    }

    @RolesAllowed(Roles.OPERATOR)
    public void changeSettings(int minAge, int maxAge, boolean openToAgeRange) {
        try {
            settings.current().changeYouthForum(minAge, maxAge, openToAgeRange);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("maxAge", "youth.range.invalid");
        }
        audit.record("youth.settings", "organisation", minAge + "-" + maxAge + ", openToAgeRange=" + openToAgeRange);
    }

    private YouthApplication find(long id) {
        YouthApplication application = em.find(YouthApplication.class, id);
        if (application == null) {
            throw RuleViolation.of("notFound");
        }
        return application;
    }

    private boolean isInRange(Member member) {
        return settings.current()
                .isInYouthRange(
                        member.getBirthYear(),
                        Year.now(settings.organisationClock()).getValue());
    }
}
