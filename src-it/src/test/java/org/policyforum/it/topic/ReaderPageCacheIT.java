package org.policyforum.it.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.it.Deployments;
import org.policyforum.it.Fixtures;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;

/**
 * The readers' cache of topic pages (web.platform.ReaderPageCache), over real HTTP from inside the server: a reader
 * gets no session, one copy serves many readers with a nonce of its own each, a new opinion reaches readers within
 * the cache's 2 seconds, and a visitor with a session always gets a page rendered for them.
 */
@ExtendWith(ArquillianExtension.class)
class ReaderPageCacheIT {

    private static final Pattern BODY_NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");
    /** FORUM_READER_CACHE_SECONDS is not set for the test server: the default. */
    private static final Duration LIFETIME = Duration.ofSeconds(2);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(ReaderPageCacheIT.class);
    }

    @Inject
    Opinions opinions;

    @Inject
    TopicAdministration administration;

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void readersShareOneCopyEachWithItsOwnNonceAndNoSession() throws Exception {
        long operator = operator();
        long topic = Fixtures.openTopic(administration, bureaus, operator, Forum.MAIN);
        long author = Fixtures.citizen(signUps, 1985);
        Identities.as(author, Set.of("CITIZEN"), () -> opinions.post(topic, Stance.PRO, "첫 의견입니다"));

        HttpResponse<String> first = get("/topics/" + topic, null);
        HttpResponse<String> second = get("/topics/" + topic, null);
        for (HttpResponse<String> response : List.of(first, second)) {
            assertEquals(200, response.statusCode());
            assertTrue(
                    response.headers().allValues("Set-Cookie").isEmpty(),
                    "a reader gets no cookie, so no session: "
                            + response.headers().allValues("Set-Cookie"));
            assertTrue(response.body().contains("첫 의견입니다"));
            assertTrue(response.body().contains("value=\"stateless\""), "a stateless view: nothing kept per reader");
            String nonce = headerNonce(response);
            List<String> inBody = BODY_NONCE
                    .matcher(response.body())
                    .results()
                    .map(m -> m.group(1))
                    .distinct()
                    .toList();
            assertEquals(List.of(nonce), inBody, "every script carries the nonce of this response's policy");
            assertEquals(
                    "nosniff",
                    response.headers().firstValue("X-Content-Type-Options").orElse(null),
                    "a copy carries the security headers too");
        }
        assertNotEquals(headerNonce(first), headerNonce(second), "two readers never share a nonce");
        assertEquals(
                first.body().replace(headerNonce(first), "N"),
                second.body().replace(headerNonce(second), "N"),
                "the same page apart from the nonce");
    }

    @Test
    void aNewOpinionReachesReadersWithinTheCacheLifetimeAndAMemberAtOnce() throws Exception {
        long operator = operator();
        long topic = Fixtures.openTopic(administration, bureaus, operator, Forum.MAIN);
        long author = Fixtures.citizen(signUps, 1990);
        String path = "/topics/" + topic;

        // a reader's copy made just before the opinion goes on being served for a while: the proof that it is a copy
        // (a slow machine may need a second try to post within the copy's lifetime)
        String text = null;
        long posted = 0;
        for (int attempt = 1; attempt <= 3 && text == null; attempt++) {
            String candidate = "나중에 쓴 의견 " + attempt;
            long copied = System.nanoTime();
            assertFalse(get(path, null).body().contains(candidate));
            Identities.as(author, Set.of("CITIZEN"), () -> opinions.post(topic, Stance.CON, candidate));
            posted = System.nanoTime();
            boolean inTime = Duration.ofNanos(System.nanoTime() - copied).compareTo(LIFETIME.minusMillis(500)) < 0;
            String seen = get(path, null).body();
            if (inTime) {
                assertFalse(seen.contains(candidate), "within its lifetime the reader gets the copy made before");
                text = candidate;
            }
        }
        assertTrue(text != null, "posted within the copy's lifetime in one of three tries");

        // a visitor with a session (here from the login page) is never served a copy
        String session = get("/login", null).headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the login page opens a session"));
        assertTrue(get(path, session).body().contains(text), "rendered for the visitor with a session, at once");

        while (!get(path, null).body().contains(text)) {
            Duration waited = Duration.ofNanos(System.nanoTime() - posted);
            // the copy expires LIFETIME after it was made (before the post); then one rendering, slow on a busy machine
            assertTrue(
                    waited.compareTo(LIFETIME.plusMillis(1500)) < 0,
                    "readers still get the old copy " + waited.toMillis() + " ms after the opinion was posted");
            Thread.sleep(100);
        }
    }

    @Test
    void aPageWithOtherParametersOrAnErrorIsNotCopied() throws Exception {
        HttpResponse<String> missing = get("/topics/999999999", null);
        assertEquals(404, missing.statusCode());
        HttpResponse<String> again = get("/topics/999999999", null);
        assertEquals(404, again.statusCode(), "an error page is rendered each time, never kept as a topic page");
        long topic = Fixtures.openTopic(administration, bureaus, operator(), Forum.MAIN);
        HttpResponse<String> switched = get("/topics/" + topic + "?lang=en", null);
        assertTrue(
                switched.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("forum_lang=en")),
                "a language switch is remembered in a cookie, so its page is the visitor's own");
        assertTrue(switched.body().contains("xhtml\" lang=\"en\">"), "the page in English");
        assertTrue(
                get("/topics/" + topic, "forum_lang=en").body().contains("xhtml\" lang=\"en\">"),
                "the cookie's language, copied per language");
        assertTrue(get("/topics/" + topic, null).body().contains("xhtml\" lang=\"ko\">"));
    }

    @Test
    void orderStanceAndMoreArePlainAddressesAReaderCanFollow() throws Exception {
        long topic = Fixtures.openTopic(administration, bureaus, operator(), Forum.MAIN);
        long author = Fixtures.citizen(signUps, 1970);
        for (int i = 0; i < 52; i++) {
            Stance stance = i < 30 ? Stance.PRO : Stance.CON;
            String text = "의견 " + i;
            Identities.as(author, Set.of("CITIZEN"), () -> opinions.post(topic, stance, text));
        }
        String first = get("/topics/" + topic, null).body();
        assertEquals(50, opinionsIn(first, "PRO") + opinionsIn(first, "CON"), "a page of 50");
        Matcher more = Pattern.compile(
                        "id=\"[^\"]*more\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*id=\"[^\"]*more\"")
                .matcher(first);
        assertTrue(more.find(), "a link to more opinions");
        String moreHref = (more.group(1) != null ? more.group(1) : more.group(2)).replace("&amp;", "&");
        assertTrue(moreHref.contains("shown=100"), moreHref);
        // opinions are anchored by their id, which stays theirs; 'more' brings the reader back to the last one read
        List<String> anchors = Pattern.compile("id=\"(opinion-\\d+)\"")
                .matcher(first)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertTrue(
                moreHref.endsWith("#" + anchors.get(anchors.size() - 1)),
                "and it goes on from the last opinion read: " + moreHref + " " + anchors);
        String all = get(moreHref.substring(moreHref.indexOf("/topics/"), moreHref.indexOf('#')), null)
                .body();
        assertEquals(52, opinionsIn(all, "PRO") + opinionsIn(all, "CON"), "all 52 after 'more'");
        String cons = get("/topics/" + topic + "?stance=CON", null).body();
        assertEquals(22, opinionsIn(cons, "CON"));
        assertEquals(0, opinionsIn(cons, "PRO"), "the stance filter shows only CON");
        assertEquals(
                200,
                get("/topics/" + topic + "?shown=banana&order=nonsense", null).statusCode(),
                "nonsense in the address is the default page, not an error");
    }

    /**
     * The tracker shows the bureaus' record of answering ideas too, and stays a page the cache may copy: no session,
     * no cookie, the same page for two readers apart from the nonce.
     */
    @Test
    void theTrackerWithTheBureausFiguresIsStillAReadersCopy() throws Exception {
        HttpResponse<String> first = get("/outcomes?source=IDEA", null);
        HttpResponse<String> second = get("/outcomes?source=IDEA", null);
        for (HttpResponse<String> response : List.of(first, second)) {
            assertEquals(200, response.statusCode());
            assertTrue(
                    response.headers().allValues("Set-Cookie").isEmpty(),
                    () -> response.headers().allValues("Set-Cookie").toString());
            assertTrue(response.body().contains("id=\"bureauFigures\""), "the figures are on the tracker");
        }
        assertNotEquals(headerNonce(first), headerNonce(second), "two readers never share a nonce");
        assertEquals(
                first.body().replace(headerNonce(first), "N"),
                second.body().replace(headerNonce(second), "N"),
                "the same page apart from the nonce");
    }

    private static long opinionsIn(String page, String stance) {
        return Pattern.compile("class=\"card opinion stance-" + stance + "\"")
                .matcher(page)
                .results()
                .count();
    }

    private long operator() {
        long operator = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(operator, "OPERATOR");
        return operator;
    }

    private static String headerNonce(HttpResponse<String> response) {
        String policy = String.join(" ", response.headers().allValues("Content-Security-Policy"));
        Matcher matcher = HEADER_NONCE.matcher(policy);
        assertTrue(matcher.find(), "a script policy with a nonce: " + policy);
        return matcher.group(1);
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
