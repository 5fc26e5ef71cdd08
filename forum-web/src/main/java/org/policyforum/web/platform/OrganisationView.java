package org.policyforum.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.OrganisationSettings;

/** The city's name for the header, in the visitor's language, and who answers for personal data (privacy page). */
@Named("organisation")
@RequestScoped
public class OrganisationView {

    @Inject
    Settings settings;

    @Inject
    LocaleSelection locale;

    private OrganisationSettings current;

    public String getName() {
        return current().name(locale.getLocale());
    }

    /** The privacy officer, or null while the operator has not named one. */
    public String getPrivacyOfficer() {
        return current().getPrivacyOfficer();
    }

    public String getPrivacyContact() {
        return current().getPrivacyContact();
    }

    private OrganisationSettings current() {
        if (current == null) {
            current = settings.current();
        }
        return current;
    }
}
