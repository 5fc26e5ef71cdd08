package org.policyforum.platform.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.OrganisationSettings.ContactGuard;

/**
 * Text that everybody will read, as it may be stored: mobile numbers and e-mail addresses masked
 * ({@link ContactDetails}) when the organisation masks them; under review instead, the text stays as typed and the
 * moderation feature's screening holds the item.
 */
@Dependent
public class PublicText {

    @Inject
    Settings settings;

    /** The guarded text as it may be published; null stays null. */
    public String of(String guarded) {
        return settings.current().getContactGuard() == ContactGuard.MASK ? ContactDetails.mask(guarded) : guarded;
    }

    /**
     * {@link Text#required} for public text, masked as {@link #of} says; the limit holds for the masked text too
     * (a number typed without hyphens grows by two characters).
     */
    public String required(String field, String value, int maxLength, String keyPrefix) {
        return Text.required(field, of(Text.required(field, value, maxLength, keyPrefix)), maxLength, keyPrefix);
    }
}
