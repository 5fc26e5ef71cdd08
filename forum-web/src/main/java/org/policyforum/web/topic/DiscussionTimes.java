package org.policyforum.web.topic;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.web.platform.LocaleSelection;

/**
 * When an opinion or comment was written: in the organisation's time zone (never the server's, so a cached reader's
 * page and a member's page say the same), in the reader's language, and machine-readable for {@code <time datetime>}.
 */
@Named
@RequestScoped
public class DiscussionTimes {

    @Inject
    Settings settings;

    @Inject
    LocaleSelection locale;

    private ZoneId zone;

    public String format(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale.getLocale())
                        .withZone(getZone())
                        .format(instant);
    }

    /** ISO 8601 with the zone's offset, e.g. {@code 2026-12-02T19:30:00+09:00}. */
    public String iso(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME
                        .withZone(getZone())
                        .format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The organisation's zone the times are written in (also a key of {@code SharedRow}'s copies). */
    public ZoneId getZone() {
        if (zone == null) {
            zone = settings.current().zone();
        }
        return zone;
    }
}
