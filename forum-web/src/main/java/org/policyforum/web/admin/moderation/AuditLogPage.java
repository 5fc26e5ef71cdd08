package org.policyforum.web.admin.moderation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.policyforum.moderation.boundary.AuditLog;
import org.policyforum.moderation.entity.AuditEntry;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.PagedList;
import org.primefaces.model.LazyDataModel;

@Named
@ViewScoped
public class AuditLogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog log;

    private String action;

    private final LazyDataModel<AuditEntry> entries =
            PagedList.of(() -> log.count(action), (first, size) -> log.page(first, size, action));

    /** The action in the reader's words; an action without words yet shows as recorded rather than not at all. */
    public String actionName(String action) {
        String key = "audit.action." + action;
        String text = FacesMessages.text(key);
        return text.equals(key) ? action : text;
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
