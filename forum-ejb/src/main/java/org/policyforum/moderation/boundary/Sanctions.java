package org.policyforum.moderation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.moderation.entity.Sanction;
import org.policyforum.moderation.entity.SanctionKind;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/**
 * Moderators warn, suspend (1-365 days) or block a member with a reason, and lift a sanction early with a reason;
 * every action audited. Staff accounts (officials, moderators, operators) only an operator sanctions; nobody
 * sanctions themselves. What a sanction restricts is applied by {@code Caller.writer()} at every write.
 */
@Stateless
@RolesAllowed({Roles.MODERATOR, Roles.OPERATOR})
public class Sanctions {

    public static final int FOUND = 20;
    public static final int APPEALS = 100;

    /** A member as the console finds them: the real name, as staff see it, and whether they are staff. */
    public record Found(long id, String name, boolean staff, boolean active) implements Serializable {}

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

    /** Members by id (digits) or by a part of their name; nothing for words that can find nothing. */
    public List<Found> find(String words) {
        String text = Text.searchWords(words, 100);
        if (text == null) {
            return List.of();
        }
        List<Member> members;
        if (text.matches("\\d{1,18}")) {
            Member one = em.find(Member.class, Long.valueOf(text));
            members = one == null ? List.of() : List.of(one);
        } else {
            String like = Text.containing(text.toLowerCase(Locale.ROOT));
            members = em.createQuery(
                            "SELECT m FROM ForumMember m WHERE LOWER(m.realName) LIKE :like ESCAPE '\\' ORDER BY m.id",
                            Member.class)
                    .setParameter("like", like)
                    .setMaxResults(FOUND)
                    .getResultList();
        }
        return members.stream()
                .map(m -> new Found(m.getId(), m.getRealName(), isStaff(m), m.isActive()))
                .toList();
    }

    /** A member's sanctions, newest first, in force or not. */
    public List<SanctionView> of(long memberId) {
        return SanctionView.all(em, memberId, clock.instant());
    }

    /** The sanctions with an appeal, newest appeal first. */
    public List<SanctionView> appeals() {
        Instant now = clock.instant();
        return em.createQuery(
                        "SELECT s FROM Sanction s WHERE s.appealedAt IS NOT NULL ORDER BY s.appealedAt DESC, s.id DESC",
                        Sanction.class)
                .setMaxResults(APPEALS)
                .getResultStream()
                .map(s -> SanctionView.of(s, now))
                .toList();
    }

    /**
     * Places a sanction: the kind, the days of a suspension (1-365), the reason the member reads (required, guarded
     * like all free text). Returns its id.
     */
    public long place(long memberId, SanctionKind kind, Integer days, String reason) {
        if (kind == null) {
            throw new RuleViolation("kind", "sanction.kind.required");
        }
        if (kind == SanctionKind.SUSPENSION && !Sanction.isValidDays(days)) {
            throw new RuleViolation("days", "sanction.days.range", Sanction.MIN_DAYS, Sanction.MAX_DAYS);
        }
        String why = Text.required("reason", reason, Sanction.MAX_REASON, "sanction.reason");
        Member me = caller.required();
        Member member = em.find(Member.class, memberId);
        if (member == null || !member.isActive()) {
            throw RuleViolation.of("notFound");
        }
        if (member.getId().equals(me.getId())) {
            throw RuleViolation.of("sanction.self");
        }
        if (isStaff(member) && !me.hasRole(Role.OPERATOR)) {
            throw RuleViolation.of("sanction.staff");
        }
        Instant now = clock.instant();
        Sanction sanction =
                switch (kind) {
                    case WARNING -> Sanction.warning(memberId, why, me.getId(), now);
                    case SUSPENSION -> Sanction.suspension(
                            memberId,
                            days,
                            why,
                            me.getId(),
                            now,
                            settings.current().zone());
                    case BLOCK -> Sanction.block(memberId, why, me.getId(), now);
                };
        em.persist(sanction);
        em.flush();
        audit.record(
                "sanction." + kind.name().toLowerCase(Locale.ROOT),
                "member:" + memberId,
                (kind == SanctionKind.SUSPENSION ? days + "d: " : "") + why);
        return sanction.getId();
    }

