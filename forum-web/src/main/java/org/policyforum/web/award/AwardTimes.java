package org.policyforum.web.award;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.policyforum.web.platform.Times;

/** A round's times, as every page writes times ({@link Times}). */
@Named
@RequestScoped
public class AwardTimes {

    @Inject
    Times times;

    public String format(Instant instant) {
        return times.format(instant);
    }
}
