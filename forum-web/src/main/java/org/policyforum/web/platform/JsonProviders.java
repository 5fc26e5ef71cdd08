package org.policyforum.web.platform;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the web module. {@code jakarta.json.Json.createObjectBuilder()} and its siblings look the
 * provider up through the ServiceLoader on every call, which scans the deployment's jars: in the ballot benchmark's
 * profile that was about 13 % of the server's CPU per vote. Build JSON through {@link #JSON} instead.
 */
public final class JsonProviders {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonProviders() {}
}
