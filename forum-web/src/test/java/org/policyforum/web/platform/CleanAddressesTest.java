package org.policyforum.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The clean form of the addresses the forum renders: {@link CleanAddresses}. */
class CleanAddressesTest {

    @Test
    void aPageReadByIdIsNamedByItsFolderAndId() {
        assertEquals("/topics/5", CleanAddresses.clean("/topic.xhtml?id=5", ""));
        assertEquals("/polls/5", CleanAddresses.clean("/poll.xhtml?id=5", ""));
        assertEquals("/ideas/12", CleanAddresses.clean("/idea.xhtml?id=12", ""));
        assertEquals("/outcomes/3", CleanAddresses.clean("/outcome.xhtml?id=3", ""));
        assertEquals("/surveys/4", CleanAddresses.clean("/survey.xhtml?id=4", ""));
        assertEquals("/forum/topics/5", CleanAddresses.clean("/forum/topic.xhtml?id=5", "/forum"), "context path");
    }

    @Test
    void otherParametersAndTheFragmentAreKept() {
        assertEquals(
                "/topics/5?order=NEWEST&stance=PRO#opinion-9",
                CleanAddresses.clean("/topic.xhtml?order=NEWEST&id=5&stance=PRO#opinion-9", ""));
        assertEquals("/ideas?q=%EA%B8%B8&page=2", CleanAddresses.clean("/ideas.xhtml?q=%EA%B8%B8&page=2", ""));
    }

    @Test
    void anIdOnACleanAddressNamesAnotherItem() {
        // a link built on a topic page from its own action address: the explicit id wins
        assertEquals("/topics/7?lang=en", CleanAddresses.clean("/topics/5?id=7&lang=en", ""));
        assertEquals("/topics/5?lang=en", CleanAddresses.clean("/topics/5?lang=en", ""));
    }

    @Test
    void namedAndExtensionlessPages() {
        assertEquals("/", CleanAddresses.clean("/index.xhtml", ""));
        assertEquals("/?closed=true", CleanAddresses.clean("/index.xhtml?closed=true", ""));
        assertEquals("/account", CleanAddresses.clean("/account/index.xhtml", ""));
        assertEquals("/account/briefs", CleanAddresses.clean("/account/briefs.xhtml", ""));
        assertEquals("/ideas/new", CleanAddresses.clean("/idea-new.xhtml", ""));
        assertEquals("/youth", CleanAddresses.clean("/youth.xhtml", ""));
        assertEquals("/login?from=%2Ftopics%2F5", CleanAddresses.clean("/login.xhtml?from=%2Ftopics%2F5", ""));
        assertEquals("/widget/topic?partner=p1", CleanAddresses.clean("/widget/topic.xhtml?partner=p1", ""));
    }

    @Test
    void addressesWithoutACleanFormStayAsTheyAre() {
        assertEquals("/admin/topics.xhtml", CleanAddresses.clean("/admin/topics.xhtml", ""), "the console keeps its");
        assertEquals("/topic.xhtml", CleanAddresses.clean("/topic.xhtml", ""), "no id");
        assertEquals("/topic.xhtml?id=abc", CleanAddresses.clean("/topic.xhtml?id=abc", ""));
        assertEquals("/topic.xhtml?id=1&id=2", CleanAddresses.clean("/topic.xhtml?id=1&id=2", ""));
        assertEquals("/error/404.xhtml", CleanAddresses.clean("/error/404.xhtml", ""));
        assertEquals(
                "https://x.example/topic.xhtml?id=5", CleanAddresses.clean("https://x.example/topic.xhtml?id=5", ""));
        assertEquals("//x.example/topic.xhtml?id=5", CleanAddresses.clean("//x.example/topic.xhtml?id=5", ""));
        assertNull(CleanAddresses.clean(null, ""));
    }

    @Test
    void aFormPostsBackToTheCleanAddressOfWhatItShows() {
        assertEquals("/topics/5", CleanAddresses.action("/topic.xhtml", "", "5"));
        assertEquals("/topic.xhtml", CleanAddresses.action("/topic.xhtml", "", "5; drop"));
        assertEquals("/topic.xhtml", CleanAddresses.action("/topic.xhtml", "", null));
        assertEquals("/account", CleanAddresses.action("/account/index.xhtml", "", null));
        assertEquals("/admin/members.xhtml", CleanAddresses.action("/admin/members.xhtml", "", null));
    }

    @Test
    void theReadersCacheNamesAPageByItsCleanAddress() {
        assertEquals("/topics/5", CleanAddresses.page("/topic.xhtml", "5"));
        assertNull(CleanAddresses.page("/topic.xhtml", "-1"));
        assertNull(CleanAddresses.page("/outcome.xhtml", "99999999999999999999"));
        assertEquals("/outcomes", CleanAddresses.page("/outcomes.xhtml", null));
    }

    /** Undertow's file and this class name the same pages: a page renamed in one only would lose its address. */
    @Test
    void undertowTranslatesTheSamePages() throws IOException {
        String rules = Files.readString(Path.of("src/main/webapp/WEB-INF/undertow-handlers.conf"));
        Matcher names = Pattern.compile("\\^/\\(([a-z/|-]+)\\)\\$").matcher(rules);
        assertTrue(names.find(), rules);
        for (String name : names.group(1).split("\\|")) {
            assertEquals("/" + name, CleanAddresses.clean("/" + name + ".xhtml", ""), name);
            assertTrue(Files.exists(Path.of("src/main/webapp/" + name + ".xhtml")), name);
        }
        for (String page : new String[] {"topic", "poll", "idea", "outcome", "survey"}) {
            assertTrue(rules.contains("(topic|poll|idea|outcome|survey)s/"), rules);
            assertEquals("/" + page + "s/1", CleanAddresses.clean("/" + page + ".xhtml?id=1", ""));
        }
    }
}
