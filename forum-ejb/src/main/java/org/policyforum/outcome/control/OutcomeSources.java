package org.policyforum.outcome.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.policyforum.outcome.entity.SourceKind;
import org.policyforum.platform.entity.RuleViolation;

/** Every {@link OutcomeSource} deployed, by kind. */
@Dependent
public class OutcomeSources {

    @Inject
    Instance<OutcomeSource> sources;

    /** The source SPI of {@code kind}; a kind without one (the idea space not deployed) is refused. */
    public OutcomeSource of(SourceKind kind) {
        if (kind != null) {
            for (OutcomeSource source : sources) {
                if (source.kind() == kind) {
                    return source;
                }
            }
        }
        throw new RuleViolation("source", "outcome.source.unknown");
    }

    public List<OutcomeSource> all() {
        List<OutcomeSource> all = new ArrayList<>();
        sources.forEach(all::add);
        return all;
    }
}
