package org.policyforum.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The installation's settings (README, *Configuration*), so that an operator configures the forum without touching
 * code. Read through MicroProfile Config: a system property ({@code -Dforum.smtp.user=…}) before the environment
 * variable of the same name in capitals with underscores ({@code FORUM_SMTP_USER}), before any other source the
 * server is given. Values are trimmed; a blank value counts as unset, so its default applies.
 */
@ApplicationScoped
public class ForumEnvironment {

    @Inject
    Config config;

    /** FORUM_PRODUCTION=true turns off everything meant for local runs: the development verifier, the mail viewer. */
    public boolean isProduction() {
        return flag("forum.production");
    }

    /** FORUM_DEMO=true loads demo content on a fresh database. */
    public boolean isDemo() {
        return flag("forum.demo");
    }

    /** The public address that links in mails point to. */
    public URI baseUrl() {
        String url = setting("forum.base.url").orElse("http://localhost:8080/");
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    /** Whether FORUM_BASE_URL is set (else {@link #baseUrl()} is the local default). */
    public boolean hasBaseUrl() {
        return setting("forum.base.url").isPresent();
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
        return setting("forum.secure.cookies").map(Boolean::parseBoolean).orElseGet(this::isHttpsBaseUrl);
    }

    /** FORUM_DATA_DIR: the H2 file and the local secrets. */
    public Path dataDirectory() {
        return Path.of(setting("forum.data.dir").orElse(System.getProperty("user.home") + "/.policy-forum"));
    }

    /** FORUM_DB_URL: set when the database is not the default H2 file in the data folder. */
    public boolean hasOwnDatabaseUrl() {
        return setting("forum.db.url").isPresent();
    }

    /** FORUM_PERSON_KEY_SECRET: the HMAC key for person keys (required in production). */
    public Optional<String> personKeySecret() {
        return setting("forum.person.key.secret");
    }

    /** FORUM_SMTP_USER: SMTP authentication, if the mail server wants it. */
    public Optional<String> smtpUser() {
        return setting("forum.smtp.user");
    }

    /** FORUM_SMTP_PASSWORD: the password that goes with {@link #smtpUser()}. */
    public String smtpPassword() {
        return setting("forum.smtp.password").orElse("");
    }

    /** FORUM_MAIL_FROM: the sender address, by default no-reply at the base URL's host. */
    public String mailFrom() {
        return setting("forum.mail.from")
                .orElseGet(() -> "no-reply@" + baseUrl().getHost());
    }

    /** FORUM_MAIL_SENDERS: parallel campaign sender workers (default 4). */
    public int mailSenders() {
        return Integer.parseInt(setting("forum.mail.senders").orElse("4"));
    }

    /** FORUM_CAMPAIGN_TIMER=off: the monthly campaign's timer does not fire by itself. */
    public boolean isCampaignTimerOn() {
        return !isOff(setting("forum.campaign.timer"));
    }

    /** FORUM_DIGEST_TIMER=off: the daily follow digest's timer does not fire by itself; defaults to the campaign's. */
    public boolean isDigestTimerOn() {
        return !isOff(setting("forum.digest.timer").or(() -> setting("forum.campaign.timer")));
    }

    /** FORUM_OUTCOME_MAIL_TIMER=off: outcome news is not mailed by itself; defaults to the digest timer's setting. */
    public boolean isOutcomeMailTimerOn() {
        return !isOff(setting("forum.outcome.mail.timer")
                .or(() -> setting("forum.digest.timer"))
                .or(() -> setting("forum.campaign.timer")));
    }

    /** FORUM_ADMIN_ALLOW: the networks (CIDR, comma-separated) that may open the admin console. */
    public Optional<String> adminAllow() {
        return setting("forum.admin.allow");
    }

    /** FORUM_TRUSTED_PROXIES: the reverse proxies whose X-Forwarded-For is believed (none by default). */
    public String trustedProxies() {
        return setting("forum.trusted.proxies").orElse("");
    }

    /** FORUM_READER_CACHE_SECONDS: how old a topic page served to readers may be. */
    public Optional<String> readerCacheSeconds() {
        return setting("forum.reader.cache.seconds");
    }

    /** FORUM_RATE_&lt;NAME&gt;: a rate limit's maximum per window. */
    public Optional<String> rateLimit(RateLimit limit) {
        return setting(limit.property());
    }

    /** FORUM_API_RATE_ANONYMOUS: API requests per minute from one client address without a key (0: no limit). */
    public int apiRateAnonymous() {
        return number("forum.api.rate.anonymous", 120);
    }

    /** FORUM_API_RATE_KEYED: API requests per minute with one partner key (0: no limit). */
    public int apiRateKeyed() {
        return number("forum.api.rate.keyed", 1200);
    }

    /**
     * FORUM_PARTNER_LOGINS: the ids of the OpenID Connect providers members may log in through (comma-separated,
     * lower-case letters and digits); none by default.
     */
    public List<String> partnerLogins() {
        return setting("forum.partner.logins").stream()
                .flatMap(ids -> Arrays.stream(ids.split(",")))
                .map(String::trim)
                .filter(id -> !id.isEmpty())
                .distinct()
                .toList();
    }

    /**
     * FORUM_PARTNER_LOGIN_&lt;ID&gt;_&lt;FIELD&gt;: one setting of partner login {@code id}, e.g. {@code issuer},
     * {@code client.id}, {@code client.secret}, {@code name.ko}, {@code name.en}.
     */
    public Optional<String> partnerLogin(String id, String field) {
        return setting("forum.partner.login." + id + "." + field);
    }

    private int number(String name, int fallback) {
        try {
            return setting(name).map(Integer::parseInt).map(n -> Math.max(0, n)).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private boolean flag(String name) {
        return setting(name).map(Boolean::parseBoolean).orElse(false);
    }

    private static boolean isOff(Optional<String> setting) {
        return setting.filter("off"::equalsIgnoreCase).isPresent();
    }

    private Optional<String> setting(String name) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(value -> !value.isEmpty());
    }
}