    /** Ends a sanction in force early, with a reason, audited. */
    public void lift(long sanctionId, String reason) {
        String why = Text.required("liftReason", reason, Sanction.MAX_REASON, "sanction.reason");
        Sanction sanction = em.find(Sanction.class, sanctionId, LockModeType.PESSIMISTIC_WRITE);
        if (sanction == null) {
            throw RuleViolation.of("notFound");
        }
        Member me = caller.required();
        if (sanction.getMemberId() == me.getId()) {
            throw RuleViolation.of("sanction.self");
        }
        // the staff rule of place() holds for lifting too: only an operator ends a sanction on a staff account
        Member member = em.find(Member.class, sanction.getMemberId());
        if (member != null && isStaff(member) && !me.hasRole(Role.OPERATOR)) {
            throw RuleViolation.of("sanction.staff");
        }
        Instant now = clock.instant();
        if (!sanction.isInForce(now)) {
            throw RuleViolation.of("sanction.notInForce");
        }
        sanction.lift(me.getId(), why, now);
        audit.record("sanction.lift", "sanction:" + sanctionId, why);
    }

    /** The caller's own sanctions, newest first: what they read on their account page. */
    @RolesAllowed(Roles.MEMBER)
    public List<SanctionView> mine() {
        return SanctionView.all(em, caller.required().getId(), clock.instant());
    }

    /**
     * The sanction that keeps the caller from writing now, if any (a block before any suspension; of suspensions, the
     * one that ends last): the pages show it above a form before the member types, the same rule as the refusal.
     */
    @RolesAllowed(Roles.MEMBER)
    public Optional<SanctionView> restrictingMe() {
        Instant now = clock.instant();
        List<Sanction> restricting = em.createNamedQuery(Sanction.RESTRICTING, Sanction.class)
                .setParameter("member", caller.required().getId())
                .setParameter("now", now)
                .getResultList();
        return restricting.stream()
                .filter(s -> s.getEndsAt() == null)
                .findFirst()
                .or(() ->
                        restricting.isEmpty() ? Optional.empty() : Optional.of(restricting.get(restricting.size() - 1)))
                .map(s -> SanctionView.of(s, now));
    }

    /**
     * The member's one appeal against one of their sanctions (guarded like all free text): stored by the statement
     * that finds no appeal yet, so a second one, also sent at the same moment, is refused and nothing changes.
     */
    @RolesAllowed(Roles.MEMBER)
    public void appeal(long sanctionId, String text) {
        String words = Text.required("appeal", text, Sanction.MAX_APPEAL, "sanction.appeal");
        long me = caller.required().getId();
        Sanction sanction = em.find(Sanction.class, sanctionId);
        // someone else's sanction is answered like a missing one
        if (sanction == null || sanction.getMemberId() != me) {
            throw RuleViolation.of("notFound");
        }
        Instant now = clock.instant();
        int stored = em.createNativeQuery("UPDATE sanction SET appeal = ?1, appealed_at = ?2"
                        + " WHERE id = ?3 AND member_id = ?4 AND appeal IS NULL")
                .setParameter(1, words)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, sanctionId)
                .setParameter(4, me)
                .executeUpdate();
        if (stored == 0) {
            throw RuleViolation.of("sanction.appeal.once");
        }
        em.refresh(sanction);
        audit.record("sanction.appeal", "sanction:" + sanctionId, "");
    }

    private static boolean isStaff(Member member) {
        return member.hasRole(Role.OFFICIAL) || member.hasRole(Role.MODERATOR) || member.hasRole(Role.OPERATOR);
    }
}
