package org.policyforum.platform.entity;

/**
 * What EclipseLink's shared (second-level) cache may hold, now that the forum runs as several nodes on one database
 * and no node hears of another's writes (no cache coordination: it would be a second messaging path beside JGroups,
 * and a lost message would be a stale poll for good).
 *
 * <ul>
 *   <li>Reference data that nothing in the forum ever changes after the migrations wrote it ({@code District}) and
 *       rows fixed once made ({@code PollOption}): cached without expiry.
 *   <li>Rows that operators or officials change ({@code Poll}: closed early; {@code IdeaCategory},
 *       {@code SupportTier}, {@code ReportReason}: edited in the console): cached for {@link #EDITED_MILLIS} at most,
 *       so another node's change is seen within the readers' promise of 2 s.
 *   <li>Everything else (opinions, ballots, settings, members, the mail module's campaigns, schedule and outbox):
 *       never cached, read from the database in every transaction.
 * </ul>
 */
public final class SharedCache {

    /**
     * How long an edited row may be served from the shared cache after it was read: half the readers' 2 s, so the
     * time to read it again (under load) still fits.
     */
    public static final int EDITED_MILLIS = 1000;

    private SharedCache() {}
}
