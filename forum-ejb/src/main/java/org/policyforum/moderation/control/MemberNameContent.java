package org.policyforum.moderation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.policyforum.member.entity.Member;
import org.policyforum.moderation.entity.ReportTarget;
import org.policyforum.platform.boundary.Settings;

/**
 * Members' display names as moderation reaches them. Moderation depends on the member feature (never the other way),
 * so the port for names lives here and works through the member's own methods ({@link Member#hideName}). A closed
 * account shows no name and is never found; the excerpt is the name as readers see it (masked by the setting), so
 * that reporting never reveals more of a name than the forum shows.
 */
@Dependent
public class MemberNameContent extends EntityContent<Member> {

    @Inject
    Settings settings;

    @Override
    public Set<ReportTarget> targets() {
        return EnumSet.of(ReportTarget.MEMBER_NAME);
    }

    @Override
    protected Class<Member> entity(ReportTarget type) {
        return Member.class;
    }

    @Override
    protected boolean hideNow(Member member, String reason) {
        if (!member.isActive()) {
            return false;
        }
        member.hideName(reason);
        return true;
    }

    @Override
    protected boolean restoreNow(Member member) {
        if (!member.isNameHidden()) {
            return false;
        }
        member.restoreName();
        return true;
    }

    /** A closed account's item is never visible: there is no name to report or to hide. */
    @Override
    protected Item item(Member member) {
        boolean mask = settings.current().isMaskNames();
        String shown = Member.displayName(member.getRealName(), member.getStatus(), mask);
        return new Item(member.getId(), shown, null, member.isActive() && !member.isNameHidden());
    }
}
