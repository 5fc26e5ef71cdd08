package org.policyforum.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The page a login link should come back to: this page's own address, as a path of this site (the login page checks
 * it again, see {@code LoginPage.samePath}, so a forged one sends nobody elsewhere). Only for pages read by GET: a
 * post-back's address is not one to come back to, and the login and sign-up pages are not either.
 */
@Named
@RequestScoped
public class ReturnAddress {

    private static final Set<String> NOT_TO_RETURN_TO = Set.of(
            "/login.xhtml",
            "/signup.xhtml",
            "/setup.xhtml",
            "/password-forgot.xhtml",
            "/password-reset.xhtml",
            "/confirm.xhtml");
    private static final int LONGEST = 500;

    private String here;

    public String getHere() {
        if (here == null) {
            HttpServletRequest request = (HttpServletRequest)
                    FacesContext.getCurrentInstance().getExternalContext().getRequest();
            here = "";
            String path = request.getServletPath();
            if ("GET".equals(request.getMethod()) && path != null && !NOT_TO_RETURN_TO.contains(path)) {
                String query = request.getQueryString();
                String address = CleanAddresses.clean(
                        request.getContextPath() + path + (query == null ? "" : "?" + query), request.getContextPath());
                here = address.length() > LONGEST ? "" : address;
            }
        }
        return here.isEmpty() ? null : here;
    }
}
