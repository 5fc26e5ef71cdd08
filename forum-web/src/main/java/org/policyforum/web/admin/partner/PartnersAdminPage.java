package org.policyforum.web.admin.partner;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.policyforum.partner.boundary.Partners;
import org.policyforum.partner.entity.Partner;
import org.policyforum.partner.entity.PartnerKey;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;

/**
 * The operators' partner console: register and edit partners, switch them off and on, issue and revoke keys, read
 * the usage and copy the widget's snippet. A new key is shown in this view only, once; the server keeps its hash.
 */
@Named
@ViewScoped
public class PartnersAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Partners partners;

    private List<Partner> all;
    private Long editingId;
    private String name;
    private String contact;
    private String origins;
    private Partner selected;
    private String issuedKey;

    @PostConstruct
    void load() {
        all = partners.all();
        if (selected != null) {
            selected = all.stream()
                    .filter(p -> p.getId().equals(selected.getId()))
                    .findFirst()
                    .orElse(null);
        }
    }

    public void startNew() {
        editingId = null;
        name = null;
        contact = null;
        origins = null;
    }

    public void startEdit(Partner partner) {
        editingId = partner.getId();
        name = partner.getName();
        contact = partner.getContact();
        origins = String.join("\n", partner.origins());
    }

    public void save() {
        try {
            Partner saved = editingId == null
                    ? partners.register(name, contact, origins)
                    : partners.edit(editingId, name, contact, origins);
            FacesMessages.info("admin.partners.saved");
            startNew();
            selected = saved;
            load();
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "partner");
        }
    }

    public void toggle(Partner partner) {
        if (partner.isActive()) {
            partners.deactivate(partner.getId());
        } else {
            partners.activate(partner.getId());
        }
        load();
    }

    public void select(Partner partner) {
        selected = partner;
        issuedKey = null;
    }

    public void issueKey() {
        issuedKey = partners.issueKey(selected.getId()).key();
        FacesMessages.info("admin.partners.key.issued");
    }

    public void revoke(PartnerKey key) {
        partners.revokeKey(key.getId());
        issuedKey = null;
        FacesMessages.info("admin.partners.key.revoked.done");
    }

    public List<PartnerKey> getKeys() {
        return selected == null ? List.of() : partners.keys(selected.getId());
    }

    public List<Partners.DayUsage> getUsage() {
        return selected == null ? List.of() : partners.usage(selected.getId());
    }

    /** The one line a partner pastes into its page. */
    public String getSnippet() {
        if (selected == null) {
            return "";
        }
        return "<iframe src=\"" + Faces.getRequestBaseURL() + "widget/topic?partner=" + selected.getPublicId()
                + "\" title=\"Policy Forum\" width=\"100%\" height=\"480\" loading=\"lazy\" style=\"border:0\">"
                + "</iframe>";
    }

    public List<Partner> getAll() {
        return all;
    }

    public Long getEditingId() {
        return editingId;
    }

    public Partner getSelected() {
        return selected;
    }

    public String getIssuedKey() {
        return issuedKey;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getOrigins() {
        return origins;
    }

    public void setOrigins(String origins) {
        this.origins = origins;
    }
}
