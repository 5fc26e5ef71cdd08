package org.policyforum.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The installation's switches, read from environment variables (or system properties of the same name in lower
 * case with dots, e.g. {@code forum.production}) so that an operator configures the forum without touching code.
 */
@ApplicationScoped
public class ForumEnvironment {

    /** FORUM_PRODUCTION=true turns off everything meant for local runs: the development verifier, the mail viewer. */
    public boolean isProduction() {
        return Boolean.parseBoolean(value("FORUM_PRODUCTION").orElse("false"));
    }

    /** FORUM_DEMO=true loads demo content on a fresh database. */
    public boolean isDemo() {
        return Boolean.parseBoolean(value("FORUM_DEMO").orElse("false"));
    }

    /** The public address that links in mails point to. */
    public URI baseUrl() {
        String url = value("FORUM_BASE_URL").orElse("http://localhost:8080/");
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    /** Whether the public address is HTTPS: then browsers are told to use nothing else (HSTS). */
    public boolean isHttpsBaseUrl() {
        return "https".equalsIgnoreCase(baseUrl().getScheme());
    }

    /**
     * FORUM_SECURE_COOKIES: cookies only over HTTPS. Defaults to whether FORUM_BASE_URL is https, which covers a
     * TLS-terminating proxy in front of a plain-HTTP server; {@code false} for an https address tried over plain
     * HTTP, {@code true} to insist.
     */
    public boolean isSecureCookies() {
        return value("FORUM_SECURE_COOKIES").map(Boolean::parseBoolean).orElseGet(this::isHttpsBaseUrl);
    }

    public Path dataDirectory() {
        return Path.of(value("FORUM_DATA_DIR").orElse(System.getProperty("user.home") + "/.policy-forum"));
    }

    public Optional<String> value(String name) {
        String property = System.getProperty(name.toLowerCase().replace('_', '.'));
        if (property != null && !property.isBlank()) {
            return Optional.of(property.trim());
        }
        String env = System.getenv(name);
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(env.trim());
    }
}
