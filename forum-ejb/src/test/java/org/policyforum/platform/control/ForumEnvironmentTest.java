package org.policyforum.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The settings read through the same MicroProfile Config implementation the server runs, with an environment and
 * system properties of the test's choosing: the README's variable names keep working.
 */
class ForumEnvironmentTest {

    private static ForumEnvironment environment(Map<String, String> variables, Map<String, String> properties) {
        ForumEnvironment environment = new ForumEnvironment();
        environment.config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(variables, 300))
                .withSources(new PropertiesConfigSource(properties, "system properties", 400))
                .build();
        return environment;
    }

    private static ForumEnvironment variables(Map<String, String> variables) {
        return environment(variables, Map.of());
    }

    @Test
    void withNothingSetTheDefaultsApply() {
        ForumEnvironment environment = variables(Map.of());
        assertFalse(environment.isProduction());
        assertFalse(environment.isDemo());
        assertEquals(URI.create("http://localhost:8080/"), environment.baseUrl());
        assertFalse(environment.isSecureCookies());
        assertEquals(Path.of(System.getProperty("user.home"), ".policy-forum"), environment.dataDirectory());
        assertFalse(environment.hasOwnDatabaseUrl());
        assertEquals(Optional.empty(), environment.personKeySecret());
        assertEquals(Optional.empty(), environment.smtpUser());
        assertEquals("", environment.smtpPassword());
        assertEquals("no-reply@localhost", environment.mailFrom());
        assertEquals(4, environment.mailSenders());
        assertTrue(environment.isCampaignTimerOn());
        assertTrue(environment.isDigestTimerOn());
        assertEquals(Optional.empty(), environment.adminAllow());
        assertEquals("", environment.trustedProxies());
        assertEquals(Optional.empty(), environment.readerCacheSeconds());
        assertEquals(Optional.empty(), environment.rateLimit(RateLimit.OPINIONS_PER_MEMBER));
    }

    @Test
    void theReadmesEnvironmentVariablesAreRead() {
        ForumEnvironment environment = variables(Map.ofEntries(
                Map.entry("FORUM_PRODUCTION", "true"),
                Map.entry("FORUM_DEMO", "true"),
                Map.entry("FORUM_BASE_URL", "https://forum.example.go.kr"),
                Map.entry("FORUM_DATA_DIR", "/srv/forum"),
                Map.entry("FORUM_DB_URL", "jdbc:postgresql://db.internal:5432/forum"),
                Map.entry("FORUM_PERSON_KEY_SECRET", "s3cret"),
                Map.entry("FORUM_SMTP_USER", "mailer"),
                Map.entry("FORUM_SMTP_PASSWORD", "pw"),
                Map.entry("FORUM_MAIL_SENDERS", "8"),
                Map.entry("FORUM_CAMPAIGN_TIMER", "off"),
                Map.entry("FORUM_ADMIN_ALLOW", "10.1.0.0/16"),
                Map.entry("FORUM_TRUSTED_PROXIES", "10.0.0.5/32"),
                Map.entry("FORUM_READER_CACHE_SECONDS", "0"),
                Map.entry("FORUM_RATE_OPINIONS_PER_MEMBER", "30")));
        assertTrue(environment.isProduction());
        assertTrue(environment.isDemo());
        assertEquals(URI.create("https://forum.example.go.kr/"), environment.baseUrl());
        assertTrue(environment.isHttpsBaseUrl());
        assertTrue(environment.isSecureCookies(), "an https base URL means Secure cookies");
        assertEquals(Path.of("/srv/forum"), environment.dataDirectory());
        assertTrue(environment.hasOwnDatabaseUrl());
        assertEquals(Optional.of("s3cret"), environment.personKeySecret());
        assertEquals(Optional.of("mailer"), environment.smtpUser());
        assertEquals("pw", environment.smtpPassword());
        assertEquals("no-reply@forum.example.go.kr", environment.mailFrom());
        assertEquals(8, environment.mailSenders());
        assertFalse(environment.isCampaignTimerOn());
        assertFalse(environment.isDigestTimerOn(), "the digest's timer follows the campaign's unless set itself");
        assertEquals(Optional.of("10.1.0.0/16"), environment.adminAllow());
        assertEquals("10.0.0.5/32", environment.trustedProxies());
        assertEquals(Optional.of("0"), environment.readerCacheSeconds());
        assertEquals(Optional.of("30"), environment.rateLimit(RateLimit.OPINIONS_PER_MEMBER));
    }

    @Test
    void aSettingOfItsOwnBeatsTheOneItDefaultsTo() {
        ForumEnvironment environment = variables(Map.of(
                "FORUM_CAMPAIGN_TIMER", "off",
                "FORUM_DIGEST_TIMER", "on",
                "FORUM_BASE_URL", "https://forum.example.go.kr/",
                "FORUM_SECURE_COOKIES", "false",
                "FORUM_MAIL_FROM", "forum@city.go.kr"));
        assertTrue(environment.isDigestTimerOn());
        assertFalse(environment.isSecureCookies(), "an https address tried over plain HTTP");
        assertEquals("forum@city.go.kr", environment.mailFrom());
    }

    @Test
    void aSystemPropertyInLowerCaseWithDotsBeatsTheEnvironmentVariable() {
        ForumEnvironment environment = environment(
                Map.of("FORUM_PRODUCTION", "true", "FORUM_DEMO", "false", "FORUM_SMTP_USER", "from-environment"),
                Map.of("forum.production", "false", "forum.demo", "true", "forum.smtp.user", "from-property"));
        assertFalse(environment.isProduction());
        assertTrue(environment.isDemo());
        assertEquals(Optional.of("from-property"), environment.smtpUser());
    }

    @Test
    void valuesAreTrimmedAndABlankValueCountsAsUnset() {
        ForumEnvironment environment = variables(Map.of(
                "FORUM_PRODUCTION", " TRUE ",
                "FORUM_BASE_URL", "  https://forum.example.go.kr  ",
                "FORUM_SMTP_USER", "   ",
                "FORUM_DATA_DIR", ""));
        assertTrue(environment.isProduction());
        assertEquals(URI.create("https://forum.example.go.kr/"), environment.baseUrl());
        assertEquals(Optional.empty(), environment.smtpUser());
        assertEquals(Path.of(System.getProperty("user.home"), ".policy-forum"), environment.dataDirectory());
    }
}
