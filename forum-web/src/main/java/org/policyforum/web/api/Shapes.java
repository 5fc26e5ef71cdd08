package org.policyforum.web.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.policyforum.member.entity.Bureau;

/** What several {@code /api/v1} bodies share: a name in both languages, times in the organisation's zone. */
// public, and so its records, for JSON-B's reflection
public final class Shapes {

    private Shapes() {}

    @Schema(name = "Name", description = "A name as the pages show it: Korean and English.")
    public record Name(String ko, String en) {

        static Name of(Bureau bureau) {
            return bureau == null ? null : new Name(bureau.getNameKo(), bureau.getNameEn());
        }
    }

    /** A time as the organisation's clock reads it (its zone's offset), as the pages show times. */
    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
