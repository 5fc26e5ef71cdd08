package org.policyforum.web.admin.member;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.entity.Bureau;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;

@Named
@ViewScoped
public class BureausAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Bureaus bureaus;

    private List<Bureau> all;
    private Long editingId;
    private String nameKo;
    private String nameEn;

    @PostConstruct
    void load() {
        all = bureaus.all();
    }

    public void startNew() {
        editingId = null;
        nameKo = null;
        nameEn = null;
    }

    public void startEdit(Bureau bureau) {
        editingId = bureau.getId();
        nameKo = bureau.getNameKo();
        nameEn = bureau.getNameEn();
    }

    public void save() {
        try {
            if (editingId == null) {
                bureaus.create(nameKo, nameEn);
            } else {
                bureaus.rename(editingId, nameKo, nameEn);
            }
            FacesMessages.info("admin.bureaus.saved");
            startNew();
            load();
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "bureau");
        }
    }

    public void toggle(Bureau bureau) {
        bureaus.setActive(bureau.getId(), !bureau.isActive());
        load();
    }

    public List<Bureau> getAll() {
        return all;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getNameKo() {
        return nameKo;
    }

    public void setNameKo(String nameKo) {
        this.nameKo = nameKo;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }
}
