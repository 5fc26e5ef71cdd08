package org.policyforum.it.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyforum.it.poll.PollScenario.CITIZEN;
import static org.policyforum.it.poll.PollScenario.OPERATOR;
import static org.policyforum.it.poll.PollScenario.rows;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.it.Deployments;
import org.policyforum.it.ExactlyOnce;
import org.policyforum.it.Fixtures;
import org.policyforum.it.Parallel;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.moderation.boundary.Sanctions;
import org.policyforum.moderation.entity.SanctionKind;
import org.policyforum.poll.boundary.PollAdministration;
import org.policyforum.poll.boundary.PollForm;
import org.policyforum.poll.boundary.Polls;
import org.policyforum.poll.entity.Eligibility;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;

/**
 * The ballot API of the poll pages' script ({@code POST /api/polls/{id}/ballot}), over real HTTP from inside the
 * server: members log in through the login form and take their token from the poll page, as a browser does. A ballot
 * goes through only for a logged-in member with the session's token in a same-site JSON request, under the same
 * rules as the Faces form; every refusal answers JSON with the message of the pages and stores nothing.
 */
@ExtendWith(ArquillianExtension.class)
class BallotApiIT {

    private static final String PASSWORD = "correct-horse-7";
    private static final Pattern TOKEN = Pattern.compile("data-csrf=\"([^\"]*)\"");
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(BallotApiIT.class, PollScenario.class);
    }

    @Inject
    Polls polls;

    @Inject
    PollAdministration administration;

    @Inject
    TopicAdministration topics;

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    @Inject
    Sanctions sanctions;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/datasources/ForumDS")
    DataSource ds;

    long operator;
    long alice;
    Visitor aliceWeb;

    @BeforeEach
    void people() throws Exception {
        operator = Fixtures.citizen(signUps, 1980);
        Fixtures.grant(operator, "OPERATOR");
        alice = member(1990);
        aliceWeb = loggedIn(alice);
    }

    @Test
    void aMemberVotesAndChangesThroughTheApiWithTheToken() throws Exception {
        long topic = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        long poll = create(f -> {
            f.setTopicId(topic);
            f.setBallotChangeable(true);
        });
        List<Long> options = options(poll);
        String token = aliceWeb.tokenOf(poll);
        assertTrue(token.length() >= 43, "a secret of at least 32 random bytes: " + token);
        assertEquals(token, aliceWeb.tokenOf(poll), "one token per session");
        assertEquals(
                token,
                TOKEN.matcher(aliceWeb.get("/topics/" + topic).body())
                        .results()
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("the topic's poll box offers a member the ballot"))
                        .group(1));

        HttpResponse<String> cast = aliceWeb.ballot(poll, "{\"options\":[" + options.get(1) + "]}", token, Map.of());
        assertEquals(200, cast.statusCode(), cast::body);
        JsonObject answer = json(cast);
        assertEquals("counted", answer.getString("status"));
        assertEquals(List.of(options.get(1)), longs(answer));
        assertEquals(text(Locale.KOREAN, "ballot.cast"), answer.getString("message"));
        assertTrue(cast.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(1, rows("SELECT COUNT(*) FROM ballot WHERE poll_id = ? AND member_id = " + alice, poll));
        assertEquals(
                List.of(0L, 1L, 0L),
                awaitBallots(poll, 1).options().stream()
                        .map(Polls.OptionResult::count)
                        .toList());

        // English by the language cookie, as on the pages; the one ballot row is changed, not a second one added
        aliceWeb.cookie("forum_lang", "en");
        HttpResponse<String> changed = aliceWeb.ballot(poll, "{\"options\":[" + options.get(2) + "]}", token, Map.of());
        assertEquals(200, changed.statusCode(), changed::body);
        assertEquals("changed", json(changed).getString("status"));
        assertEquals(text(Locale.ENGLISH, "ballot.changed"), json(changed).getString("message"));
        assertEquals(1, rows("SELECT COUNT(*) FROM ballot WHERE poll_id = ?", poll));
        assertEquals(
                (long) options.get(2),
                rows(
                        "SELECT c.option_id FROM ballot_choice c JOIN ballot b ON b.id = c.ballot_id WHERE "
                                + "b.poll_id = ?",
                        poll));
        assertEquals(
                Set.of(options.get(2)),
                Identities.as(alice, CITIZEN, () -> polls.view(poll))
                        .orElseThrow()
                        .myChoices());

        // an anonymous reader's topic and poll pages have no token and open no session
        for (String page : List.of("/topics/" + topic, "/polls/" + poll)) {
            HttpResponse<String> reader = new Visitor().get(page);
            assertEquals(200, reader.statusCode(), page);
            assertFalse(reader.body().contains("name=\"ballot:"), "no ballot form for anonymous readers: " + page);
            assertFalse(reader.body().contains("data-csrf"), "no token for anonymous readers: " + page);
            assertTrue(
                    reader.headers().allValues("Set-Cookie").isEmpty(),
                    () -> "no session on " + page + ": " + reader.headers().allValues("Set-Cookie"));
        }
    }

    @Test
    void aLoggedInMemberIsCountedAsThemselfNotByTheAddressTheyShare() throws Exception {
        long topic = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        long poll = create(f -> f.setTopicId(topic));
        // more than an address's minute (120 by default): counted by the address, the last ones would be 429
        for (int i = 0; i < 150; i++) {
            HttpResponse<String> answer = aliceWeb.get("/api/polls/" + poll + "/results");
            int n = i;
            assertEquals(200, answer.statusCode(), () -> "request " + n + ": " + answer.body());
        }
    }

    @Test
    void withoutScriptTheBallotFormPostsToThePageItself() throws Exception {
        long poll = create(f -> {});
        List<Long> options = options(poll);
        String path = "/polls/" + poll;

        HttpResponse<String> empty = aliceWeb.submit(path, "ballot", Map.of("ballot:vote", ""));
        assertEquals(200, empty.statusCode());
        assertTrue(empty.body().contains(text(Locale.KOREAN, "ballot.choices.required")), empty::body);
        assertEquals(0, rows("SELECT COUNT(*) FROM ballot WHERE poll_id = ?", poll));

        HttpResponse<String> cast = aliceWeb.submit(
                path, "ballot", Map.of("ballot:single", String.valueOf(options.get(0)), "ballot:vote", ""));
        assertEquals(200, cast.statusCode());
        assertTrue(cast.body().contains(text(Locale.KOREAN, "ballot.cast")), cast::body);
        assertEquals(
                (long) options.get(0),
                rows(
                        "SELECT c.option_id FROM ballot_choice c JOIN ballot b ON b.id = c.ballot_id"
                                + " WHERE b.poll_id = ? AND b.member_id = " + alice,
                        poll));
        // the poll page shows the result of the ballot it took
        assertEquals(1, awaitBallots(poll, 1).options().get(0).count());
    }

    /**
     * The message of an action belongs to its own answer. Kept in the Faces flash, "counted" came back on the next
     * request of the session and in its parallel requests: more "counted" than stored ballots, and again on reload.
     */
    @Test
    void parallelFormBallotsOfOneSessionSayCountedOnceAndNeverAgain() throws Exception {
        long poll = create(f -> {});
        String path = "/polls/" + poll;
        String option = String.valueOf(options(poll).get(1));
        String counted = text(Locale.KOREAN, "ballot.cast");
        String page = aliceWeb.get(path).body();
        List<String> outcomes = Parallel.outcomes(executor, 6, () -> {
            String body = aliceWeb.submit(page, path, "ballot", Map.of("ballot:single", option, "ballot:vote", ""))
                    .body();
            return body.contains(counted)
                    ? "counted"
                    : body.contains(text(Locale.KOREAN, "ballot.alreadyCast"))
                                    || body.contains(text(Locale.KOREAN, "ballot.duplicate"))
                            ? "refused"
                            : "other";
        });
        assertEquals(1, rows("SELECT COUNT(*) FROM ballot WHERE poll_id = ?", poll));
        assertEquals(1, outcomes.stream().filter("counted"::equals).count(), outcomes::toString);
        // a later post of the same form is refused, and says only that
        String again = aliceWeb.submit(page, path, "ballot", Map.of("ballot:single", option, "ballot:vote", ""))
                .body();
        assertTrue(again.contains(text(Locale.KOREAN, "ballot.alreadyCast")), again);
        assertFalse(again.contains(counted), () -> "\"counted\" with the refusal:\n" + again);
        // the next pages of the session say nothing of it: the ballot shows in the results, not as a new message
        for (String next : List.of(path, path, "/polls")) {
            String body = aliceWeb.get(next).body();
            assertFalse(body.contains(counted), () -> "\"counted\" again on " + next + ":\n" + body);
        }
        assertFalse(aliceWeb.get(path).body().contains("name=\"ballot:vote\""), "no vote button after the one ballot");
    }

    @Test
    void forgedForeignAndAnonymousRequestsStoreNothing() throws Exception {
        long poll = create(f -> {});
        String body = "{\"options\":[" + options(poll).get(0) + "]}";
        String token = aliceWeb.tokenOf(poll);
        Visitor bobWeb = loggedIn(member(1970));
        String bobsToken = bobWeb.tokenOf(poll);

        assertRefused(403, "api.forged", aliceWeb.ballot(poll, body, null, Map.of()));
        assertRefused(403, "api.forged", aliceWeb.ballot(poll, body, "x" + token.substring(1), Map.of()));
        assertRefused(403, "api.forged", aliceWeb.ballot(poll, body, bobsToken, Map.of()));
        assertRefused(415, "api.notJson", aliceWeb.ballot(poll, body, token, Map.of("Content-Type", "text/plain")));
        assertRefused(
                415,
                "api.notJson",
                aliceWeb.ballot(poll, "options=1", token, Map.of("Content-Type", "application/x-www-form-urlencoded")));
        assertRefused(
                403, "api.crossSite", aliceWeb.ballot(poll, body, token, Map.of("Origin", "http://elsewhere.example")));
        assertRefused(403, "api.crossSite", aliceWeb.ballot(poll, body, token, Map.of("Sec-Fetch-Site", "cross-site")));
        assertRefused(403, "api.crossSite", aliceWeb.ballot(poll, body, token, Map.of("Sec-Fetch-Site", "same-site")));
        assertRefused(400, "api.malformed", aliceWeb.ballot(poll, "{\"options\":\"all\"", token, Map.of()));
        assertRefused(400, "api.malformed", aliceWeb.ballot(poll, "{\"options\":[1.5]}", token, Map.of()));
        Visitor anonymous = new Visitor();
        assertRefused(401, "api.loginRequired", anonymous.ballot(poll, body, token, Map.of()));
        anonymous.get("/login");
        assertRefused(401, "api.loginRequired", anonymous.ballot(poll, body, token, Map.of()));
        assertEquals(0, rows("SELECT COUNT(*) FROM ballot WHERE poll_id = ?", poll));

        // the same request from our own page goes through
        HttpResponse<String> own = aliceWeb.ballot(
                poll, body, token, Map.of("Origin", aliceWeb.origin(), "Sec-Fetch-Site", "same-origin"));
        assertEquals(200, own.statusCode(), own::body);
        assertEquals(1, rows("SELECT COUNT(*) FROM ballot WHERE poll_id = ?", poll));
    }

    @Test
    void theRulesOfTheBoundaryRefuseWithTheirMessageAndStoreNothing() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        long upcoming = create(f -> f.setOpensAt(now.plusDays(1)));
        long closed = create(f -> {});
        Identities.as(operator, OPERATOR, () -> administration.close(closed));
        long youth = create(f -> f.setEligibility(Eligibility.YOUTH));
        long multiple = create(f -> f.setMaxChoices(2));
        long fixed = create(f -> {});
        String token = aliceWeb.tokenOf(fixed);

        assertRule(
                409,
                "poll.notYetOpen",
                null,
                upcoming,
                List.of(options(upcoming).get(0)),
                token);
        assertRule(409, "poll.closed", null, closed, List.of(options(closed).get(0)), token);
        assertRule(409, "poll.ineligible", null, youth, List.of(options(youth).get(0)), token);
        assertRule(
                422,
                "ballot.choices.notOfPoll",
                "choices",
                multiple,
                List.of(options(fixed).get(0)),
                token);
        assertRule(422, "ballot.choices.tooMany", "choices", multiple, options(multiple), token);
        assertRule(422, "ballot.choices.required", "choices", multiple, List.of(), token);
        assertRule(404, "notFound", null, 999_999_999L, List.of(options(fixed).get(0)), token);
        for (long poll : List.of(upcoming, closed, youth, multiple)) {
            assertEquals(0, rows("SELECT COUNT(*) FROM ballot WHERE poll_id = ?", poll));
        }
        assertEquals(
                MessageFormat.format(text(Locale.KOREAN, "ballot.choices.tooMany"), 2),
                json(aliceWeb.ballot(multiple, body(options(multiple)), token, Map.of()))
                        .getString("message"));

        // a ballot that cannot be changed: the second is refused and the first stays
        assertEquals(
                200,
                aliceWeb.ballot(fixed, body(List.of(options(fixed).get(0))), token, Map.of())
                        .statusCode());
        assertRule(
                409, "ballot.alreadyCast", null, fixed, List.of(options(fixed).get(1)), token);
        assertEquals(
                (long) options(fixed).get(0),
                rows(
                        "SELECT c.option_id FROM ballot_choice c JOIN ballot b ON b.id = c.ballot_id WHERE "
                                + "b.poll_id = ?",
                        fixed));
    }

    @Test
    void aSuspendedMembersBallotIsRefusedWith403AndTheSanctionsMessageAndStoresNothing() throws Exception {
        long poll = create(f -> {});
        String token = aliceWeb.tokenOf(poll);
        long moderator = Fixtures.citizen(signUps, 1970);
        Fixtures.grant(moderator, "MODERATOR");
        Identities.as(
                moderator, Set.of("MODERATOR"), () -> sanctions.place(alice, SanctionKind.SUSPENSION, 3, "투표 도배"));
        HttpResponse<String> answer =
                aliceWeb.ballot(poll, body(List.of(options(poll).get(0))), token, Map.of());
        assertEquals(403, answer.statusCode(), answer::body);
        JsonObject json = json(answer);
        assertEquals("refused", json.getString("status"), answer::body);
        assertEquals("sanction.restricted.until", json.getString("code"), answer::body);
        String before = text(Locale.KOREAN, "sanction.restricted.until").split("\\{0}")[0];
        assertTrue(json.getString("message").startsWith(before), answer::body);
        assertEquals(0, rows("SELECT COUNT(*) FROM ballot WHERE poll_id = ?", poll));
    }

    @Test
    @ExactlyOnce
    void twentyParallelIdenticalApiBallotsOfOneMemberCountOnce() throws Exception {
        for (boolean changeable : List.of(false, true)) {
            long poll = create(f -> f.setBallotChangeable(changeable));
            long option = options(poll).get(2);
            String token = aliceWeb.tokenOf(poll);
            List<String> outcomes = Parallel.outcomes(executor, 20, () -> {
                HttpResponse<String> answer = aliceWeb.ballot(poll, body(List.of(option)), token, Map.of());
                JsonObject json = json(answer);
                return answer.statusCode() + " "
                        + (answer.statusCode() == 200 ? json.getString("status") : json.getString("code"));
            });
            Set<String> allowed = changeable
                    ? Set.of("200 counted", "200 changed", "409 ballot.duplicate")
                    : Set.of("200 counted", "409 ballot.alreadyCast", "409 ballot.duplicate");
            assertTrue(allowed.containsAll(outcomes), outcomes::toString);
            assertEquals(1, outcomes.stream().filter("200 counted"::equals).count(), outcomes::toString);
            assertEquals(1, rows("SELECT COUNT(*) FROM ballot WHERE poll_id = ? AND member_id = " + alice, poll));
            assertEquals(
                    1,
                    rows(
                            "SELECT COUNT(*) FROM ballot_choice c JOIN ballot b ON b.id = c.ballot_id WHERE "
                                    + "b.poll_id = ?",
                            poll));
            assertEquals(1, awaitBallots(poll, 1).options().get(2).count());
        }
    }

    private void assertRule(int status, String key, String field, long poll, List<Long> choices, String token)
            throws Exception {
        HttpResponse<String> answer = aliceWeb.ballot(poll, body(choices), token, Map.of());
        assertRefused(status, key, answer);
        assertEquals(field, json(answer).isNull("field") ? null : json(answer).getString("field"), answer::body);
    }

    private static void assertRefused(int status, String key, HttpResponse<String> answer) {
        assertEquals(status, answer.statusCode(), answer::body);
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), answer::body);
        JsonObject json = json(answer);
        assertEquals("refused", json.getString("status"), answer::body);
        assertEquals(key, json.getString("code"), answer::body);
        String message = json.getString("message");
        assertTrue(
                !message.isBlank() && !message.equals(key) && !message.contains("Exception"),
                "a real message: " + message);
        if (!key.equals("ballot.choices.tooMany")) {
            assertEquals(text(Locale.KOREAN, key), message);
        }
    }

    private static String body(List<Long> choices) {
        return "{\"options\":[" + choices.stream().map(String::valueOf).collect(Collectors.joining(",")) + "]}";
    }

    private static JsonObject json(HttpResponse<String> answer) {
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }

    private static List<Long> longs(JsonObject answer) {
        return answer.getJsonArray("choices").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue)
                .toList();
    }

    /** The text the pages show for {@code key} (the test runs inside the web module, which holds the bundles). */
    private static String text(Locale locale, String key) {
        return ResourceBundle.getBundle("org.policyforum.web.messages", locale, BallotApiIT.class.getClassLoader())
                .getString(key);
    }

    /** A verified citizen with a confirmed address, who may log in with {@link #PASSWORD}. */
    private long member(int birthYear) throws Exception {
        long id = Fixtures.citizen(signUps, birthYear);
        try (Connection c = ds.getConnection();
                PreparedStatement st = c.prepareStatement("UPDATE member SET email_confirmed = TRUE WHERE id = ?")) {
            st.setLong(1, id);
            st.executeUpdate();
        }
        return id;
    }

    private Visitor loggedIn(long member) throws Exception {
        String email;
        try (Connection c = ds.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT email FROM member WHERE id = ?")) {
            st.setLong(1, member);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                email = rs.getString(1);
            }
        }
        Visitor visitor = new Visitor();
        visitor.logIn(email, PASSWORD);
        return visitor;
    }

    private long create(Consumer<PollForm> change) throws Exception {
        return PollScenario.create(administration, operator, change);
    }

    private List<Long> options(long poll) {
        return PollScenario.options(polls, poll);
    }

    private Polls.Results awaitBallots(long poll, long expected) throws InterruptedException {
        return PollScenario.awaitBallots(polls, poll, expected);
    }

    /** One browser without script: its own cookies, talking HTTP to this server. */
    static final class Visitor {
        private final int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        String origin() {
            return "http://127.0.0.1:" + port;
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(origin() + path))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        void cookie(String name, String value) {
            java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
            cookie.setPath("/");
            cookie.setVersion(0);
            cookies.getCookieStore().add(URI.create(origin()), cookie);
        }

        /** Logs in through the login form, with its hidden fields and the CSP nonce as the page's script adds it. */
        void logIn(String email, String password) throws Exception {
            HttpResponse<String> answer = submit(
                    "/login", "login", Map.of("login:email", email, "login:password", password, "login:submit", ""));
            assertTrue(
                    answer.body().contains("logoutForm:logout"),
                    () -> "login of " + email + " refused: " + answer.body());
        }

        /**
         * Posts the form {@code formId} of the page at {@code path} as a browser without script would: its hidden
         * fields (view state, the page's own), the CSP nonce as PrimeFaces' script adds it, and {@code fields}.
         */
        HttpResponse<String> submit(String path, String formId, Map<String, String> fields) throws Exception {
            return submit(get(path).body(), path, formId, fields);
        }

        /** The same with a page already loaded: several posts of one form, as from a double click or two tabs. */
        HttpResponse<String> submit(String page, String path, String formId, Map<String, String> fields)
                throws Exception {
            int start = page.indexOf("<form id=\"" + formId + "\"");
            assertTrue(start >= 0, () -> "no form " + formId + " on " + path + ":\n" + page);
            String form = page.substring(start, page.indexOf("</form>", start));
            Map<String, String> all = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(form);
            while (input.find()) {
                if (input.group().contains("type=\"hidden\"")) {
                    all.put(
                            attribute(input.group(), "name"),
                            attribute(input.group(), "value").replace("&amp;", "&"));
                }
            }
            Matcher nonce = NONCE.matcher(page);
            assertTrue(nonce.find(), () -> "a CSP nonce on " + path);
            all.put("primefaces.nonce", nonce.group(1));
            all.putAll(fields);
            String action =
                    attribute(form.substring(0, form.indexOf('>')), "action").replace("&amp;", "&");
            String encoded = all.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(
                    HttpRequest.newBuilder(URI.create(origin() + action.replaceAll(";jsessionid=[^?]*", "")))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(encoded))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** The session's token, as the poll page renders it into its ballot form. */
        String tokenOf(long poll) throws Exception {
            String page = get("/polls/" + poll).body();
            Matcher token = TOKEN.matcher(page);
            assertTrue(token.find(), () -> "no token on the poll page of a member:\n" + page);
            return token.group(1);
        }

        /** POST /api/polls/{poll}/ballot as JSON with the token; {@code headers} add to or replace the defaults. */
        HttpResponse<String> ballot(long poll, String body, String token, Map<String, String> headers)
                throws Exception {
            Map<String, String> all = new LinkedHashMap<>();
            all.put("Content-Type", "application/json");
            all.put("Accept", "application/json");
            if (token != null) {
                all.put("X-CSRF-Token", token);
            }
            all.putAll(headers);
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create(origin() + "/api/polls/" + poll + "/ballot"))
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            all.forEach(request::header);
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private static String attribute(String tag, String name) {
            Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"")
                    .matcher(tag);
            return m.find() ? m.group(1) : "";
        }
    }
}
