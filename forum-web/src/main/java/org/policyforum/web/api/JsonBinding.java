package org.policyforum.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B instance that reads and writes the API's records. Without a resolver RESTEasy builds a new Jsonb for
 * every body it reads or writes, and with it Yasson's model of each record again: a ServiceLoader scan and reflection
 * per vote (see JsonProviders for what the scan alone cost). Yasson's Jsonb is thread-safe.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    // one provider instance per application (the engine makes providers once), so one Jsonb per deployment
    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
