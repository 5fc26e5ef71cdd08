package org.policyforum.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.OrganisationSettings;

/** The city's name for the header, in the visitor's language. */
@Named("organisation")
@RequestScoped
public class OrganisationView {

    @Inject
    Settings settings;
    @Inject
    LocaleSelection locale;

    private OrganisationSettings current;

    public String getName() {
        if (current == null) {
            current = settings.current();
        }
        return current.name(locale.getLocale());
    }
}
