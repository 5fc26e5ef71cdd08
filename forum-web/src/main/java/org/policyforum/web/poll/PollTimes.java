package org.policyforum.web.poll;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.policyforum.platform.boundary.Settings;

/** Poll times as the city reads them: in the organisation's time zone, minutes precision. */
@Named
@RequestScoped
public class PollTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Settings settings;

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.withZone(settings.current().zone()).format(instant);
    }
}
