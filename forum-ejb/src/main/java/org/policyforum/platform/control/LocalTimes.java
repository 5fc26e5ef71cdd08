package org.policyforum.platform.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one way an instant is written for people: on the organisation's wall clock (its time zone, not the server's
 * and not UTC) in the reader's language ("2026. 12. 3. 오전 5:00", "Dec 3, 2026, 5:00 AM"). Pages, exports and mails
 * all write times through here, so no reader meets an ISO instant like 2026-12-02T20:00:00Z.
 */
public final class LocalTimes {

    private LocalTimes() {}

    /** Date and time to the minute; "" for no instant. */
    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(zone)
                        .format(instant);
    }

    /** The day only; "" for no instant. */
    public static String date(Instant instant, ZoneId zone, Locale locale) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .withZone(zone)
                        .format(instant);
    }

    /** A calendar day as such; "" for none. */
    public static String day(LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(date);
    }
}
