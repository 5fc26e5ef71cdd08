package org.policyforum.it.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletContext;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.idea.boundary.Ideas;
import org.policyforum.it.Deployments;
import org.policyforum.it.Fixtures;
import org.policyforum.it.Rows;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.poll.boundary.PollAdministration;
import org.policyforum.poll.boundary.PollForm;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;

/**
 * The public read API, {@code /api/v1}, over real HTTP from inside the server as an anonymous reader: every endpoint
 * with data the boundaries made (a topic with visible, withdrawn and hidden opinions and a comment, its poll, an
 * idea), its ETag and 304, its Cache-Control, its paging links, its refusals of malformed parameters and unknown ids
 * (problem+json, never a 500); and the OpenAPI document against the JAX-RS resources found by reflection.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    private static final String SECRET = "가려진 의견의 본문";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(ApiIT.class, World.class);
    }

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    @Inject
    TopicAdministration topics;

    @Inject
    Opinions opinions;

    @Inject
    PollAdministration polls;

    @Inject
    Ideas ideas;

    @Inject
    ServletContext servletContext;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** What the tests read, made once for the class through the boundaries (each test only reads it). */
    record World(long topic, long visible, long withdrawn, long hidden, long comment, long poll, long idea) {}

    private static World world;

    private synchronized World world() throws Exception {
        if (world != null) {
            return world;
        }
        long operator = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(operator, "OPERATOR");
        long alice = Fixtures.citizen(signUps, 1990);
        long bob = Fixtures.citizen(signUps, 1985);
        long topic = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        Set<String> citizen = Set.of("CITIZEN");
        long withdrawn = Identities.as(bob, citizen, () -> opinions.post(topic, Stance.CON, "거둬들일 의견"))
                .getId();
        long hidden = Identities.as(bob, citizen, () -> opinions.post(topic, Stance.CON, SECRET))
                .getId();
        long visible = Identities.as(alice, citizen, () -> opinions.post(topic, Stance.PRO, "찬성하는 의견입니다"))
                .getId();
        long comment = Identities.as(bob, citizen, () -> opinions.comment(visible, null, "댓글입니다"))
                .getId();
        Identities.run(bob, citizen, () -> opinions.withdraw(withdrawn));
        Rows.update("UPDATE opinion SET status = 'HIDDEN', hidden_reason = ? WHERE id = ?", "욕설", hidden);
        PollForm form = new PollForm();
        form.setTopicId(topic);
        form.setQuestion("도서관 야간 개방? " + Fixtures.unique());
        form.setOptions(List.of("찬성", "반대"));
        form.setOpensAt(
                java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Seoul")).minusMinutes(5));
        form.setClosesAt(
                java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Seoul")).plusDays(7));
        long poll = Identities.as(operator, Set.of("OPERATOR", "CITIZEN"), () -> polls.create(form))
                .getId();
        long idea = Identities.as(
                alice,
                citizen,
                () -> ideas.propose(new Ideas.Proposal("공원 그늘막 " + Fixtures.unique(), "그늘막을 놓아 주세요", 1L, "11440")));
        world = new World(topic, visible, withdrawn, hidden, comment, poll, idea);
        return world;
    }

    @Test
    void topicsAreListedByForumAndMonthAndReadOneByOne() throws Exception {
        World w = world();
        JsonObject topic = json(get("/api/v1/topics/" + w.topic()));
        assertEquals(w.topic(), topic.getJsonObject("topic").getJsonNumber("id").longValue());
        assertEquals("OPEN", topic.getJsonObject("topic").getString("state"));
        assertTrue(topic.getBoolean("acceptsOpinions"));
        assertEquals(1, topic.getInt("visibleOpinions"), "withdrawn and hidden opinions are not counted");
        assertTrue(topic.getJsonObject("topic").getString("opensAt").endsWith("+09:00"), "the organisation's zone");

        String month = topic.getJsonObject("topic").getString("month");
        JsonObject list = json(get("/api/v1/topics?forum=MAIN&month=" + month + "&size=100"));
        assertTrue(ids(list.getJsonArray("items")).contains(w.topic()), list::toString);
        assertEquals(
                0,
                json(get("/api/v1/topics?forum=YOUTH&month=" + month + "&size=100")).getJsonArray("items").stream()
                        .filter(t -> t.asJsonObject().getJsonNumber("id").longValue() == w.topic())
                        .count());
    }

    @Test
    void opinionsArePagedAsOnThePageWithPlaceholdersNeverTheHiddenText() throws Exception {
        World w = world();
        HttpResponse<String> first = get("/api/v1/topics/" + w.topic() + "/opinions?size=2");
        JsonObject page = json(first);
        assertEquals(3, page.getInt("total"));
        JsonArray items = page.getJsonArray("items");
        assertEquals(List.of(w.visible(), w.hidden()), ids(items), "newest first, as on the page");
        JsonObject visible = items.getJsonObject(0);
        assertEquals("찬성하는 의견입니다", visible.getString("text"));
        assertEquals(
                w.comment(),
                visible.getJsonArray("comments")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());
        JsonObject hidden = items.getJsonObject(1);
        assertEquals("HIDDEN", hidden.getString("status"));
        assertTrue(hidden.isNull("text"));
        assertEquals("욕설", hidden.getString("hiddenReason"));
        assertFalse(hidden.getString("placeholder").isBlank());
        assertFalse(first.body().contains(SECRET), "the hidden text is never sent");
        String next = first.headers().firstValue("Link").orElseThrow();
        assertTrue(next.contains("rel=\"next\"") && next.contains("page=2") && next.contains("size=2"), next);
        assertFalse(next.contains("rel=\"prev\""), next);

        HttpResponse<String> second = get("/api/v1/topics/" + w.topic() + "/opinions?size=2&page=2");
        JsonObject withdrawn = json(second).getJsonArray("items").getJsonObject(0);
        assertEquals(w.withdrawn(), withdrawn.getJsonNumber("id").longValue());
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertTrue(withdrawn.isNull("text"));
        List<String> links = second.headers().allValues("Link");
        assertTrue(links.stream().anyMatch(l -> l.contains("rel=\"prev\"") && l.contains("page=1")), links::toString);
        assertFalse(links.stream().anyMatch(l -> l.contains("rel=\"next\"")), links::toString);

        JsonObject pro = json(get("/api/v1/topics/" + w.topic() + "/opinions?stance=PRO&order=MOST_AGREED"));
        assertEquals(List.of(w.visible()), ids(pro.getJsonArray("items")));
    }

    @Test
    void pollsIdeasAwardsAndOutcomesAnswer() throws Exception {
        World w = world();
        JsonObject poll = json(get("/api/v1/polls/" + w.poll()));
        assertEquals(w.topic(), poll.getJsonNumber("topicId").longValue());
        assertEquals(2, poll.getJsonArray("options").size());
        assertEquals(0, poll.getInt("ballots"));
        assertTrue(
                ids(json(get("/api/v1/polls?size=100")).getJsonArray("items")).contains(w.poll()));

        JsonObject idea = json(get("/api/v1/ideas/" + w.idea()));
        assertEquals("그늘막을 놓아 주세요", idea.getString("body"));
        assertTrue(ids(json(get("/api/v1/ideas?sort=NEWEST")).getJsonArray("items"))
                .contains(w.idea()));

        JsonObject rounds = json(get("/api/v1/awards?size=50"));
        assertEquals(1, rounds.getInt("page"));
        JsonObject outcomes = json(get("/api/v1/outcomes?kind=IDEA"));
        assertEquals(20, outcomes.getInt("size"));
        for (String unknown : List.of(
                "/api/v1/awards/999999999",
                "/api/v1/outcomes/999999999",
                "/api/v1/ideas/999999999",
                "/api/v1/polls/999999999",
                "/api/v1/topics/999999999",
                "/api/v1/topics/999999999/opinions")) {
            assertProblem(get(unknown), 404, "api.problem.404");
        }
        int current = get("/api/v1/awards/current?forum=YOUTH").statusCode();
        assertTrue(current == 200 || current == 404, "current round: " + current);
    }

    @Test
    void aReaderRevalidatesWithTheETagAndGets304() throws Exception {
        World w = world();
        for (String path : List.of(
                "/api/v1/topics/" + w.topic() + "/opinions?page=1",
                "/api/v1/topics/" + w.topic(),
                "/api/v1/polls/" + w.poll(),
                "/api/v1/ideas/" + w.idea(),
                "/api/v1/topics?forum=MAIN")) {
            HttpResponse<String> first = get(path);
            String tag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path));
            HttpResponse<String> again = get(path, Map.of("If-None-Match", tag));
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body(), path);
            assertEquals(tag, again.headers().firstValue("ETag").orElse(null), path);
            assertEquals(200, get(path, Map.of("If-None-Match", "\"other\"")).statusCode(), path);
            assertEquals(
                    304, get(path, Map.of("If-None-Match", "\"x\", W/" + tag)).statusCode(), path);
        }
        // readers share a copy for a moment (Age says so); two reads back to back on a loaded machine may still fall
        // on either side of its expiry, so a few pairs are tried
        boolean shared = false;
        for (int i = 0; i < 5 && !shared; i++) {
            String listed = "/api/v1/topics/" + w.topic() + "/opinions?size=7";
            get(listed);
            shared = get(listed).headers().firstValue("Age").isPresent();
        }
        assertTrue(shared, "a second read within the readers' seconds is served from the copy");
        // a change is a new tag: a reader gets the new body once the readers' copy (2 s, as for pages) has expired
        String path = "/api/v1/topics/" + w.topic() + "/opinions";
        String before = get(path).headers().firstValue("ETag").orElseThrow();
        // (the comment, whose text no other test reads)
        Rows.update("UPDATE opinion_comment SET body = ? WHERE id = ?", "고친 댓글 " + Fixtures.unique(), w.comment());
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        HttpResponse<String> changed = get(path, Map.of("If-None-Match", before));
        while (changed.statusCode() == 304 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            changed = get(path, Map.of("If-None-Match", before));
        }
        assertEquals(200, changed.statusCode());
        assertTrue(changed.body().contains("고친 댓글"));
    }

    @Test
    void eachResourceSaysHowLongItMayBeKept() throws Exception {
        World w = world();
        Map<String, String> expected = Map.of(
                "/api/v1/topics/" + w.topic() + "/opinions",
                "public, max-age=5",
                "/api/v1/polls/" + w.poll(),
                "public, max-age=5",
                "/api/v1/topics",
                "public, max-age=60",
                "/api/v1/ideas",
                "public, max-age=60",
                "/api/v1/awards",
                "public, max-age=300");
        for (var e : expected.entrySet()) {
            HttpResponse<String> answer = get(e.getKey());
            assertEquals(200, answer.statusCode(), e.getKey());
            assertEquals(List.of(e.getValue()), answer.headers().allValues("Cache-Control"), e.getKey());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        }
        assertEquals(List.of("no-store"), get("/api/v1/topics?page=0").headers().allValues("Cache-Control"));
    }

    @Test
    void malformedParametersAre400ProblemsNamingTheParameter() throws Exception {
        World w = world();
        String opinionsPath = "/api/v1/topics/" + w.topic() + "/opinions";
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put(opinionsPath + "?page=-1", "page");
        bad.put(opinionsPath + "?page=0", "page");
        bad.put(opinionsPath + "?page=abc", "page");
        bad.put(opinionsPath + "?page=1.5", "page");
        bad.put(opinionsPath + "?page=99999999999999999999", "page");
        bad.put(opinionsPath + "?size=101", "size");
        bad.put(opinionsPath + "?size=1000000", "size");
        bad.put(opinionsPath + "?size=0", "size");
        bad.put(opinionsPath + "?order=OLDEST", "order");
        bad.put(opinionsPath + "?stance=pro", "stance");
        bad.put("/api/v1/topics?forum=CITY", "forum");
        bad.put("/api/v1/topics?month=2026-13", "month");
        bad.put("/api/v1/topics?month=november", "month");
        bad.put("/api/v1/awards?size=51", "size");
        bad.put("/api/v1/ideas?sort=RANDOM", "sort");
        bad.put("/api/v1/outcomes?status=DONE", "status");
        bad.put("/api/v1/polls?page=%00", "page");
        for (var e : bad.entrySet()) {
            JsonObject problem = assertProblem(get(e.getKey()), 400, "api.parameter");
            assertEquals(e.getValue(), problem.getString("field"), e.getKey());
            assertTrue(problem.getString("detail").contains(e.getValue()), e.getKey());
        }
        for (String id : List.of("abc", "-1", "1.5", "99999999999999999999", "%20")) {
            for (String path : List.of("/api/v1/topics/", "/api/v1/polls/", "/api/v1/ideas/", "/api/v1/awards/")) {
                int status = get(path + id).statusCode();
                assertTrue(status == 404 || status == 400, path + id + ": " + status);
            }
        }
        assertProblem(get("/api/v1/no-such-thing"), 404, "api.problem.404");
    }

    /**
     * Every JAX-RS operation of the web module, found by reflection over the deployed classes, is in the OpenAPI
     * document with its method, a summary and its answers: an endpoint added without its documentation fails here.
     */
    @Test
    void theOpenApiDocumentListsEveryEndpoint() throws Exception {
        HttpResponse<String> answer = get("/openapi?format=JSON", Map.of("Accept", "application/json"));
        assertEquals(200, answer.statusCode(), answer::body);
        JsonObject document = json(answer);
        assertTrue(document.getString("openapi").startsWith("3."));
        JsonObject paths = document.getJsonObject("paths");
        Set<String> resources = resourceClasses();
        assertTrue(resources.size() >= 7, resources::toString);
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (String name : resources) {
            Class<?> type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
            String root = pathOf(type);
            for (Method method : type.getMethods()) {
                String verb = httpMethod(method);
                if (verb == null) {
                    continue;
                }
                operations++;
                String methodPath = pathOf(method);
                String path = ("/api/" + root + (methodPath == null ? "" : "/" + methodPath)).replaceAll("/+", "/");
                JsonObject item = paths.getJsonObject(path);
                JsonObject operation = item == null ? null : item.getJsonObject(verb);
                if (operation == null) {
                    missing.add(verb.toUpperCase() + " " + path);
                } else if (path.startsWith("/api/v1/")
                        && (!operation.containsKey("summary") || !operation.containsKey("responses"))) {
                    missing.add(verb.toUpperCase() + " " + path + " (no summary or responses)");
                }
            }
        }
        assertTrue(operations >= 14, "operations found: " + operations);
        assertEquals(List.of(), missing, "endpoints missing from /openapi");
        assertTrue(document.getJsonObject("components").getJsonObject("schemas").containsKey("Problem"));
    }

    /** The classes of the web module's API package that carry a @Path: the deployed JAX-RS resources. */
    private Set<String> resourceClasses() throws Exception {
        String folder = "/WEB-INF/classes/org/policyforum/web/api/";
        Set<String> found = new TreeSet<>();
        for (String file : servletContext.getResourcePaths(folder)) {
            if (!file.endsWith(".class") || file.contains("$")) {
                continue;
            }
            String name = file.substring("/WEB-INF/classes/".length(), file.length() - ".class".length())
                    .replace('/', '.');
            Class<?> type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
            if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                found.add(name);
            }
        }
        return found;
    }

    private static String pathOf(java.lang.reflect.AnnotatedElement element) {
        jakarta.ws.rs.Path path = element.getAnnotation(jakarta.ws.rs.Path.class);
        return path == null ? null : path.value().replaceAll("^/|/$", "");
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            jakarta.ws.rs.HttpMethod verb = annotation.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
            if (verb != null) {
                return verb.value().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    private JsonObject assertProblem(HttpResponse<String> answer, int status, String code) {
        String where = answer.request().uri() + ": " + answer.body();
        assertAll(
                () -> assertEquals(status, answer.statusCode(), where),
                () -> assertTrue(
                        answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                        where));
        JsonObject problem = json(answer);
        assertEquals(code, problem.getString("code"), where);
        assertEquals(status, problem.getInt("status"), where);
        assertNull(problem.get("reference"), where);
        return problem;
    }

    private static List<Long> ids(JsonArray items) {
        return items.stream()
                .map(i -> i.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }

    private static JsonObject json(HttpResponse<String> answer) {
        assertTrue(answer.statusCode() < 500, answer::body);
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, Map.of());
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
