package org.policyforum.moderation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.policyforum.moderation.entity.ModerationCase;
import org.policyforum.moderation.entity.ModerationCase.HeldFor;
import org.policyforum.moderation.entity.ReportTarget;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.ContactDetails;
import org.policyforum.platform.entity.OrganisationSettings;
import org.policyforum.platform.entity.OrganisationSettings.ContactGuard;

/**
 * The screening of what a member publishes, after the text guard has let it through: a text holding one of the
 * organisation's banned words, or a contact detail where the organisation reviews those, is stored but held for a
 * moderator (hidden, in the moderation queue, its author still reading it with the reason) instead of published.
 * The features call {@link #hold} in the transaction that stores the item, through the port they already implement.
 */
@Dependent
public class Screening {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Contents contents;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /** Why a text must wait for a moderator under these settings, if it must. */
    public static Optional<HeldFor> cause(OrganisationSettings settings, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (settings.getBannedWords().stream().anyMatch(w -> lower.contains(w.toLowerCase(Locale.ROOT)))) {
            return Optional.of(HeldFor.BANNED_WORD);
        }
        if (settings.getContactGuard() == ContactGuard.REVIEW && ContactDetails.appearIn(text)) {
            return Optional.of(HeldFor.CONTACT);
        }
        return Optional.empty();
    }

    /**
     * Holds the item just written or edited when its text must wait for a moderator; true if it is held. The item's
     * row is locked first, as a report locks it, so that a report and an edit of one item do not cross.
     */
    public boolean hold(ReportTarget type, long id, String text) {
        HeldFor why = cause(settings.current(), text).orElse(null);
        if (why == null) {
            return false;
        }
        em.flush();
        ModeratedContent content = contents.of(type);
        if (content.lock(type, id).isEmpty()) {
            return false;
        }
        var key = new ModerationCase.Key(type, id);
        ModerationCase held = em.find(ModerationCase.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (held == null) {
            em.persist(ModerationCase.held(type, id, why, clock.instant()));
        } else if (!held.hold(why, clock.instant())) {
            return true;
        }
        content.hide(type, id, null);
        audit.recordBySystem("moderation.held", type + ":" + id, why.name());
        return true;
    }
}
