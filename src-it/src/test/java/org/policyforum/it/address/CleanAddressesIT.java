package org.policyforum.it.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.idea.boundary.Ideas;
import org.policyforum.it.Deployments;
import org.policyforum.it.Fixtures;
import org.policyforum.it.HtmlForms;
import org.policyforum.it.NoScriptBrowser;
import org.policyforum.it.Rows;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.poll.boundary.PollAdministration;
import org.policyforum.poll.boundary.PollForm;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;

/**
 * The public pages' clean addresses (issue 14; WEB-INF/undertow-handlers.conf and web.platform.CleanAddresses), over
 * real HTTP from inside the server: each clean address answers its page and every link the page renders is clean, the
 * old {@code .xhtml?id=} addresses answer 301 with the clean one (other parameters kept), addresses that name no page
 * answer 404, forms post back to the clean address, and the guards (web.xml's constraints, the method filter, the
 * security headers) hold for the clean addresses as for the old.
 */
@ExtendWith(ArquillianExtension.class)
class CleanAddressesIT {

    /** A link or form to a public page by its old address: the forum must render none. */
    private static final Pattern OLD_ADDRESS = Pattern.compile(
            "(?:href|action)=\"[^\"]*/(?:index|topic|poll|idea|outcome|survey|forum|youth|polls|ideas|outcomes|awards"
                    + "|hall-of-fame|suggestions|surveys|report|login|signup|privacy|terms|api-docs|idea-new"
                    + "|password-forgot|account/index)\\.xhtml[^\"]*\"");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(CleanAddressesIT.class);
    }

    @Inject
    TopicAdministration administration;

    @Inject
    PollAdministration polls;

    @Inject
    Ideas ideas;

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void eachCleanAddressAnswersItsPageWithCleanLinksOnly() throws Exception {
        long topic = Fixtures.openTopic(administration, bureaus, operator(), Forum.MAIN);
        String topicTitle = (String) Rows.single("SELECT title FROM topic WHERE id = ?", topic);
        long author = Fixtures.citizen(signUps, 1984);
        String ideaTitle = "깨끗한 주소 " + Fixtures.unique();
        long idea = Identities.as(
                author, Set.of("CITIZEN"), () -> ideas.propose(new Ideas.Proposal(ideaTitle, "본문", 1L, "11440")));
        PollForm form = new PollForm();
        form.setQuestion("주소가 깔끔합니까? " + Fixtures.unique());
        form.setOptions(List.of("예", "아니요"));
        form.setOpensAt(
                java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Seoul")).minusMinutes(5));
        form.setClosesAt(form.getOpensAt().plusDays(7));
        long poll = Identities.as(operator(), Set.of("OPERATOR", "CITIZEN"), () -> polls.create(form))
                .getId();

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/topics/" + topic, topicTitle);
        pages.put("/topics/" + topic + "?order=NEWEST", topicTitle);
        pages.put("/ideas/" + idea, ideaTitle);
        pages.put("/polls/" + poll, form.getQuestion());
        pages.put("/ideas", ideaTitle);
        pages.put("/polls", form.getQuestion());
        pages.put("/forum", topicTitle);
        for (String page : List.of(
                "/",
                "/youth",
                "/outcomes",
                "/awards",
                "/hall-of-fame",
                "/suggestions",
                "/privacy",
                "/terms",
                "/login",
                "/signup",
                "/password-forgot",
                "/api-docs")) {
            pages.put(page, "</html>");
        }
        for (Map.Entry<String, String> page : pages.entrySet()) {
            HttpResponse<String> answer = send("GET", page.getKey());
            assertEquals(200, answer.statusCode(), page.getKey());
            assertTrue(answer.body().contains(page.getValue()), page.getKey() + " shows " + page.getValue());
            assertNoOldAddress(page.getKey(), answer.body());
        }
        String topicPage = send("GET", "/topics/" + topic).body();
        assertTrue(
                Pattern.compile("href=\"/topics/" + topic + "\\?[^\"]*lang=en")
                        .matcher(topicPage)
                        .find(),
                () -> "the language link stays on the topic: "
                        + topicPage.substring(
                                Math.max(0, topicPage.indexOf("langEn") - 200), topicPage.indexOf("langEn") + 20));
        assertTrue(send("GET", "/ideas").body().contains("href=\"/ideas/" + idea + "\""), "the list links the idea");
    }

    @Test
    void oldAddressesAnswer301WithTheCleanOneKeepingTheOtherParameters() throws Exception {
        Map<String, String> moved = new LinkedHashMap<>();
        moved.put("/topic.xhtml?id=5", "/topics/5");
        moved.put("/topic.xhtml?order=NEWEST&id=5&lang=en", "/topics/5?order=NEWEST&lang=en");
        moved.put("/topic.xhtml?id=5&stance=PRO", "/topics/5?stance=PRO");
        moved.put("/poll.xhtml?id=6", "/polls/6");
        moved.put("/idea.xhtml?id=7", "/ideas/7");
        moved.put("/outcome.xhtml?id=8", "/outcomes/8");
        moved.put("/survey.xhtml?id=9", "/surveys/9");
        moved.put("/ideas.xhtml?sort=NEWEST&q=%EA%B8%B8", "/ideas?sort=NEWEST&q=%EA%B8%B8");
        moved.put("/youth.xhtml", "/youth");
        moved.put("/outcomes.xhtml?status=REFLECTED", "/outcomes?status=REFLECTED");
        moved.put("/index.xhtml", "/");
        moved.put("/account/index.xhtml", "/account");
        moved.put("/account/briefs.xhtml", "/account/briefs");
        moved.put("/idea-new.xhtml", "/ideas/new");
        moved.put("/confirm.xhtml?token=abc", "/confirm?token=abc");
        moved.put("/unsubscribe.xhtml?list=digest&token=abc", "/unsubscribe?list=digest&token=abc");
        moved.put("/widget/topic.xhtml?partner=p1", "/widget/topic?partner=p1");
        for (Map.Entry<String, String> old : moved.entrySet()) {
            for (String method : List.of("GET", "HEAD")) {
                HttpResponse<String> answer = send(method, old.getKey());
                assertEquals(301, answer.statusCode(), method + " " + old.getKey());
                URI location = URI.create("http://x" + old.getKey())
                        .resolve(answer.headers().firstValue("Location").orElseThrow());
                String path =
                        location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
                assertEquals(old.getValue(), path, method + " " + old.getKey());
            }
        }
        // the console keeps its addresses; an old address without a plain id is the page's own answer, no redirect
        assertFalse(send("GET", "/admin/index.xhtml").statusCode() == 301, "the console is not moved");
        assertEquals(404, send("GET", "/topic.xhtml?id=abc").statusCode());
    }

    @Test
    void addressesThatNameNoPageAnswer404() throws Exception {
        for (String path : List.of(
                "/topics/abc",
                "/topics/-1",
                "/topics/0",
                "/topics/99999999999999999999",
                "/topics/999999999",
                "/topics/1/x",
                "/topics/",
                "/ideas/abc",
                "/ideas/999999999",
                "/polls/1/x",
                "/outcomes/999999999",
                "/youth/x")) {
            HttpResponse<String> answer = send("GET", path);
            assertEquals(404, answer.statusCode(), path);
            assertTrue(answer.body().contains("errorText"), path + " answers the 404 page");
        }
    }

    @Test
    void aFormPostsBackToTheCleanAddressAndAPostToTheOldOneStillWorks() throws Exception {
        long topic = Fixtures.openTopic(administration, bureaus, operator(), Forum.MAIN);
        long citizen = Fixtures.member(signUps, 1988);
        NoScriptBrowser browser = new NoScriptBrowser(origin());
        browser.logIn(Rows.email(citizen));

        String page = browser.get("/topics/" + topic).body();
        assertNoOldAddress("/topics/" + topic + " for a member", page);
        String form = HtmlForms.form(page, "opinion");
        assertEquals("/topics/" + topic, HtmlForms.action(form, "/topics/" + topic), "posts back to its own address");
        Map<String, String> fields = HtmlForms.hiddenFields(form);
        fields.putAll(Map.of("opinion:stance", "PRO", "opinion:body", "깨끗한 주소에서 쓴 의견", "opinion:post", ""));
        HttpResponse<String> posted = browser.post("/topics/" + topic, fields);
        assertEquals(200, posted.statusCode(), posted::body);
        assertTrue(posted.body().contains("깨끗한 주소에서 쓴 의견"), posted::body);

        // a page opened before the move posts to its old address: served, not redirected (a 301 would lose the post)
        String again = HtmlForms.form(browser.get("/topics/" + topic).body(), "opinion");
        Map<String, String> old = HtmlForms.hiddenFields(again);
        old.putAll(Map.of("opinion:stance", "CON", "opinion:body", "옛 주소로 보낸 의견", "opinion:post", ""));
        HttpResponse<String> oldPost = browser.post("/topic.xhtml?id=" + topic, old);
        assertEquals(200, oldPost.statusCode(), oldPost::body);
        assertEquals("/topic.xhtml", oldPost.uri().getPath(), "no redirect on the way: " + oldPost.uri());
        assertEquals(
                2, Rows.count("SELECT COUNT(*) FROM opinion WHERE topic_id = ? AND author_id = ?", topic, citizen));
    }

    @Test
    void theGuardsHoldForTheCleanAddresses() throws Exception {
        // logged out: the member's pages ask for the login, both ways
        for (String path : List.of("/account", "/account/briefs", "/surveys", "/report?type=IDEA&id=1")) {
            HttpResponse<String> answer = send("GET", path);
            assertEquals(302, answer.statusCode(), path);
            assertTrue(answer.headers().firstValue("Location").orElse("").contains("/login"), path);
        }
        long citizen = Fixtures.member(signUps, 1991);
        NoScriptBrowser browser = new NoScriptBrowser(origin());
        browser.logIn(Rows.email(citizen));
        assertEquals(200, browser.get("/account").statusCode());
        assertEquals(200, browser.get("/account/index.xhtml").statusCode());
        for (String path : List.of(
                "/account/briefs", "/account/briefs.xhtml", "/admin/index.xhtml", "/admin/topics", "/admin/members")) {
            assertEquals(403, browser.get(path).statusCode(), "a citizen is refused " + path);
        }
        // the method filter and the security headers apply to a clean address as to its page
        assertEquals(405, send("PUT", "/ideas").statusCode());
        HttpResponse<String> options = send("OPTIONS", "/youth");
        assertEquals(204, options.statusCode());
        assertEquals(
                "GET, HEAD, POST, OPTIONS",
                options.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> youth = send("GET", "/youth");
        assertEquals("SAMEORIGIN", youth.headers().firstValue("X-Frame-Options").orElse(""));
        Matcher nonce = Pattern.compile("'nonce-([^']+)'")
                .matcher(String.join(" ", youth.headers().allValues("Content-Security-Policy")));
        assertTrue(
                nonce.find() && youth.body().contains("nonce=\"" + nonce.group(1) + "\""), "scripts carry the nonce");
    }

    private static void assertNoOldAddress(String page, String body) {
        Matcher old = OLD_ADDRESS.matcher(body);
        assertFalse(old.find(), () -> page + " renders an old address: " + old.group());
    }

    private long operator() {
        long operator = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(operator, "OPERATOR");
        return operator;
    }

    private static String origin() {
        return "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(origin() + path))
                        .timeout(Duration.ofSeconds(30))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
