package org.policyforum.it.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.platform.control.SqlStatements;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;

/**
 * The N+1 guard: one topic page costs a fixed, small number of SQL statements, however many opinions, comments,
 * reactions and authors it shows. Counted with {@link SqlStatements} (an EclipseLink session event listener).
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

    static final Set<String> CITIZEN = Set.of("CITIZEN");
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
        long operator = Fixtures.citizen(signUps, 1980);
        Fixtures.grant(operator, "OPERATOR");
        List<Long> authors = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            authors.add(Fixtures.citizen(signUps, 1950 + i * 2));
        }

        long small = openTopic(operator);
        populate(small, 5, authors);
        long large = openTopic(operator);
        populate(large, 60, authors);

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

        long viewer = authors.get(3);
        Counted asMember = Identities.as(viewer, CITIZEN, () -> count(large, 50));
        Counted asMemberSmall = Identities.as(viewer, CITIZEN, () -> count(small, 50));
        assertEquals(asMemberSmall.statements, asMember.statements, "a logged-in viewer's page does not grow either");
        assertTrue(
                asMember.statements <= MEMBER_PAGE,
                "at most " + MEMBER_PAGE + " statements for a member's page, not " + asMember.statements + ":\n"
                        + String.join("\n", asMember.sql));
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

    record Counted(int statements, List<String> sql, int opinions, int comments) {}

    private Counted count(long topic, int size) {
        SqlStatements.record();
        var page = topicPages.page(topic, size).orElseThrow();
        int statements = SqlStatements.count();
        List<String> sql = SqlStatements.statements();
        SqlStatements.reset();
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
