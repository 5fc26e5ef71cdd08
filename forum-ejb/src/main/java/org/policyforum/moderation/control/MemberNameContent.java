package org.policyforum.moderation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.policyforum.member.entity.Member;
import org.policyforum.moderation.entity.ReportTarget;
import org.policyforum.platform.boundary.Settings;

/**
 * Members' display names as moderation reaches them. Moderation depends on the member feature (never the other way),
 * so the port for names lives here and works through the member's own methods ({@link Member#hideName}). A closed
 * account shows no name and cannot be reported; the excerpt is the name as readers see it (masked by the setting),
 * so that reporting never reveals more of a name than the forum shows.
 */
@Dependent
public class MemberNameContent implements ModeratedContent {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Settings settings;

    @Override
    public Set<ReportTarget> targets() {
        return EnumSet.of(ReportTarget.MEMBER_NAME);
    }

    @Override
    public Optional<Item> find(ReportTarget type, long id) {
        return item(em.find(Member.class, id));
    }

    @Override
    public Optional<Item> lock(ReportTarget type, long id) {
        return item(em.find(Member.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public boolean hide(ReportTarget type, long id, String reason) {
        Member member = em.find(Member.class, id);
        if (member == null || !member.isActive()) {
            return false;
        }
        member.hideName(reason);
        return true;
    }

    @Override
    public boolean restore(ReportTarget type, long id) {
        Member member = em.find(Member.class, id);
        if (member == null || !member.isNameHidden()) {
            return false;
        }
        member.restoreName();
        return true;
    }

    private Optional<Item> item(Member member) {
        if (member == null || !member.isActive()) {
            return Optional.empty();
        }
        boolean mask = settings.current().isMaskNames();
        String shown = Member.displayName(member.getRealName(), member.getStatus(), mask);
        return Optional.of(new Item(member.getId(), shown, null, !member.isNameHidden()));
    }
}
