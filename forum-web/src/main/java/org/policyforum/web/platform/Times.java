package org.policyforum.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.LocalTimes;

/**
 * Every time a page shows ({@code #{times.format(x)}}, {@code #{times.date(x)}}): the organisation's wall clock in the
 * reader's language, through {@link LocalTimes}. The zone is read once per request.
 */
@Named("times")
@RequestScoped
public class Times {

    @Inject
    Settings settings;

    @Inject
    LocaleSelection locale;

    private ZoneId zone;

    public String format(Instant instant) {
        return LocalTimes.dateTime(instant, zone(), locale.getLocale());
    }

    public String date(Instant instant) {
        return LocalTimes.date(instant, zone(), locale.getLocale());
    }

    /** A calendar day (no time, no zone), in the reader's language. */
    public String day(LocalDate date) {
        return LocalTimes.day(date, locale.getLocale());
    }

    private ZoneId zone() {
        if (zone == null) {
            zone = settings.current().zone();
        }
        return zone;
    }
}
