package org.policyforum.it.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
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
import org.policyforum.discussion.boundary.TopicPages;
import org.policyforum.discussion.entity.ReactionKind;
import org.policyforum.discussion.entity.TargetType;
import org.policyforum.it.Deployments;
import org.policyforum.it.Fixtures;
import org.policyforum.it.NoScriptBrowser;
import org.policyforum.it.Rows;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.platform.control.StatementTally;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;

/**
 * The N+1 guard: one topic page costs a fixed, small number of SQL statements, however many opinions, comments,
 * reactions and authors it shows. Counted with {@link StatementTally} (an EclipseLink session event listener).
 */
@ExtendWith(ArquillianExtension.class)
class TopicPageQueriesIT {

    /**
     * What one page costs, measured: the topic, its bureau, the briefs, the stance counts, the page's opinion ids,
     * their count, the organisation settings, the opinions with their authors, the comments with theirs, and the
     * reaction counts of the opinions and of the comments (11). A logged-in viewer adds the viewer's own member row
     * and the viewer's reactions to opinions and to comments (3). Authors' bureaus come in the opinions' and the
     * comments' statements (they used to cost one statement per distinct bureau); authors' districts are in the
     * shared cache.
     */
    static final int ANONYMOUS_PAGE = 11;

    static final int MEMBER_PAGE = ANONYMOUS_PAGE + 3;

    /**
     * What a logged-in member's whole topic page costs over HTTP, from the view's restore to its rendered answer
     * (the page bean's own reads besides the discussion: the poll beside the topic, the member's follow and award
     * state, the navigation): counted by the server's {@code forum_page_statements} meter. Measured on the demo
     * topic (its poll, briefs and award state): 26-28 a page, against the discussion boundary's 14 above.
     */
    static final int MEMBER_REQUEST = 40;

    /** One view's statement meter in the Prometheus text: its sum or its count. */
    private static final Pattern STATEMENTS =
            Pattern.compile("forum_page_statements_(sum|count)\\{[^}]*view=\"/topic\\.xhtml\"[^}]*} ([0-9.E+-]+)");

