package org.policyforum.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B instance that reads and writes the API's records. Without a resolver RESTEasy builds a new Jsonb for
 * every body it reads or writes, and with it Yasson's model of each record again: a ServiceLoader scan and reflection
 * per vote (see JsonProviders for what the scan alone cost). Yasson's Jsonb is thread-safe, so one for
 * the deployment (the class is loaded once per deployment).
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    /** Also what {@link ReadAnswers} writes a body with before it takes the body's ETag: the same bytes. */
    static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
