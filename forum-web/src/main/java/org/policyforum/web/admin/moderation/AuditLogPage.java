package org.policyforum.web.admin.moderation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.policyforum.moderation.boundary.AuditLog;
import org.policyforum.moderation.entity.AuditEntry;
import org.policyforum.web.platform.FacesMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

@Named
@ViewScoped
public class AuditLogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog log;

    private String action;

    private final LazyDataModel<AuditEntry> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) log.count(action);
        }

        @Override
        public List<AuditEntry> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return log.page(first, pageSize, action);
        }
    };

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
