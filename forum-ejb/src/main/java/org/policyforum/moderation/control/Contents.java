package org.policyforum.moderation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
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

    /** Items looked up at once per kind; {@link #find} answers from them. */
    public record Found(Map<ReportTarget, Map<Long, ModeratedContent.Item>> byKind) {

        public Optional<ModeratedContent.Item> find(ReportTarget type, long id) {
            return Optional.ofNullable(byKind.getOrDefault(type, Map.of()).get(id));
        }
    }

    /** The items of these targets that exist, in one lookup per kind instead of one per item. */
    public <T> Found findAll(Collection<T> targets, Function<T, ReportTarget> type, ToLongFunction<T> id) {
        Map<ReportTarget, Set<Long>> ids = targets.stream()
                .collect(Collectors.groupingBy(
                        type,
                        () -> new EnumMap<>(ReportTarget.class),
                        Collectors.mapping(id::applyAsLong, Collectors.toSet())));
        Map<ReportTarget, Map<Long, ModeratedContent.Item>> found = new EnumMap<>(ReportTarget.class);
        ids.forEach((kind, ofKind) -> found.put(kind, of(kind).findAll(kind, ofKind)));
        return new Found(found);
    }
}
