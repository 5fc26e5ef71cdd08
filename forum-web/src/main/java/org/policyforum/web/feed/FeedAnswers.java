package org.policyforum.web.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.web.platform.FacesMessages;

/**
 * What every feed of the forum shares: the answer (ETag and Last-Modified, a 304 to a reader that sends either back,
 * five minutes' cache), absolute addresses, permanent entry ids and the reader's words.
 */
@ApplicationScoped
public class FeedAnswers {

    private static final String BUNDLE = "org.policyforum.web.messages";
    /** A feed with no entry yet still needs a date: the forum's epoch is as good as any and never moves. */
    private static final Instant NO_ENTRY = Instant.parse("2026-01-01T00:00:00Z");

    @Inject
    Settings settings;

    @Inject
    ForumEnvironment environment;

    Response answer(
            Request conditions,
            FeedWriter.Format format,
            String title,
            String description,
            String selfPath,
            URI page,
            Locale locale,
            List<FeedEntry> entries) {
        // HTTP dates have whole seconds: compared at that precision, or a reader's If-Modified-Since never matches
        Instant updated = entries.stream()
                .map(FeedEntry::published)
                .max(Comparator.naturalOrder())
                .orElse(NO_ENTRY)
                .truncatedTo(ChronoUnit.SECONDS);
        String body = FeedWriter.write(
                format,
                title,
                organisation(locale),
                description,
                page("api/feeds/" + selfPath),
                page,
                locale.getLanguage(),
                updated,
                entries);
        EntityTag etag = new EntityTag(digest(body));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        Response.ResponseBuilder unchanged = conditions.evaluatePreconditions(Date.from(updated), etag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).tag(etag).build();
        }
        return Response.ok(body, format.mediaType)
                .tag(etag)
                .lastModified(Date.from(updated))
                .cacheControl(cache)
                .header("Vary", "Cookie, Accept-Language")
                .build();
    }

    /** Absolute: a feed reader resolves nothing against the forum's address. */
    URI page(String path) {
        return environment.baseUrl().resolve(path);
    }

    /** A permanent id (RFC 4151 tag URI) that survives a change of the forum's address. */
    String tag(String kind, long id) {
        return "tag:" + environment.baseUrl().getHost() + ",2026:" + kind + "/" + id;
    }

    String organisation(Locale locale) {
        return settings.current().name(locale);
    }

    static String text(Locale locale, String key, Object... arguments) {
        return FacesMessages.format(
                ResourceBundle.getBundle(BUNDLE, locale, FeedAnswers.class.getClassLoader()), locale, key, arguments);
    }

    private static String digest(String body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
