package org.policyforum.web.member.partner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The "log in with ..." buttons of the login page, and the name of the partner a link waits for. */
@Named
@RequestScoped
public class PartnerLoginButtons {

    @Inject
    PartnerProviders providers;

    /** One button: where it goes (below the context path) and the partner's name in the reader's language. */
    public record Button(String id, String path, String name) {}

    public List<Button> getButtons() {
        Locale locale = locale();
        return providers.all().stream()
                .map(p -> new Button(p.id(), "/login/partner/" + p.id(), p.name(locale)))
                .toList();
    }

    /** The partner whose login waits to be linked, by name; empty when none waits. */
    public String getLinkingName() {
        return waitingLink()
                .flatMap(link -> providers.byId(link.provider()))
                .map(p -> p.name(locale()))
                .orElse("");
    }

    /** Whether the partner whose login waits vouched for the person, who may then join instead of linking. */
    public boolean isJoinOffered() {
        return waitingLink().filter(PartnerLoginSession.ToLink::mayJoin).isPresent();
    }

    private static Optional<PartnerLoginSession.ToLink> waitingLink() {
        return PartnerLoginSession.toLink((HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    /** The partner named by a link on the account page (the provider may have been removed since). */
    public String nameOf(String id) {
        return Optional.ofNullable(id)
                .flatMap(providers::byId)
                .map(p -> p.name(locale()))
                .orElse(id);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
