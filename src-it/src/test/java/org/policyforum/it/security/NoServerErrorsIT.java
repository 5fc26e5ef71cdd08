package org.policyforum.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.award.boundary.AwardRounds;
import org.policyforum.award.boundary.RoundForm;
import org.policyforum.award.boundary.Shortlists;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.idea.boundary.IdeaTriage;
import org.policyforum.idea.boundary.Ideas;
import org.policyforum.it.Deployments;
import org.policyforum.it.ExactlyOnce;
import org.policyforum.it.Fixtures;
import org.policyforum.it.HtmlForms;
import org.policyforum.it.NoScriptBrowser;
import org.policyforum.it.Rows;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.poll.boundary.PollAdministration;
import org.policyforum.poll.boundary.PollForm;
import org.policyforum.poll.boundary.Polls;
import org.policyforum.topic.boundary.ExpertBriefs;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.boundary.TopicForm;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;

/**
 * No request a person or a client can make yields a 500. First the no-script path: a browser without JavaScript
 * sends no PrimeFaces script nonce, and its sign-up, opinion, comment, ballot, award vote and an invited expert's
 * brief must be saved once and answered with the page, not a 500 after the save. Then a walk over every page and API
 * endpoint as each role with malformed parameters, forged view states, unexpected methods and malformed JSON, over
 * real HTTP from outside: it fails naming every request that answered 5xx, and when the server log gained a stack
 * trace meanwhile.
 *
 * <p>The in-container test (first) makes the walk's people, topic, poll and award round, and leaves their addresses
 * and ids in the server's log folder, where the client-side walk (second) reads them.
 */
