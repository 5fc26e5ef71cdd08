package org.policyforum.web.award;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.policyforum.platform.boundary.Settings;

/** Shows a round's times as the organisation's wall-clock time, the way operators entered them. */
@Named
@RequestScoped
public class AwardTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Settings settings;

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(settings.current().zone()));
    }
}
