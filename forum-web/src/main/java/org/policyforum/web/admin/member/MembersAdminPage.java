package org.policyforum.web.admin.member;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.MemberAdministration;
import org.policyforum.member.entity.Bureau;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.PagedList;
import org.primefaces.model.LazyDataModel;

/** Operators search members and set their roles and bureau. */
@Named
@ViewScoped
public class MembersAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberAdministration administration;

    @Inject
    Bureaus bureaus;

    private String query;
    private Member selected;
    private List<Role> roles = new ArrayList<>();
    private Long bureauId;

    private final LazyDataModel<Member> members =
            PagedList.of(() -> administration.count(query), (first, size) -> administration.search(query, first, size));

    public void edit(Member member) {
        selected = administration.find(member.getId());
        roles = new ArrayList<>(selected.getRoles());
        bureauId = selected.getBureau() == null ? null : selected.getBureau().getId();
    }

    public void save() {
        try {
            selected = administration.assignRoles(
                    selected.getId(), roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
            if (selected.hasRole(Role.OFFICIAL) || bureauId == null) {
                selected = administration.assignBureau(
                        selected.getId(), selected.hasRole(Role.OFFICIAL) ? bureauId : null);
            }
            FacesMessages.info("admin.members.saved");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "edit");
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<Bureau> getBureaus() {
        return bureaus.active();
    }

    public LazyDataModel<Member> getMembers() {
        return members;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Member getSelected() {
        return selected;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public Long getBureauId() {
        return bureauId;
    }

    public void setBureauId(Long bureauId) {
        this.bureauId = bureauId;
    }
}
