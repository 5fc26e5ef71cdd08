package org.policyforum.it.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.it.Deployments;
import org.policyforum.it.ExactlyOnce;
import org.policyforum.it.Fixtures;
import org.policyforum.it.HtmlForms;
import org.policyforum.it.NoScriptBrowser;
import org.policyforum.it.Rows;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;

/**
 * The console's buttons pressed as a hostile or impatient official would, over real HTTP (no script, as a plain HTML
 * form posts): the same button twenty times at once from one page, the editor saved and a poll created twenty times
 * at once, and the editor's date fields sent malformed. Every answer is a page or a 4xx, never a 500; a move
 * happens once, a form is saved once; nothing malformed is stored. {@code TopicsIT} proves the same rules at the
 * boundary; this proves the web tier keeps them.
 */
@ExactlyOnce // a race lost one time in two is a defect: no second run
@ExtendWith(ArquillianExtension.class)
class ConsolePressesIT {

    private static final int AT_ONCE = 20;
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(ConsolePressesIT.class);
    }

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    @Inject
    TopicAdministration administration;

    @ArquillianResource
    URL base;

    @Test
    void twentyPressesOfOneButtonMoveTheTopicOnceAndAnswerNo500() throws Exception {
        long operator = operator();
        Scheduled topic = scheduledTopic(operator);
        NoScriptBrowser console = new NoScriptBrowser(origin());
        console.logIn(Rows.email(operator));

        String list = console.get("/admin/topics.xhtml").body();
        String row = rowOf(list, topic.title());
        String open = buttonIn(row, ko("admin.topics.open"));
        Map<String, String> fields = HtmlForms.hiddenFields(HtmlForms.form(list, "topicsForm"));
        fields.put(open, "");

        List<HttpResponse<String>> answers = atOnce(() -> console.post(postTo(list, "topicsForm"), fields));

        assertNoServerError(answers);
        assertEquals("OPEN", Rows.single("SELECT state FROM topic WHERE id = ?", topic.id()));
        assertEquals(
                1L,
                Rows.count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'topic.open' AND target = ?",
                        "topic:" + topic.id()),
                "opened once, audited once");
    }

    @Test
    void twentySavesOfOneEditorAnswerNo500AndSaveOnce() throws Exception {
        long operator = operator();
        Scheduled topic = scheduledTopic(operator);
        NoScriptBrowser console = new NoScriptBrowser(origin());
        console.logIn(Rows.email(operator));

        String editor = openEditor(console, topic);
        Map<String, String> fields = HtmlForms.values(HtmlForms.form(editor, "topic"));
        String title = "동시에 저장 " + Fixtures.unique();
        fields.put("topic:title", title);
        fields.put("topic:save", "");

        List<HttpResponse<String>> answers = atOnce(() -> console.post(postTo(editor, "topic"), fields));

        assertNoServerError(answers);
        assertEquals(title, Rows.single("SELECT title FROM topic WHERE id = ?", topic.id()));
        // one form, saved once: the other nineteen presses must not each make a new draft of it
        assertEquals(
                1L, Rows.count("SELECT COUNT(*) FROM topic WHERE title = ?", title), "topics with the saved title");
        assertEquals("SCHEDULED", Rows.single("SELECT state FROM topic WHERE id = ?", topic.id()));
    }

    @Test
    void aForgedOrMissingFormTokenSavesNothing() throws Exception {
        long operator = operator();
        Scheduled topic = scheduledTopic(operator);
        NoScriptBrowser console = new NoScriptBrowser(origin());
        console.logIn(Rows.email(operator));

        for (String token : new String[] {"forged-" + Fixtures.unique(), null}) {
            String editor = openEditor(console, topic);
            Map<String, String> fields = HtmlForms.values(HtmlForms.form(editor, "topic"));
            if (token == null) {
                fields.remove("formOnce");
            } else {
                fields.put("formOnce", token);
            }
            fields.put("topic:title", "저장되면 안 되는 제목 " + Fixtures.unique());
            fields.put("topic:save", "");

            HttpResponse<String> answer = console.post(postTo(editor, "topic"), fields);

            assertEquals(200, answer.statusCode(), answer::body);
            assertTrue(answer.body().contains(ko("common.alreadySaved")), answer::body);
            assertEquals(
                    topic.title(), Rows.single("SELECT title FROM topic WHERE id = ?", topic.id()), "token " + token);
        }
    }

    @Test
    void twentyPressesOfCreateMakeOnePoll() throws Exception {
        long operator = operator();
        NoScriptBrowser console = new NoScriptBrowser(origin());
        console.logIn(Rows.email(operator));

        String page = console.get("/admin/polls.xhtml").body();
        String form = HtmlForms.form(page, "create");
        Map<String, String> fields = HtmlForms.values(form);
        String question = "동시에 만든 투표 " + Fixtures.unique();
        fields.put("create:question", question);
        int option = 0;
        for (String name : HtmlForms.typedFields(form)) {
            if (name.endsWith(":option")) {
                fields.put(name, "선택지 " + ++option);
            }
        }
        assertTrue(option >= 2, () -> "the poll form offers two options at least:\n" + form);
        fields.put("create:save", "");

        List<HttpResponse<String>> answers =
                atOnce(() -> console.post(HtmlForms.action(form, "/admin/polls.xhtml"), fields));

        assertNoServerError(answers);
        // one form, sent twenty times at once: one poll
        assertEquals(
                1L, Rows.count("SELECT COUNT(*) FROM poll WHERE question = ?", question), "polls with the question");
    }

    @Test
    void malformedDatesAreRefusedAtTheFieldAndStoreNothing() throws Exception {
        long operator = operator();
        Scheduled topic = scheduledTopic(operator);
        NoScriptBrowser console = new NoScriptBrowser(origin());
        console.logIn(Rows.email(operator));
        Object opensBefore = Rows.single("SELECT opens_at FROM topic WHERE id = ?", topic.id());

        // what the converter cannot read is refused by it; a date it can read (year 999999999) by the topic's rules
        Map<String, String> refusals = new LinkedHashMap<>();
        for (String unreadable : List.of(
                "2026-13-45T99:99",
                "<script>alert(1)</script>",
                "9".repeat(20_000),
                "2026-02-30T10:00",
                "900101-1234567",
                "\u202E2026-01-01T10:00")) {
            refusals.put(unreadable, ko("common.dateTime.invalid"));
        }
        refusals.put("+999999999-12-31T23:59", ko("topic.closesAt.beforeOpening"));
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            String malformed = refusal.getKey();
            String editor = openEditor(console, topic);
            Map<String, String> fields = HtmlForms.values(HtmlForms.form(editor, "topic"));
            fields.put("topic:opensAt", malformed);
            fields.put("topic:title", "바뀌면 안 되는 제목 " + Fixtures.unique());
            fields.put("topic:save", "");

            HttpResponse<String> answer = console.post(postTo(editor, "topic"), fields);

            assertTrue(answer.statusCode() < 500, () -> malformed + " answered " + answer.statusCode());
            assertEquals(200, answer.statusCode(), () -> malformed + ":\n" + answer.body());
            assertTrue(
                    answer.body().contains(refusal.getValue()),
                    () -> malformed + ": no message at the field\n" + answer.body());
            assertTrue(!answer.body().contains("<script>alert(1)</script>"), "the script is not rendered back");
            assertEquals(topic.title(), Rows.single("SELECT title FROM topic WHERE id = ?", topic.id()), malformed);
            assertEquals(opensBefore, Rows.single("SELECT opens_at FROM topic WHERE id = ?", topic.id()), malformed);
        }
    }

    // ---- the console, as a browser without script sees it ----

    /** The Korean words of the forum (the web module's bundle, seen only inside the server). */
    private static String ko(String key) {
        return ResourceBundle.getBundle("org.policyforum.web.messages", Locale.KOREAN)
                .getString(key);
    }

    /** Presses the row's edit button and returns the page with the editor filled in. */
    private static String openEditor(NoScriptBrowser console, Scheduled topic) throws Exception {
        String list = console.get("/admin/topics.xhtml").body();
        String edit = buttonIn(rowOf(list, topic.title()), ko("common.edit"));
        Map<String, String> fields = HtmlForms.hiddenFields(HtmlForms.form(list, "topicsForm"));
        fields.put(edit, "");
        HttpResponse<String> editor = console.post(postTo(list, "topicsForm"), fields);
        assertEquals(200, editor.statusCode(), editor::body);
        assertTrue(
                editor.body().contains("value=\"" + topic.title() + "\""),
                () -> "the editor holds the topic:\n" + editor.body());
        return editor.body();
    }

    /** Where form {@code formId} of a console page posts to. */
    private static String postTo(String page, String formId) {
        return HtmlForms.action(HtmlForms.form(page, formId), "/admin/topics.xhtml");
    }

    private static List<HttpResponse<String>> atOnce(Callable<HttpResponse<String>> press) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return press.call();
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertNoServerError(List<HttpResponse<String>> answers) {
        List<String> failed = answers.stream()
                .filter(a -> a.statusCode() >= 500 || a.body().contains("id=\"errorReference\""))
                .map(a -> a.statusCode() + " "
                        + a.body().substring(0, Math.min(400, a.body().length())))
                .toList();
        assertEquals(List.of(), failed, "answers of " + AT_ONCE + " presses at once");
    }

    private static String rowOf(String page, String title) {
        int at = page.indexOf(">" + title + "<");
        assertTrue(at >= 0, () -> "no row for " + title + " in\n" + page);
        int start = page.lastIndexOf("<tr", at);
        int end = page.indexOf("</tr>", at);
        return page.substring(start, end);
    }

    private static String buttonIn(String row, String label) {
        Matcher button = Pattern.compile("<button[^>]*\\sname=\"([^\"]+)\"[^>]*>(?:(?!</button>).)*?"
                        + Pattern.quote(label) + "(?:(?!</button>).)*</button>")
                .matcher(row);
        assertTrue(button.find(), () -> "no button " + label + " in\n" + row);
        return button.group(1);
    }

    // ---- the people and things ----

    private record Scheduled(long id, String title) {}

    /** An operator who can log in (address confirmed). */
    private long operator() {
        return Fixtures.member(signUps, 1977, "OPERATOR");
    }

    /**
     * A scheduled topic of a new bureau, opening decades from now: the console lists topics by opening time, newest
     * first, so it is the first row whatever else the run made.
     */
    private Scheduled scheduledTopic(long operator) throws Exception {
        LocalDateTime opens = LocalDateTime.now(SEOUL)
                .plusYears(50)
                .plusMinutes((long) (Math.random() * 100_000))
                .withSecond(0)
                .withNano(0);
        String title = "콘솔 연타 " + Fixtures.unique();
        long id = Fixtures.scheduledTopic(administration, bureaus, operator, Forum.MAIN, title, opens);
        return new Scheduled(id, title);
    }

    private String origin() throws Exception {
        return base.toURI().resolve("/").toString().replaceAll("/$", "");
    }
}
