package org.policyforum.web.poll;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.policyforum.web.platform.Times;

/** Poll times as the city reads them: as every page writes times ({@link Times}). */
@Named
@RequestScoped
public class PollTimes {

    @Inject
    Times times;

    public String format(Instant instant) {
        return times.format(instant);
    }
}
