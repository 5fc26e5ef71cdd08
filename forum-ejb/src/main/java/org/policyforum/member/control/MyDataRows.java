package org.policyforum.member.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Builds the rows of a {@link MyDataPart}: null-safe values, times as ISO-8601 instants (UTC, as in the profile part of
 * the file), enums by name, collections as arrays.
 */
public final class MyDataRows {

    private final JsonObjectBuilder row = Json.createObjectBuilder();

    private MyDataRows() {}

    public static MyDataRows row() {
        return new MyDataRows();
    }

    /** An array of one row per element. */
    public static <T> JsonArray array(List<T> items, Function<T, MyDataRows> toRow) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(item -> array.add(toRow.apply(item).build()));
        return array.build();
    }

    public MyDataRows put(String name, Object value) {
        if (value == null) {
            row.addNull(name);
        } else if (value instanceof JsonValue json) {
            // before the collections: a JSON array is a List too, and would become an array of its texts
            row.add(name, json);
        } else if (value instanceof Boolean b) {
            row.add(name, b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            row.add(name, ((Number) value).longValue());
        } else if (value instanceof Number n) {
            row.add(name, new BigDecimal(n.toString()));
        } else if (value instanceof Instant || value instanceof Timestamp || value instanceof LocalDateTime) {
            row.add(name, time(value).toString());
        } else if (value instanceof Enum<?> e) {
            row.add(name, e.name());
        } else if (value instanceof Collection<?> c) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            c.forEach(v -> {
                if (v instanceof Number n) {
                    array.add(n.longValue());
                } else {
                    array.add(String.valueOf(v));
                }
            });
            row.add(name, array);
        } else {
            row.add(name, value.toString());
        }
        return this;
    }

    /** The rows of a JPQL query whose one parameter, {@code :member}, is the member whose data it is. */
    public static List<Object[]> select(EntityManager em, String jpql, long memberId) {
        return em.createQuery(jpql, Object[].class)
                .setParameter("member", memberId)
                .getResultList();
    }

    public JsonObject build() {
        return row.build();
    }

    /**
     * A time as a native query or JPQL answers it: an Instant, a SQL timestamp or (some H2 versions) a LocalDateTime.
     */
    public static Instant time(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        throw new IllegalArgumentException("not a time: " + value);
    }
}
