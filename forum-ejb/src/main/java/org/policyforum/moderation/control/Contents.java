package org.policyforum.moderation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.policyforum.moderation.entity.ReportTarget;
import org.policyforum.platform.entity.RuleViolation;

/** Every {@link ModeratedContent} port deployed, by the kind of item. */
@Dependent
public class Contents {

    @Inject
    Instance<ModeratedContent> ports;

    /** The port of {@code type}; a kind no deployed feature owns is answered like a missing item. */
    public ModeratedContent of(ReportTarget type) {
        if (type != null) {
            for (ModeratedContent port : ports) {
                if (port.targets().contains(type)) {
                    return port;
                }
            }
        }
        throw RuleViolation.of("notFound");
    }
}