    static final Set<String> CITIZEN = Set.of("CITIZEN");
    private static final int OFFSET = Integer.getInteger("jboss.socket.binding.port-offset", 0);
    static final Set<String> OPERATOR = Set.of("OPERATOR", "CITIZEN");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(TopicPageQueriesIT.class);
    }

    @Inject
    Opinions opinions;

    @Inject
    TopicPages topicPages;

    @Inject
    TopicAdministration administration;

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    @Test
    void aTopicPageCostsAFixedNumberOfStatementsWhateverItShows() throws Exception {
        SmallAndLarge topics = smallAndLargeTopics(1980, 1950);
        long small = topics.small();
        long large = topics.large();

        Counted smallPage = count(small, 50);
        Counted largePage = count(large, 50);
        assertEquals(5, smallPage.opinions, "the small topic shows all its opinions");
        assertEquals(50, largePage.opinions, "the large topic shows a full page");
        assertTrue(largePage.comments >= 100, "with their comments: " + largePage.comments);
        assertEquals(
                smallPage.statements,
                largePage.statements,
                "5 or 50 opinions, 20 authors, " + largePage.comments + " comments: the same statements\nsmall: "
                        + smallPage.sql + "\nlarge: " + largePage.sql);
        assertTrue(
                largePage.statements <= ANONYMOUS_PAGE,
                "at most " + ANONYMOUS_PAGE + " statements for an anonymous page, not " + largePage.statements + ":\n"
                        + String.join("\n", largePage.sql));

        long viewer = topics.authors().get(3);
        Counted asMember = Identities.as(viewer, CITIZEN, () -> count(large, 50));
        Counted asMemberSmall = Identities.as(viewer, CITIZEN, () -> count(small, 50));
        assertEquals(asMemberSmall.statements, asMember.statements, "a logged-in viewer's page does not grow either");
        assertTrue(
                asMember.statements <= MEMBER_PAGE,
                "at most " + MEMBER_PAGE + " statements for a member's page, not " + asMember.statements + ":\n"
                        + String.join("\n", asMember.sql));
    }

    /**
     * The same guard for the whole page a logged-in member gets over HTTP (a full render, never the readers' copy):
     * the statement count does not grow with the opinions, comments and authors shown.
     */
    @Test
    void aMembersWholePageOverHttpCostsTheSameForFiveOrFiftyOpinions() throws Exception {
        SmallAndLarge topics = smallAndLargeTopics(1982, 1951);
        long small = topics.small();
        long large = topics.large();

        long viewer = Fixtures.member(signUps, 1999); // a member with a confirmed address and the fixtures' password
        NoScriptBrowser member = new NoScriptBrowser("http://127.0.0.1:" + (8080 + OFFSET));
        member.logIn(Rows.email(viewer));
        member.get("/topics/" + small); // the session's first page may read what later pages find cached
        double smallPage = statementsOfOnePage(member, "/topics/" + small);
        double largePage = statementsOfOnePage(member, "/topics/" + large);
        assertEquals(smallPage, largePage, "a member's whole page: 5 or 50 opinions, the same statements");
        assertTrue(
                largePage <= MEMBER_REQUEST,
                "at most " + MEMBER_REQUEST + " statements for a member's whole page, not " + largePage);
        assertTrue(largePage >= MEMBER_PAGE, "the meter counts the discussion's own statements: " + largePage);
    }

    /** Officials write opinions too: their bureau is an eager reference of the author. */
    @Test
    void authorsFromManyBureausDoNotMultiplyTheStatements() throws Exception {
        long operator = Fixtures.citizen(signUps, 1981);
        Fixtures.grant(operator, "OPERATOR");
        List<Long> officials = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long official = Fixtures.citizen(signUps, 1970 + i);
            Fixtures.assignBureau(
                    official, Identities.as(operator, OPERATOR, () -> bureaus.create("부서-" + Fixtures.unique(), null)
                            .getId()));
            officials.add(official);
        }
        long one = openTopic(operator);
        populate(one, 3, officials.subList(0, 1));
        long six = openTopic(operator);
        populate(six, 12, officials);

        Counted oneBureau = count(one, 50);
        Counted sixBureaus = count(six, 50);
        assertEquals(
                oneBureau.statements,
                sixBureaus.statements,
                "authors from 1 bureau or from 6: the same statements\none: " + String.join("\n", oneBureau.sql)
                        + "\nsix: " + String.join("\n", sixBureaus.sql));
        assertTrue(
                sixBureaus.statements <= ANONYMOUS_PAGE,
                "at most " + ANONYMOUS_PAGE + ", not " + sixBureaus.statements);
    }

    /** Two open topics of one new operator, by the same 20 authors: 5 opinions, and 60 (more than a page). */
    record SmallAndLarge(long small, long large, List<Long> authors) {}

    private SmallAndLarge smallAndLargeTopics(int operatorBirthYear, int firstAuthorBirthYear) throws Exception {
        long operator = Fixtures.citizen(signUps, operatorBirthYear);
        Fixtures.grant(operator, "OPERATOR");
        List<Long> authors = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            authors.add(Fixtures.citizen(signUps, firstAuthorBirthYear + i * 2));
        }
        long small = openTopic(operator);
        populate(small, 5, authors);
        long large = openTopic(operator);
        populate(large, 60, authors);
        return new SmallAndLarge(small, large, authors);
    }

    /** Asks for the page as this member and reads what the server's meter counted for it. */
    private static double statementsOfOnePage(NoScriptBrowser member, String path) throws Exception {
        double[] before = topicPageStatements();
        HttpResponse<String> page = member.get(path);
        assertEquals(200, page.statusCode(), path);
        assertTrue(page.body().contains("logoutForm:logout"), () -> "not a member's page: " + page.body());
        double[] after = topicPageStatements();
        assertEquals(1.0, after[1] - before[1], "one topic page rendered meanwhile");
        return after[0] - before[0];
    }

    /** The topic page's statements so far: {sum, count} from the management interface's Prometheus text. */
    private static double[] topicPageStatements() throws Exception {
        HttpResponse<String> metrics = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (9990 + OFFSET) + "/metrics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode());
        double[] sumAndCount = new double[2];
        Matcher m = STATEMENTS.matcher(metrics.body());
        while (m.find()) {
            sumAndCount["sum".equals(m.group(1)) ? 0 : 1] = Double.parseDouble(m.group(2));
        }
        return sumAndCount;
    }

    record Counted(int statements, List<String> sql, int opinions, int comments) {}

    private Counted count(long topic, int size) {
        StatementTally.record();
        var page = topicPages.page(topic, size).orElseThrow();
        int statements = StatementTally.count();
        List<String> sql = StatementTally.statements();
        StatementTally.reset();
        return new Counted(
                statements,
                sql,
                page.opinions().size(),
                page.opinions().stream().mapToInt(o -> o.comments().size()).sum());
    }

    private long openTopic(long operator) throws Exception {
        return Fixtures.openTopic(administration, bureaus, operator, Forum.MAIN);
    }

    /**
     * {@code count} opinions by the authors in turn, each with 2 or 3 comments (one a reply) by other authors, and
     * reactions from several authors on every opinion and on the first comment.
     */
    private void populate(long topic, int count, List<Long> authors) throws Exception {
        Stance[] stances = Stance.values();
        int n = authors.size();
        for (int i = 0; i < count; i++) {
            long author = authors.get(i % n);
            Stance stance = stances[i % stances.length];
            long opinion = Identities.as(author, CITIZEN, () -> opinions.post(topic, stance, "의견 본문"))
                    .getId();
            long first = Identities.as(authors.get((i + 1) % n), CITIZEN, () -> opinions.comment(opinion, null, "첫 댓글"))
                    .getId();
            Identities.as(authors.get((i + 2) % n), CITIZEN, () -> opinions.comment(opinion, first, "답글"));
            if (i % 2 == 0) {
                Identities.as(authors.get((i + 3) % n), CITIZEN, () -> opinions.comment(opinion, null, "둘째 댓글"));
            }
            for (int r = 1; r <= Math.min(4, n - 1); r++) {
                ReactionKind kind = r % 3 == 0 ? ReactionKind.DISAGREE : ReactionKind.AGREE;
                Identities.as(
                        authors.get((i + r) % n), CITIZEN, () -> opinions.react(TargetType.OPINION, opinion, kind));
            }
            if (n > 1) {
                Identities.as(
                        authors.get((i + n - 1) % n),
                        CITIZEN,
                        () -> opinions.react(TargetType.COMMENT, first, ReactionKind.AGREE));
            }
        }
    }
}
