package org.policyforum.it.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.discussion.entity.ReactionKind;
import org.policyforum.discussion.entity.TargetType;
import org.policyforum.it.Deployments;
import org.policyforum.it.Fixtures;
import org.policyforum.it.NoScriptBrowser;
import org.policyforum.it.Parallel;
import org.policyforum.it.Rows;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;

/**
 * The topic page as logged-in members get it, over real HTTP: two members on the same page each see their own
 * reactions and only their own edit and withdraw controls, one after the other and while the page is asked for by
 * both at once from several threads (the guard for any shared rendering of the opinion list); and a member's own new
 * opinion shows at once, with its controls (read-your-writes), without script.
 */
@ExtendWith(ArquillianExtension.class)
class MemberTopicPageIT {

    static final Set<String> CITIZEN = Set.of("CITIZEN");
    private static final Pattern OPINION = Pattern.compile("<li class=\"card opinion [^\"]*\" id=\"opinion-(\\d+)\"");
    private static final Pattern COMMENT = Pattern.compile("<li class=\"comment [^\"]*\" id=\"comment-(\\d+)\"");
    private static final Pattern BUTTON = Pattern.compile("<button id=\"[^\"]*:(\\w+)\"[^>]*class=\"([^\"]*)\"");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(MemberTopicPageIT.class);
    }

    @Inject
    Opinions opinions;

    @Inject
    TopicAdministration administration;

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    @Resource
    ManagedExecutorService executor;

    /**
     * What one member's page shows as theirs: the opinions and comments they may edit or withdraw, and their
     * reactions (AGREE or DISAGREE by item id; an item they did not react to is absent).
     */
    record Own(
            Set<Long> opinions,
            Map<Long, String> opinionReactions,
            Set<Long> comments,
            Map<Long, String> commentReactions) {}

    @Test
    void twoMembersEachSeeOnlyTheirOwnReactionsAndControlsAlsoUnderParallelLoad() throws Exception {
        long topic = openTopicOfANewOperator(1980);
        long alice = Fixtures.member(signUps, 1990);
        long bob = Fixtures.member(signUps, 1975);
        long carol = Fixtures.citizen(signUps, 1962);

        long aliceOpinion = post(alice, topic, Stance.PRO, "앨리스의 의견");
        long bobOpinion = post(bob, topic, Stance.CON, "밥의 의견");
        long carolOpinion = post(carol, topic, Stance.NEUTRAL, "캐롤의 의견");
        long aliceComment = comment(alice, bobOpinion, "앨리스의 댓글");
        long bobComment = comment(bob, aliceOpinion, "밥의 댓글");
        long carolComment = comment(carol, aliceOpinion, "캐롤의 댓글");
        react(alice, TargetType.OPINION, bobOpinion, ReactionKind.AGREE);
        react(alice, TargetType.OPINION, carolOpinion, ReactionKind.AGREE);
        react(bob, TargetType.OPINION, aliceOpinion, ReactionKind.DISAGREE);
        react(alice, TargetType.COMMENT, bobComment, ReactionKind.DISAGREE);
        react(bob, TargetType.COMMENT, aliceComment, ReactionKind.AGREE);
        react(carol, TargetType.COMMENT, carolComment, ReactionKind.AGREE);

        Own alicesOwn = new Own(
                Set.of(aliceOpinion),
                Map.of(bobOpinion, "AGREE", carolOpinion, "AGREE"),
                Set.of(aliceComment),
                Map.of(bobComment, "DISAGREE"));
        Own bobsOwn = new Own(
                Set.of(bobOpinion),
                Map.of(aliceOpinion, "DISAGREE"),
                Set.of(bobComment),
                Map.of(aliceComment, "AGREE"));
        NoScriptBrowser aliceWeb = loggedIn(alice);
        NoScriptBrowser bobWeb = loggedIn(bob);
        String path = "/topics/" + topic;

        assertEquals(alicesOwn, own(aliceWeb.get(path).body()), "alice's page");
        assertEquals(bobsOwn, own(bobWeb.get(path).body()), "bob's page");
        // and a reader's page has none of it (nor any button to react with)
        String reader = browser().get(path).body();
        assertEquals(new Own(Set.of(), Map.of(), Set.of(), Map.of()), own(reader), "a reader's page");
        assertFalse(reader.contains(":agree\""), "no reaction buttons for a reader");

        // both members at once from 8 threads, 6 pages each, alternating: every answer is its own member's
        List<String> answers = Parallel.outcomes(executor, 8, i -> () -> {
            NoScriptBrowser who = i % 2 == 0 ? aliceWeb : bobWeb;
            Own expected = i % 2 == 0 ? alicesOwn : bobsOwn;
            StringBuilder wrong = new StringBuilder();
            for (int n = 0; n < 6; n++) {
                HttpResponse<String> page = who.get(path);
                Own seen = page.statusCode() == 200 ? own(page.body()) : null;
                if (!expected.equals(seen)) {
                    wrong.append(" page ")
                            .append(n)
                            .append(": ")
                            .append(page.statusCode())
                            .append(' ')
                            .append(seen);
                }
            }
            return (i % 2 == 0 ? "alice" : "bob") + (wrong.isEmpty() ? " ok" : wrong.toString());
        });
        assertEquals(
                List.of("alice ok", "bob ok", "alice ok", "bob ok", "alice ok", "bob ok", "alice ok", "bob ok"),
                answers);
    }

    @Test
    void aMembersNewOpinionShowsAtOnceWithItsControlsWithoutScript() throws Exception {
        long topic = openTopicOfANewOperator(1981);
        long alice = Fixtures.member(signUps, 1991);
        long bob = Fixtures.member(signUps, 1976);
        NoScriptBrowser aliceWeb = loggedIn(alice);
        NoScriptBrowser bobWeb = loggedIn(bob);
        String path = "/topics/" + topic;
        // bob has the page rendered before alice writes: a rendering shared with him must not hide her opinion from her
        own(bobWeb.get(path).body());
        String body = "앨리스가 방금 쓴 의견 " + Fixtures.unique();

        HttpResponse<String> answer = aliceWeb.submit(
                path, "opinion", Map.of("opinion:stance", "PRO", "opinion:body", body, "opinion:post", ""));
        assertEquals(200, answer.statusCode());
        long id = ((Number) Rows.single("SELECT id FROM opinion WHERE topic_id = ? AND author_id = ?", topic, alice))
                .longValue();
        for (String page : List.of(answer.body(), aliceWeb.get(path).body())) {
            assertTrue(page.contains(body), "her opinion on her page at once");
            assertEquals(new Own(Set.of(id), Map.of(), Set.of(), Map.of()), own(page));
        }
        String bobsPage = bobWeb.get(path).body();
        assertTrue(bobsPage.contains(body), "bob sees it too");
        assertEquals(new Own(Set.of(), Map.of(), Set.of(), Map.of()), own(bobsPage), "as not his");
    }

    /**
     * A row one member's page copies from another's (the opinion list's shared rows) is the row its components would
     * render, with the page's own script nonce and the click handlers of its buttons, and its buttons act for the
     * member who presses them.
     */
    @Test
    void aRowCopiedFromAnotherMembersPageIsTheSameRowAndActsForItsOwnMember() throws Exception {
        long topic = openTopicOfANewOperator(1982);
        long alice = Fixtures.member(signUps, 1992);
        long dave = Fixtures.member(signUps, 1977);
        long erin = Fixtures.member(signUps, 1978);
        long opinion = post(alice, topic, Stance.PRO, "앨리스의 의견 " + Fixtures.unique());
        comment(alice, opinion, "앨리스의 댓글");
        NoScriptBrowser daveWeb = loggedIn(dave);
        NoScriptBrowser erinWeb = loggedIn(erin);
        String path = "/topics/" + topic;

        String davePage = daveWeb.get(path).body();
        String erinPage = erinWeb.get(path).body();
        String daveNonce = nonce(davePage);
        String erinNonce = nonce(erinPage);
        assertNotEquals(daveNonce, erinNonce);
        String erinRow = items(erinPage, OPINION).get(opinion);
        String daveRow = items(davePage, OPINION).get(opinion);
        // the only opinion: its row runs to the end of the list, where the form's own view state follows
        String view = "jakarta.faces.ViewState";
        assertEquals(
                daveRow.substring(0, daveRow.indexOf(view)).replace(daveNonce, "NONCE"),
                erinRow.substring(0, erinRow.indexOf(view)).replace(erinNonce, "NONCE"),
                "the same row on both pages");
        assertFalse(erinRow.contains(daveNonce), "with the script nonce of erin's own page");
        Matcher button = Pattern.compile("<button id=\"([^\"]+)\"").matcher(erinRow);
        int buttons = 0;
        while (button.find()) {
            buttons++;
            assertTrue(
                    erinPage.contains("PrimeFaces.csp.register('" + button.group(1) + "','onclick'"),
                    "the click handler of " + button.group(1));
        }
        assertTrue(buttons >= 6, "agree, disagree, report; and the comment's agree, disagree, reply: " + buttons);

        // erin agrees through the copied row's button, without script: her reaction, pressed on her page only
        String agree = Pattern.compile("<button id=\"([^\"]+:agree)\"")
                .matcher(erinRow)
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        HttpResponse<String> answer = erinWeb.submit(path, "discussion", Map.of(agree, ""));
        assertEquals(200, answer.statusCode());
        assertEquals(
                1,
                Rows.count(
                        "SELECT COUNT(*) FROM reaction WHERE member_id = ? AND target_id = ? AND kind = 'AGREE'",
                        erin,
                        opinion));
        Own agreed = new Own(Set.of(), Map.of(opinion, "AGREE"), Set.of(), Map.of());
        assertEquals(agreed, own(answer.body()));
        assertEquals(agreed, own(erinWeb.get(path).body()));
        String daveNext = daveWeb.get(path).body();
        assertEquals(new Own(Set.of(), Map.of(), Set.of(), Map.of()), own(daveNext), "not pressed for dave");
        assertTrue(items(daveNext, OPINION).get(opinion).contains(" 1</span></button>"), "her agreement counted");
    }

    private static String nonce(String page) {
        Matcher m = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), "a script with a nonce");
        return m.group(1);
    }

    /** Reads the member's own state off the page: controls of their own items, the buttons of their reactions. */
    static Own own(String page) {
        Set<Long> mine = new HashSet<>();
        Map<Long, String> reactions = new HashMap<>();
        Set<Long> myComments = new HashSet<>();
        Map<Long, String> commentReactions = new HashMap<>();
        for (Map.Entry<Long, String> opinion : items(page, OPINION).entrySet()) {
            String text = opinion.getValue();
            int comments = text.indexOf("<details class=\"comments\"");
            String own = comments < 0 ? text : text.substring(0, comments);
            Map<String, String> buttons = buttons(own);
            if (buttons.containsKey("edit") && buttons.containsKey("withdraw")) {
                mine.add(opinion.getKey());
            }
            reaction(buttons, "agree", "disagree").ifPresent(r -> reactions.put(opinion.getKey(), r));
            if (comments >= 0) {
                for (Map.Entry<Long, String> comment :
                        items(text.substring(comments), COMMENT).entrySet()) {
                    Map<String, String> its = buttons(comment.getValue());
                    if (its.containsKey("withdrawComment")) {
                        myComments.add(comment.getKey());
                    }
                    reaction(its, "agreeComment", "disagreeComment")
                            .ifPresent(r -> commentReactions.put(comment.getKey(), r));
                }
            }
        }
        return new Own(mine, reactions, myComments, commentReactions);
    }

    /** Each item's markup by its id, up to the next item of the same kind. */
    private static Map<Long, String> items(String page, Pattern start) {
        Map<Long, String> items = new LinkedHashMap<>();
        Matcher m = start.matcher(page);
        Long id = null;
        int from = 0;
        while (m.find()) {
            if (id != null) {
                items.put(id, page.substring(from, m.start()));
            }
            id = Long.valueOf(m.group(1));
            from = m.start();
        }
        if (id != null) {
            items.put(id, page.substring(from));
        }
        return items;
    }

    /** The buttons by the last part of their id, with their classes. */
    private static Map<String, String> buttons(String markup) {
        Map<String, String> buttons = new HashMap<>();
        Matcher m = BUTTON.matcher(markup);
        while (m.find()) {
            buttons.putIfAbsent(m.group(1), m.group(2));
        }
        return buttons;
    }

    /** A reaction button that is not outlined is the member's own reaction. */
    private static Optional<String> reaction(Map<String, String> buttons, String agree, String disagree) {
        if (buttons.containsKey(agree) && !buttons.get(agree).contains("ui-button-outlined")) {
            return Optional.of("AGREE");
        }
        if (buttons.containsKey(disagree) && !buttons.get(disagree).contains("ui-button-outlined")) {
            return Optional.of("DISAGREE");
        }
        return Optional.empty();
    }

    private long post(long author, long topic, Stance stance, String body) throws Exception {
        return Identities.as(author, CITIZEN, () -> opinions.post(topic, stance, body))
                .getId();
    }

    private long comment(long author, long opinion, String body) throws Exception {
        return Identities.as(author, CITIZEN, () -> opinions.comment(opinion, null, body))
                .getId();
    }

    private void react(long member, TargetType type, long id, ReactionKind kind) throws Exception {
        Identities.as(member, CITIZEN, () -> opinions.react(type, id, kind));
    }

    /** A main-forum topic opened by an operator made for it (born in {@code birthYear}). */
    private long openTopicOfANewOperator(int birthYear) throws Exception {
        long operator = Fixtures.citizen(signUps, birthYear);
        Fixtures.grant(operator, "OPERATOR");
        return Fixtures.openTopic(administration, bureaus, operator, Forum.MAIN);
    }

    private static NoScriptBrowser browser() {
        return new NoScriptBrowser(
                "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)));
    }

    private NoScriptBrowser loggedIn(long member) throws Exception {
        NoScriptBrowser visitor = browser();
        visitor.logIn(Rows.email(member));
        return visitor;
    }
}