// no second run: the walk closes an account, so a rerun of the walk alone could not log that member in again; and a
// 500 seen once is a defect, whatever a second walk sees
@ExactlyOnce
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoServerErrorsIT {

    private static final String PEOPLE_FILE = "no-server-errors-walk.properties";
    private static final Set<String> ROLES = Set.of("citizen", "official", "expert", "moderator", "operator", "closed");
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(NoServerErrorsIT.class);
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
    PollAdministration pollAdministration;

    @Inject
    Polls polls;

    @Inject
    AwardRounds rounds;

    @Inject
    Shortlists shortlists;

    @Inject
    Ideas ideas;

    @Inject
    IdeaTriage triage;

    @Inject
    ExpertBriefs expertBriefs;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void withoutScriptSignUpOpinionCommentBallotAwardVoteAndBriefAreSavedOnceAndAnsweredWithThePage() throws Exception {
        long operator = member(1975, "OPERATOR");
        YearMonth month =
                YearMonth.of(2100, 1).plusMonths(ThreadLocalRandom.current().nextInt(7800 * 12));
        long bureau = Identities.as(operator, Set.of("OPERATOR"), () -> bureaus.create("부서-" + Fixtures.unique(), null))
                .getId();
        long official = member(1978, "OFFICIAL");
        Fixtures.assignBureau(official, bureau);
        long topic = openTopic(operator, bureau, month);
        long alice = member(1990);
        long bob = member(1991);
        PollForm form = new PollForm();
        form.setQuestion("스크립트 없는 투표 " + Fixtures.unique());
        form.setOptions(List.of("찬성", "반대"));
        LocalDateTime now = LocalDateTime.now(SEOUL);
        form.setOpensAt(now.minusMinutes(5));
        form.setClosesAt(now.plusDays(7));
        long poll = Identities.as(operator, Set.of("OPERATOR", "CITIZEN"), () -> pollAdministration.create(form))
                .getId();
        long bobsOpinion = Identities.as(bob, Set.of("CITIZEN"), () -> opinions.post(topic, Stance.CON, "밥의 의견"))
                .getId();
        long round = awardRound(operator, month);
        Identities.run(official, Set.of("OFFICIAL", "CITIZEN"), () -> shortlists.nominate(round, bobsOpinion, "좋은 의견"));
        Identities.as(operator, Set.of("OPERATOR"), () -> rounds.openVotingNow(round));
        // an idea of the official's bureau: its page and the official's answer editor are walked too
        long idea = Identities.as(
                bob,
                Set.of("CITIZEN"),
                () -> ideas.propose(new Ideas.Proposal("걷기 아이디어 " + Fixtures.unique(), "본문", 1L, null)));
        Identities.run(operator, Set.of("OPERATOR"), () -> triage.assign(idea, bureau, 1L));
        writeThePeopleForTheWalk(operator, official, topic, poll, round, idea);

        Browser aliceWeb = new Browser(origin());
        aliceWeb.logIn(Rows.email(alice));

        // sign-up (the login above was a no-script post too)
        String address = "noscript-" + Fixtures.unique() + "@example.test";
        HttpResponse<String> signedUp = new Browser(origin())
                .submit(
                        "/signup",
                        "signup",
                        Map.of(
                                "signup:realName",
                                "무스크립트",
                                "signup:verification",
                                "NOSCRIPT-" + Fixtures.unique().toUpperCase(),
                                "signup:email",
                                address,
                                "signup:password",
                                "Walnut-" + Fixtures.unique() + "-7",
                                "signup:district",
                                "11440",
                                "signup:birthYear",
                                "1985",
                                "signup:termsAccepted",
                                "on",
                                "signup:submit",
                                ""));
        assertEquals(1, Rows.count("SELECT COUNT(*) FROM member WHERE email = ?", address));
        assertPage(signedUp, "signupDone");

        // an opinion
        String opinionText = "스크립트 없이 쓴 의견 " + Fixtures.unique();
        HttpResponse<String> posted = aliceWeb.submit(
                "/topics/" + topic,
                "opinion",
                Map.of("opinion:stance", "PRO", "opinion:body", opinionText, "opinion:post", ""));
        assertEquals(1, Rows.count("SELECT COUNT(*) FROM opinion WHERE author_id = ? AND topic_id = " + topic, alice));
        assertPage(posted, null);
        assertTrue(posted.body().contains(opinionText), posted::body);

        // a comment under it (a PrimeFaces ajax button: without script it submits its form)
        String topicPage = aliceWeb.get("/topics/" + topic).body();
        String reply = first(topicPage, "name=\"(discussion:[^\"]*:reply)\"");
        String button = first(topicPage, "name=\"(discussion:[^\"]*:postReply)\"");
        String commentText = "스크립트 없이 쓴 댓글 " + Fixtures.unique();
        HttpResponse<String> commented =
                aliceWeb.submit("/topics/" + topic, "discussion", Map.of(reply, commentText, button, ""));
        assertEquals(1, Rows.count("SELECT COUNT(*) FROM opinion_comment WHERE author_id = ?", alice));
        assertPage(commented, null);
        assertTrue(commented.body().contains(commentText), commented::body);

        // a ballot
        long option = polls.view(poll).orElseThrow().options().get(1).id();
        HttpResponse<String> voted = aliceWeb.submit(
                "/polls/" + poll, "ballot", Map.of("ballot:single", String.valueOf(option), "ballot:vote", ""));
        assertEquals(1, Rows.count("SELECT COUNT(*) FROM ballot WHERE member_id = ? AND poll_id = " + poll, alice));
        assertPage(voted, null);

        // an award vote for bob's opinion
        String awardsPage = aliceWeb.get("/awards?round=" + round).body();
        HttpResponse<String> awarded = aliceWeb.submit(
                "/awards?round=" + round,
                "nominees",
                Map.of(first(awardsPage, "name=\"(nominees:list:\\d+:vote)\""), ""));
        assertEquals(
                1, Rows.count("SELECT COUNT(*) FROM award_vote WHERE voter_id = ? AND round_id = " + round, alice));
        assertPage(awarded, null);

        // an invited expert's brief, on the expert's own page: "write" opens the form, "submit" saves it
        long expert = member(1971, "EXPERT");
        Identities.as(operator, Set.of("OPERATOR"), () -> expertBriefs.invite(topic, expert, Stance.CON));
        Browser expertWeb = new Browser(origin());
        expertWeb.logIn(Rows.email(expert));
        String briefsPage = expertWeb.get("/account/briefs").body();
        HttpResponse<String> writing = expertWeb.submit(
                "/account/briefs", "brief", Map.of(first(briefsPage, "name=\"(brief:invitations:\\d+:start)\""), ""));
        assertPage(writing, null);
        String briefForm = HtmlForms.form(writing.body(), "brief");
        String field = first(briefForm, "name=\"(brief:invitations:\\d+:)title\"");
        Map<String, String> brief = HtmlForms.values(briefForm);
        String briefTitle = "스크립트 없이 쓴 의견서 " + Fixtures.unique();
        brief.put(field + "affiliation", "서울시립대학교");
        brief.put(field + "title", briefTitle);
        brief.put(field + "body", "본문");
        brief.put(field + "write", "");
        HttpResponse<String> written = expertWeb.post(HtmlForms.action(briefForm, "/account/briefs"), brief);
        assertEquals(
                1,
                Rows.count(
                        "SELECT COUNT(*) FROM expert_opinion WHERE expert_id = ? AND affiliation = ? AND title = ?",
                        expert,
                        "서울시립대학교",
                        briefTitle));
        assertPage(written, null);
    }

    /**
     * Every page (the .xhtml files of the web module but templates and includes) and every API endpoint (the
     * resources' {@code @Path}s), as anonymous, citizen, official, expert, moderator, operator and a member whose
     * account another session closed: malformed query parameters, posts with forged, stale, "stateless" and missing
     * view state (full and ajax), unexpected methods, malformed and deeply nested JSON.
     */
    @Test
    @Order(2)
    @RunAsClient
    void noRequestOfAnyRoleAnswers5xxOrLogsAStackTrace() throws Exception {
        Path peopleFile = Path.of(System.getProperty("it.log.dir"), PEOPLE_FILE);
        assertTrue(Files.exists(peopleFile), "the in-container test of this class writes " + peopleFile + " first");
        Properties walk = new Properties();
        try (var in = Files.newBufferedReader(peopleFile)) {
            walk.load(in);
        }
        String origin = base.toURI().resolve("/").toString().replaceAll("/$", "");
        Map<String, Browser> visitors = new LinkedHashMap<>();
        visitors.put("anonymous", new Browser(origin));
        for (String role : new TreeSet<>(ROLES)) {
            Browser visitor = new Browser(origin);
            visitor.logIn(walk.getProperty(role));
            visitors.put(role, visitor);
        }
        // the closed account: another session of the same member closes it
        Browser closer = new Browser(origin);
        closer.logIn(walk.getProperty("closed"));
        HttpResponse<String> closed = closer.submit(
                "/account",
                "close",
                Map.of("close:closePassword", Fixtures.PASSWORD, "close:closeConfirmed", "on", "close:submit", ""));
        assertTrue(closed.statusCode() < 500, closed::body);

        List<String> pages = pages();
        List<String> endpoints = endpoints(walk);
        assertTrue(pages.size() > 30 && pages.contains("/admin/settings.xhtml"), pages::toString);
        assertTrue(endpoints.stream().anyMatch(e -> e.endsWith("/ballot")), endpoints::toString);

        long logBefore = Files.size(Path.of(System.getProperty("it.log.dir"), "server.log"));
        List<Request> requests = new ArrayList<>();
        visitors.forEach((role, visitor) -> {
            boolean deep = List.of("anonymous", "citizen", "operator").contains(role);
            for (String page : pages) {
                requests.addAll(pageRequests(role, visitor, page, walk, deep));
            }
            for (String endpoint : endpoints) {
                requests.addAll(apiRequests(role, visitor, endpoint));
            }
        });

        Queue failures = new Queue();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Request request : requests) {
                done.add(pool.submit(() -> request.run(failures)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(
                failures.isEmpty(),
                () -> failures.size() + " of " + requests.size() + " requests answered 5xx:\n"
                        + String.join("\n", new TreeSet<>(failures)));

        String logged = logFrom(logBefore);
        List<String> traces = traces(logged);
        assertTrue(
                traces.isEmpty(),
                () -> "the walk of " + requests.size() + " requests left stack traces in the" + " server log:\n"
                        + String.join("\n", traces) + "\n…\n" + logged.substring(0, Math.min(6000, logged.length())));
    }

    /**
     * The walk pressed the login button with malformed fields as every visitor, and each refusal counted against this
     * machine's address (20 in 15 minutes throttle it). The throttle is the forum's, not the walk's to leave behind:
     * the classes after this one log in from the same address, so the walk's refusals are forgotten once counted.
     */
    @Test
    @Order(3)
    void theWalksRefusedLoginsCountedAgainstItsAddressAndAreThenForgotten() throws Exception {
        assertTrue(
                Rows.count("SELECT COUNT(*) FROM rate_limit_hit WHERE limit_name = 'LOGIN_FAILURES_PER_ADDRESS'") > 0,
                "the walk's malformed logins were not counted as failed logins");
        Rows.update("DELETE FROM rate_limit_hit WHERE limit_name = 'LOGIN_FAILURES_PER_ADDRESS'");
    }

    /**
     * The stack traces in {@code logged}, each as the line that names it (the logged error and the exception), its
     * first frames and every "Caused by" line: enough to say what failed when a race shows it once in a CI run.
     */
    static List<String> traces(String logged) {
        List<String> kept = new ArrayList<>();
        String previous = "";
        int frames = 0;
        for (String line : logged.split("\\R")) {
            boolean frame = line.startsWith("\tat ");
            if (frame && !previous.startsWith("\tat ") && !previous.startsWith("\t...")) {
                kept.add(previous);
                frames = 0;
            }
            if ((frame && frames++ < 6) || line.contains("UT005023") || line.startsWith("Caused by")) {
                kept.add(line);
            }
            previous = line;
        }
        return kept.stream().distinct().limit(80).toList();
    }

    // ---- the walk ----

    /** Malformed values of query parameters: not numbers, negative, huge, long, scripts, NUL, ids that do not exist. */
    private static final List<String> BAD_VALUES = List.of(
            "abc",
            "-1",
            "99999999999999999999",
            "999999999",
            "x".repeat(20_000),
            "<script>alert(1)</script>",
            "%00",
            "1%0D%0ASet-Cookie:x=1");

    /** What goes into every field a person types into: a script, a direction override and 20,000 characters. */
    private static final String MALFORMED = "<script>alert(1)</script>\u202E" + "x".repeat(20_000);

    private static final List<String> ODD_METHODS =
            List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "FOO");

    /**
     * What is asked of one page as one role. Methods and forged view states do not depend on the role: all of them
     * for the anonymous visitor and the citizen, a few for the other roles; malformed parameters for
     * {@code deep} roles.
     */
    private static List<Request> pageRequests(
            String role, Browser visitor, String page, Properties walk, boolean deep) {
        List<Request> list = new ArrayList<>();
        String label = role + " ";
        // the idea pages take an idea's id, every other page a topic's
        String id = page.startsWith("/idea") || page.startsWith("/admin/idea")
                ? walk.getProperty("idea")
                : walk.getProperty("topic");
        boolean all = role.equals("anonymous") || role.equals("citizen");
        list.add(new Request(label + "GET " + page, () -> visitor.get(page)));
        list.add(new Request(
                label + "GET " + page + "?id=" + id,
                () -> visitor.get(page + "?id=" + id + "&round=" + walk.getProperty("round"))));
        for (String method : all ? ODD_METHODS : List.of("PUT", "DELETE")) {
            list.add(new Request(
                    label + method + " " + page,
                    () -> visitor.send(method, page, "x=1", "application/x-www-form-urlencoded", Map.of())));
        }
        // posts: no view state, a forged one, "stateless", a serialized object, a huge one; full and ajax
        List<String> viewStates = all
                ? List.of("", "-1234567:7654321", "stateless", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA", "x".repeat(20_000))
                : List.of("-1234567:7654321", "stateless");
        for (String viewState : viewStates) {
            String body = "jakarta.faces.ViewState=" + URLEncoder.encode(viewState, StandardCharsets.UTF_8)
                    + "&primefaces.nonce=Zm9yZ2Vk&f=%3Cscript%3E&f%3Asubmit=";
            list.add(new Request(
                    label + "POST " + page + " view state " + shorten(viewState),
                    () -> visitor.send("POST", page, body, "application/x-www-form-urlencoded", Map.of())));
            if (all) {
                list.add(new Request(
                        label + "ajax POST " + page + " view state " + shorten(viewState),
                        () -> visitor.send(
                                "POST",
                                page,
                                body + "&jakarta.faces.partial.ajax=true&jakarta.faces.source=f",
                                "application/x-www-form-urlencoded",
                                Map.of("Faces-Request", "partial/ajax"))));
            }
        }
        // the page's own form, posted back with every field malformed and a missing or forged script nonce
        list.add(new Request(
                label + "POST " + page + " own form, fields malformed", () -> visitor.postBackMalformed(page)));
        if (deep) {
            list.add(new Request(
                    label + "POST " + page + " every button of every form, typed fields malformed",
                    () -> visitor.pressEveryButtonMalformed(
                            page + "?id=" + id + "&round=" + walk.getProperty("round"))));
            for (String parameter : parameters(page)) {
                for (String value : BAD_VALUES) {
                    String query = "?" + parameter + "="
                            + (value.contains("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8));
                    list.add(new Request(
                            label + "GET " + page + "?" + parameter + "=" + shorten(value),
                            () -> visitor.get(page + query)));
                }
            }
        }
        return list;
    }

    /**
     * What is asked of one API endpoint as one role: malformed ids with every method; to an endpoint with a real id,
     * malformed, deeply nested and huge bodies in several types, sent with the session's token so that they reach
     * the parser (anonymous, citizen and operator), and a format it does not offer.
     */
    private static List<Request> apiRequests(String role, Browser visitor, String endpoint) {
        List<Request> list = new ArrayList<>();
        String label = role + " ";
        List<String> ids = endpoint.contains("{id}")
                ? List.of("abc", "-1", "99999999999999999999", "999999999", "x".repeat(5000), "%00", "1.5")
                : List.of("");
        for (String id : ids) {
            String path = endpoint.replace("{id}", id);
            for (String method : List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
                if (path.matches(".*/\\d{1,8}/events") && (method.equals("GET") || method.equals("HEAD"))) {
                    continue; // a real poll's live results: an endless stream, not an answer
                }
                list.add(new Request(
                        label + method + " " + shorten(path),
                        () -> visitor.send(method, path, "{}", "application/json", visitor.apiHeaders())));
            }
        }
        if (endpoint.contains("{id}")
                || !List.of("anonymous", "citizen", "operator").contains(role)) {
            return list;
        }
        List<String> bodies = List.of(
                "",
                "{",
                "{\"options\":",
                "{\"options\":\"all\"}",
                "{\"options\":[1e999999]}",
                "{\"options\":[-1]}",
                "[".repeat(100_000),
                "{\"a\":".repeat(50_000),
                "{\"options\":[" + "1,".repeat(5000) + "1]}",
                "\"" + "x".repeat(20_000) + "\"",
                "\u0000\u0001");
        for (String body : bodies) {
            for (String type : List.of("application/json", "text/plain")) {
                list.add(new Request(
                        label + "POST " + endpoint + " " + type + " " + shorten(body),
                        () -> visitor.send("POST", endpoint, body, type, visitor.apiHeaders())));
            }
        }
        list.add(new Request(
                label + "POST " + endpoint + " XML",
                () -> visitor.send(
                        "POST", endpoint, "<options><o>1</o></options>", "application/xml", visitor.apiHeaders())));
        if (!endpoint.endsWith("/events")) {
            list.add(new Request(
                    label + "GET " + endpoint + " Accept: application/xml",
                    () -> visitor.send("GET", endpoint, null, null, Map.of("Accept", "application/xml"))));
        }
        return list;
    }

    /** The pages: every .xhtml of the web module but templates and includes (under WEB-INF). */
    private static List<String> pages() throws IOException {
        Path webapp = Path.of("..", "forum-web", "src", "main", "webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .sorted()
                    .toList();
        }
    }

    /** The view parameters a page declares (and "id", which several read themselves). */
    private static Set<String> parameters(String page) {
        try {
            String source = Files.readString(Path.of("..", "forum-web", "src", "main", "webapp", page));
            Set<String> names = new TreeSet<>(Set.of("id"));
            Matcher m = Pattern.compile("<f:viewParam\\s+name=\"(\\w+)\"").matcher(source);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The API endpoints: each resource's class and method {@code @Path}, under /api. */
    private static List<String> endpoints(Properties walk) throws IOException {
        Path api = Path.of("..", "forum-web", "src", "main", "java", "org", "policyforum", "web", "api");
        List<String> endpoints = new ArrayList<>();
        try (Stream<Path> files = Files.list(api)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher classPath = Pattern.compile(
                                "@Path\\(\"([^\"]+)\"\\)\\s*(?:(?://[^\\n]*|@\\w+(?:\\([^)]*\\))?)\\s*)*public class")
                        .matcher(source);
                if (!classPath.find()) {
                    continue;
                }
                Matcher methodPath = Pattern.compile("@Path\\(\"([^\"]+)\"\\)").matcher(source);
                while (methodPath.find()) {
                    if (methodPath.start() != classPath.start()) {
                        endpoints.add("/api/" + classPath.group(1) + "/" + methodPath.group(1));
                    }
                }
                endpoints.add("/api/" + classPath.group(1));
            }
        }
        // also each endpoint with a real poll, where the request gets as far as the parser
        List<String> withRealIds = new ArrayList<>();
        for (String endpoint : endpoints) {
            withRealIds.add(endpoint);
            if (endpoint.contains("{id}")) {
                String real = endpoint.replace("{id}", walk.getProperty("poll"));
                withRealIds.add(real.replace("{", "").replace("}", ""));
            }
        }
        return withRealIds.stream().distinct().toList();
    }

    private static String logFrom(long offset) throws IOException {
        byte[] all = Files.readAllBytes(Path.of(System.getProperty("it.log.dir"), "server.log"));
        int from = (int) Math.min(offset, all.length);
        return new String(all, from, all.length - from, StandardCharsets.UTF_8);
    }

    private static String shorten(String value) {
        String flat = value.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 40 ? flat.substring(0, 40) + "…(" + flat.length() + ")" : flat;
    }

    /** One request of the walk; any 5xx answer (or no answer) goes to the failures. */
    private record Request(String label, Call call) {
        void run(Queue failures) {
            try {
                HttpResponse<String> answer = null;
                // the server may close a kept-alive connection after an answer (it does after refusing a post whose
                // body it did not read); the client then sends the next request into the closed connection and gets
                // no bytes. It retries GETs by itself, other methods not: up to twice more here, after a pause, as
                // several pooled connections may have been closed at once. An answer is never retried (a 5xx
                // counts at once); a request that gets no answer three times is reported below.
                for (int attempt = 1; answer == null; attempt++) {
                    try {
                        answer = call.send();
                    } catch (IOException closed) {
                        if (attempt == 3 || !String.valueOf(closed.getMessage()).contains("received no bytes")) {
                            throw closed;
                        }
                        Thread.sleep(200);
                    }
                }
                if (answer.statusCode() >= 500) {
                    String body = answer.body() == null ? "" : answer.body();
                    failures.add(answer.statusCode() + " " + label + "  "
                            + shorten(body.replaceAll("\\s+", " ").replaceAll(".*<h1>", "")));
                }
            } catch (Exception e) {
                failures.add("no answer: " + label + " " + e);
            }
        }
    }

    @FunctionalInterface
    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private static final class Queue extends ConcurrentLinkedQueue<String> {
        private static final long serialVersionUID = 1L;
    }

    // ---- in-container set-up ----

    private String origin() {
        return "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
    }

    private long openTopic(long operator, long bureau, YearMonth month) throws Exception {
        return Identities.as(operator, Set.of("OPERATOR", "CITIZEN"), () -> {
            TopicForm form = new TopicForm();
            form.setForum(Forum.MAIN);
            form.setTitle("스크립트 없는 토론 " + Fixtures.unique());
            form.setSummary("요약");
            form.setBureauId(bureau);
            form.setOpensAt(month.atDay(1).atStartOfDay());
            form.setClosesAt(month.atEndOfMonth().atTime(23, 0));
            long id = topics.draft(form).getId();
            topics.schedule(id);
            return topics.openNow(id).getId();
        });
    }

    private long awardRound(long operator, YearMonth month) throws Exception {
        RoundForm form = new RoundForm();
        form.setForum(Forum.MAIN);
        form.setMonth(month);
        form.setCitizenPlaces(3);
        form.setOfficialPlaces(5);
        form.setVotesPerMember(1);
        LocalDateTime now = LocalDateTime.now(SEOUL);
        form.setVotingOpensAt(now.plusDays(1));
        form.setVotingClosesAt(now.plusDays(8));
        return Identities.as(operator, Set.of("OPERATOR"), () -> rounds.open(form))
                .getId();
    }

    /** A verified citizen with a confirmed address and the given staff roles, who logs in. */
    private long member(int birthYear, String... roles) {
        return Fixtures.member(signUps, birthYear, roles);
    }

    private void writeThePeopleForTheWalk(long operator, long official, long topic, long poll, long round, long idea)
            throws Exception {
        Properties walk = new Properties();
        walk.setProperty("operator", Rows.email(operator));
        walk.setProperty("official", Rows.email(official));
        walk.setProperty("citizen", Rows.email(member(1988)));
        walk.setProperty("expert", Rows.email(member(1970, "EXPERT")));
        walk.setProperty("moderator", Rows.email(member(1972, "MODERATOR")));
        walk.setProperty("closed", Rows.email(member(1986)));
        walk.setProperty("topic", String.valueOf(topic));
        walk.setProperty("poll", String.valueOf(poll));
        walk.setProperty("round", String.valueOf(round));
        walk.setProperty("idea", String.valueOf(idea));
        try (Writer out = Files.newBufferedWriter(Path.of(System.getProperty("jboss.server.log.dir"), PEOPLE_FILE))) {
            walk.store(out, "people and things of NoServerErrorsIT's walk");
        }
    }

    /** The answer is our page (200), not an error page; {@code id} is an element it must have. */
    private static void assertPage(HttpResponse<String> answer, String id) {
        assertEquals(200, answer.statusCode(), answer::body);
        assertFalse(
                answer.body().contains("id=\"errorReference\"") || answer.body().contains("id=\"errorText\""),
                answer::body);
        if (id != null) {
            assertTrue(answer.body().contains("id=\"" + id + "\""), answer::body);
        }
    }

    private static String first(String html, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(html);
        assertTrue(m.find(), () -> "no " + pattern + " in\n" + html);
        return m.group(1);
    }

    /** A browser without script that also holds the session's token for the API, as the forum's own script does. */
    static final class Browser extends NoScriptBrowser {
        private volatile String token = "";

        Browser(String origin) {
            super(origin);
        }

        /** What the forum's own script sends with an API write: the session's token, as JSON from our site. */
        Map<String, String> apiHeaders() {
            return token.isEmpty() ? Map.of() : Map.of("X-CSRF-Token", token);
        }

        @Override
        public void logIn(String email) throws Exception {
            super.logIn(email);
            Matcher csrf = Pattern.compile("data-csrf=\"([^\"]+)\"")
                    .matcher(get("/polls").body());
            if (csrf.find()) {
                token = csrf.group(1);
            }
        }

        /**
         * The first form of the page posted back with its real view state and every visible field set to something
         * malformed, pressing no button; once without a script nonce and once with a forged one.
         */
        HttpResponse<String> postBackMalformed(String path) throws Exception {
            String page = get(path).body();
            int start = page.indexOf("<form id=\"");
            if (start < 0) {
                return get(path);
            }
            String form = page.substring(start, page.indexOf("</form>", start));
            Map<String, String> all = HtmlForms.hiddenFields(form);
            Matcher field = Pattern.compile("<(?:input|textarea|select)\\b[^>]*name=\"([^\"]+)\"")
                    .matcher(form);
            while (field.find()) {
                if (!all.containsKey(field.group(1))) {
                    all.put(field.group(1), MALFORMED);
                }
            }
            HttpResponse<String> without = post(HtmlForms.action(form, path), all);
            if (without.statusCode() >= 500) {
                return without;
            }
            all.put("primefaces.nonce", "Zm9yZ2VkLW5vbmNl");
            return post(HtmlForms.action(form, path), all);
        }

        /**
         * Every form of the page that has a field to type into, posted back once per button it has (a button in a
         * table row acts on that row alone and is left out, as is logging out) with the form's real view state, its
         * choices as the page offers them and every typed field malformed: so the values reach the page's actions and
         * the boundaries behind them, not only the converters. Returns the first 5xx answer, else the last answer.
         */
        HttpResponse<String> pressEveryButtonMalformed(String path) throws Exception {
            HttpResponse<String> last = get(path);
            for (Map.Entry<String, String> form : HtmlForms.forms(last.body()).entrySet()) {
                List<String> typed = HtmlForms.typedFields(form.getValue());
                List<String> buttons = HtmlForms.buttons(form.getValue()).stream()
                        .filter(b -> !b.matches(".*:\\d+:.*") && !b.contains("logout"))
                        .toList();
                for (String button : typed.isEmpty() ? List.<String>of() : buttons) {
                    // a fresh view for every press: the last press may have changed what the page shows
                    String again = HtmlForms.forms(get(path).body()).get(form.getKey());
                    if (again == null) {
                        continue;
                    }
                    Map<String, String> fields = HtmlForms.values(again);
                    HtmlForms.typedFields(again).forEach(name -> fields.put(name, MALFORMED));
                    fields.put(button, "");
                    last = post(HtmlForms.action(again, path), fields);
                    if (last.statusCode() >= 500) {
                        return last;
                    }
                }
            }
            return last;
        }
    }
}
