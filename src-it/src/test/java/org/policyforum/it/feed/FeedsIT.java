package org.policyforum.it.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.idea.boundary.Ideas;
import org.policyforum.it.Deployments;
import org.policyforum.it.Fixtures;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;
import org.xml.sax.InputSource;

/**
 * The feeds over real HTTP from inside the server, parsed by ROME (a strict XML parser underneath, no healing of bad
 * markup): both formats, absolute links from FORUM_BASE_URL, members' text escaped, a withdrawn opinion as its
 * placeholder only, and revalidation answered 304.
 */
@ExtendWith(ArquillianExtension.class)
class FeedsIT {

    /** FORUM_BASE_URL is not set for the test server: the default. */
    private static final String BASE = "http://localhost:8080/";

    private static final URI SERVER =
            URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(FeedsIT.class);
    }

    @Inject
    Opinions opinions;

    @Inject
    TopicAdministration administration;

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    @Inject
    Ideas ideas;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void newTopicsInAtomAndRssWithAbsoluteLinks() throws Exception {
        long topic = Fixtures.openTopic(administration, bureaus, operator(), Forum.MAIN);
        for (String format : List.of("atom", "rss")) {
            HttpResponse<String> answer = get("/api/feeds/topics." + format, Map.of());
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(
                    answer.headers().firstValue("Content-Type").orElse("").startsWith("application/" + format + "+xml"),
                    answer.headers().map().toString());
            SyndFeed feed = parse(answer.body());
            assertEquals("atom".equals(format) ? "atom_1.0" : "rss_2.0", feed.getFeedType());
            SyndEntry entry = feed.getEntries().stream()
                    .filter(e -> e.getLink().equals(BASE + "topics/" + topic))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the new topic is in the " + format + " feed"));
            assertTrue(entry.getTitle().startsWith("토론 "), entry.getTitle());
            feed.getEntries().forEach(e -> assertTrue(e.getLink().startsWith(BASE), e.getLink()));
        }
    }

    @Test
    void aTopicsOpinionsEscapedAndAWithdrawnOneAsItsPlaceholder() throws Exception {
        long topic = Fixtures.openTopic(administration, bureaus, operator(), Forum.MAIN);
        long author = Fixtures.citizen(signUps, 1988);
        String markup = "<script>alert('피드')</script> & 그 밖의 의견";
        Identities.as(author, Set.of("CITIZEN"), () -> opinions.post(topic, Stance.PRO, markup));
        long withdrawn = Identities.as(author, Set.of("CITIZEN"), () -> opinions.post(topic, Stance.CON, "거둬들일 비밀 문장"))
                .getId();
        Identities.run(author, Set.of("CITIZEN"), () -> opinions.withdraw(withdrawn));

        for (String format : List.of("atom", "rss")) {
            HttpResponse<String> answer = get("/api/feeds/topics/" + topic + "/opinions." + format, Map.of());
            assertEquals(200, answer.statusCode(), answer.body());
            assertFalse(answer.body().contains("<script>"), "a member's markup is escaped in the " + format + " feed");
            assertFalse(answer.body().contains("거둬들일 비밀 문장"), "a withdrawn opinion's text never leaves");
            SyndFeed feed = parse(answer.body());
            List<String> texts = feed.getEntries().stream()
                    .map(e -> e.getDescription().getValue())
                    .toList();
            assertTrue(texts.contains(markup), "the reader gets the text as written: " + texts);
            assertTrue(texts.contains("작성자가 거둬들인 의견입니다."), "the placeholder keeps its place: " + texts);
        }
    }

    @Test
    void newIdeasEscapedAndAWithdrawnOneLeftOut() throws Exception {
        long author = Fixtures.citizen(signUps, 1991);
        String title = "<b>피드</b> 제안 " + Fixtures.unique();
        long idea = Identities.as(
                author, Set.of("CITIZEN"), () -> ideas.propose(new Ideas.Proposal(title, "본문", 1L, "11440")));
        long withdrawn = Identities.as(
                author,
                Set.of("CITIZEN"),
                () -> ideas.propose(new Ideas.Proposal("거둬들일 제안 " + Fixtures.unique(), "본문", 1L, null)));
        Identities.run(author, Set.of("CITIZEN"), () -> ideas.withdraw(withdrawn));

        for (String format : List.of("atom", "rss")) {
            HttpResponse<String> answer = get("/api/feeds/ideas." + format, Map.of());
            assertEquals(200, answer.statusCode(), answer.body());
            assertFalse(answer.body().contains("<b>"), "a member's markup is escaped in the " + format + " feed");
            SyndFeed feed = parse(answer.body());
            SyndEntry entry = feed.getEntries().stream()
                    .filter(e -> e.getLink().equals(BASE + "ideas/" + idea))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the new idea is in the " + format + " feed"));
            assertEquals(title, entry.getTitle());
            assertTrue(
                    entry.getDescription().getValue().startsWith("접수 · 지지 0명"),
                    entry.getDescription().getValue());
            assertTrue(
                    feed.getEntries().stream().noneMatch(e -> e.getLink().endsWith("ideas/" + withdrawn)),
                    "a withdrawn idea is not announced");
        }
        assertTrue(get("/ideas", Map.of()).body().contains("/api/feeds/ideas.atom"), "the list names its feed");
        assertTrue(get("/outcomes", Map.of()).body().contains("/api/feeds/outcomes.atom"), "so does the tracker");
    }

    @Test
    void aReaderThatHasTheFeedIsAnswered304() throws Exception {
        Fixtures.openTopic(administration, bureaus, operator(), Forum.MAIN);
        HttpResponse<String> first = get("/api/feeds/topics.atom", Map.of());
        String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("an ETag"));
        String modified = first.headers().firstValue("Last-Modified").orElseThrow(() -> new AssertionError("a date"));

        HttpResponse<String> byTag = get("/api/feeds/topics.atom", Map.of("If-None-Match", etag));
        assertEquals(304, byTag.statusCode());
        assertEquals("", byTag.body());
        assertEquals(
                304,
                get("/api/feeds/topics.atom", Map.of("If-Modified-Since", modified))
                        .statusCode());
        assertEquals(
                200,
                get("/api/feeds/topics.atom", Map.of("If-None-Match", "\"other\""))
                        .statusCode());
    }

    @Test
    void pagesNameTheirFeedsAndBadAddressesAre404() throws Exception {
        long topic = Fixtures.openTopic(administration, bureaus, operator(), Forum.MAIN);
        String page = get("/topics/" + topic, Map.of()).body();
        assertTrue(page.contains("type=\"application/atom+xml\""), "a feed link in the head");
        assertTrue(page.contains("/api/feeds/topics/" + topic + "/opinions.atom"), "the topic's own feed");
        assertTrue(get("/", Map.of()).body().contains("/api/feeds/topics.atom"), "the home page's feed");

        for (String path : List.of(
                "/api/feeds/topics/999999999/opinions.atom",
                "/api/feeds/topics/abc/opinions.rss",
                "/api/feeds/topics.json",
                "/api/feeds/ideas.json",
                "/api/feeds/outcomes")) {
            HttpResponse<String> answer = get(path, Map.of());
            assertEquals(404, answer.statusCode(), path + ": " + answer.body());
        }
    }

    private long operator() {
        long operator = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(operator, "OPERATOR");
        return operator;
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(SERVER.resolve(path)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static SyndFeed parse(String xml) throws Exception {
        SyndFeedInput input = new SyndFeedInput();
        input.setXmlHealerOn(false);
        input.setAllowDoctypes(false);
        return input.build(new InputSource(new StringReader(xml)));
    }
}
