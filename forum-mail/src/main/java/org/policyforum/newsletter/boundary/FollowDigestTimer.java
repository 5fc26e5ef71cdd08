package org.policyforum.newsletter.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.policyforum.newsletter.control.FollowDigestStore;
import org.policyforum.newsletter.control.FollowDigestStore.MemberDigest;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/**
 * Sends the daily follow digest (default 08:00 in the organisation's time zone): each member who follows topics
 * that got new opinions from others, or ideas with news (moves, answers, comments of others), since the member's
 * previous digest gets one mail listing them. The timer is
 * persistent and looks every minute; once a day's run has gone through, the rest of the day's ticks only read one
 * row. Exactly once per member and day is the database's rule (table {@code follow_digest}), not this bean's, so a
 * second fire, a restart half way or a second server sends nobody a second digest.
 */
@Singleton
// a run takes minutes on a big forum: the minute ticks must not queue up behind it on a container lock
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// each member's digest commits alone (FollowDigestStore); the run itself holds no transaction
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@DependsOn("forum-ejb.jar#SchemaMigrations")
public class FollowDigestTimer {

    private static final Logger LOG = Logger.getLogger(FollowDigestTimer.class.getName());
    /** Followers read per page: bounded memory whatever the number of members. */
    static final int PAGE = 200;

    @Inject
    FollowDigestStore store;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    ForumEnvironment environment;

    @Inject
    Settings settings;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", persistent = true, info = "follow digest")
    @PermitAll
    public void tick() {
        // test and staging servers are full of made-up followers; the setting defaults to the campaign timer's
        if (!environment.isDigestTimerOn()) {
            return;
        }
        fireIfDue();
    }

    /**
     * Sends the digest of the clock's day (in the organisation's time zone) if its time has come and that day's run
     * has not gone through yet. Returns the number of digests put in the outbox, or empty when it was not due,
     * already done, or another run is under way on this server. What the timer does every minute; operators may ask
     * for it at once (tests move the clock).
     */
    @RolesAllowed(Roles.OPERATOR)
    public Optional<Long> fireIfDue() {
        Instant now = clock.instant();
        FollowDigestStore.Schedule schedule = store.schedule();
        ZoneId zone = settings.current().zone();
        LocalDate day = LocalDate.ofInstant(now, zone);
        if (!schedule.enabled()
                || now.isBefore(day.atTime(schedule.hour(), schedule.minute())
                        .atZone(zone)
                        .toInstant())
                || store.finished(day)
                || !running.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            long started = System.nanoTime();
            store.begin(day, now);
            long mails = run(day, now);
            store.finish(day, mails, clock.instant());
            LOG.info(() -> "follow digest of " + day + ": " + mails + " mail(s) in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            return Optional.of(mails);
        } finally {
            running.set(false);
        }
    }

    /** The daily time, in the organisation's time zone. */
    @RolesAllowed(Roles.OPERATOR)
    public FollowDigestStore.Schedule schedule() {
        return store.schedule();
    }

    @RolesAllowed(Roles.OPERATOR)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void changeSchedule(int hour, int minute, boolean enabled) {
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            throw new RuleViolation("hour", "campaign.schedule.time");
        }
        store.changeSchedule(new FollowDigestStore.Schedule(hour, minute, enabled));
        audit.record(
                "digest.schedule",
                "follow-digest-schedule",
                String.format("%02d:%02d %s", hour, minute, enabled ? "on" : "off"));
    }

    long oneByOne(List<MemberDigest> due, LocalDate day, Instant until, URI base) {
        long mails = 0;
        for (MemberDigest digest : due) {
            try {
                if (store.deliver(digest, day, until, base)) {
                    mails++;
                }
            } catch (EJBException lost) {
                if (!store.delivered(digest.memberId(), day)) {
                    throw lost;
                }
                // the other run wrote this member's row first: the key refused ours
            }
        }
        return mails;
    }

    private long run(LocalDate day, Instant until) {
        URI base = environment.baseUrl();
        long mails = 0;
        long after = 0;
        while (true) {
            List<Long> followers = store.followers(after, PAGE);
            if (followers.isEmpty()) {
                return mails;
            }
            List<MemberDigest> due = store.due(followers, day, until);
            try {
                mails += store.deliverAll(due, day, until, base);
            } catch (EJBException raced) {
                LOG.log(Level.FINE, "another follow digest run is at work: member by member", raced);
                mails += oneByOne(due, day, until, base);
            }
            after = followers.get(followers.size() - 1);
        }
    }
}
