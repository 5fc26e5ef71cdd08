package org.policyforum.web.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.policyforum.member.boundary.MyAccount;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.web.platform.ReaderScripts;

/** Who is looking at the page, for the header and for showing or hiding links. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    MyAccount myAccount;

    private Member member;

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null && security.isCallerInRole(Role.MEMBER);
    }

    public String getName() {
        if (!isLoggedIn()) {
            return "";
        }
        if (member == null) {
            member = myAccount.meIfActive().orElse(null);
        }
        return member == null ? "" : member.getRealName();
    }

    /**
     * For pages a reader only reads (f:viewAction, or the page bean's own load): a visitor who is not logged in gets a
     * stateless view, so reading the forum opens no session and keeps no view state on the server. Only for pages
     * without a form or ajax for such visitors: a stateless view cannot be posted back. Such a page also leaves out
     * PrimeFaces' scripts when nothing it shows the visitor needs them ({@link ReaderScripts}).
     */
    public void statelessForReaders() {
        if (!isLoggedIn()) {
            Faces.getViewRoot().setTransient(true);
            ReaderScripts.dropUnusedFrom(Faces.getViewRoot());
        }
    }

    public boolean isStaff() {
        return Role.STAFF.stream().anyMatch(r -> security.isCallerInRole(r.name()));
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }

    public void logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/");
    }
}
