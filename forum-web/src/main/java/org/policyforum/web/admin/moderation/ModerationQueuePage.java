package org.policyforum.web.admin.moderation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policyforum.moderation.boundary.ModerationQueue;
import org.policyforum.moderation.boundary.ModerationQueue.Decision;
import org.policyforum.moderation.boundary.ModerationQueue.Entry;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;

/** The moderators' queue: reported items awaiting a decision, each decided with a reason. */
@Named
@ViewScoped
public class ModerationQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ModerationQueue queue;

    private final Map<String, String> reasons = new HashMap<>();

    private transient List<Entry> entries;

    public List<Entry> getEntries() {
        if (entries == null) {
            entries = queue.awaiting();
        }
        return entries;
    }

    public static String key(Entry entry) {
        return entry.type() + "-" + entry.id();
    }

    public void decide(Entry entry, Decision decision) {
        try {
            queue.decide(entry.type(), entry.id(), decision, reasons.get(key(entry)));
            reasons.remove(key(entry));
            entries = null;
            FacesMessages.info("admin.moderation.done." + decision);
        } catch (RuleViolation violation) {
            if (!FacesMessages.showBesidePressed(violation, "reason")) {
                FacesMessages.show(violation, null);
            }
        }
    }

    public Map<String, String> getReasons() {
        return reasons;
    }
}
