package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.Point;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.policyforum.it.journey.TestPeople.Person;
import org.policyforum.it.journey.WebClient.Form;
import org.policyforum.it.journey.WebClient.HtmlPage;

/**
 * A month of the main forum in Chromium: an operator prepares a topic in the console (bureau, topic, a pro and a con
 * brief), schedules and opens it; citizens find it on the forum page, read the briefs side by side, post, comment,
 * agree and edit; the operator closes it and it becomes read-only, also for a request crafted by hand. The archive
 * finds it by a word of its title. Every page visited is checked with axe, the citizens' pages also on a phone.
 */
class TopicJourneyIT extends Journey {

    static final String SCRIPT_AND_LINK = "<script>alert(1)</script> http://example.org";

    private Pages pages;

    @BeforeEach
    void newVisitor() {
        pages = new Pages(browser, base);
        browser.desktop();
        pages.anonymous();
    }

    @Test
    void operatorOpensATopicCitizensDiscussItAndAfterClosingItIsReadOnly() {
        Person first = TestPeople.newPerson("topic-first");
        Person second = TestPeople.newPerson("topic-second");
        TestPeople.signUp(base, first);
        TestPeople.signUp(base, second);
        Operator operator = Operator.ensure(pages);
        String unique = TestPeople.unique();
        String title = "Riverside bicycle lanes " + unique;
        String proTitle = "Lanes save lives " + unique;
        String conTitle = "Lanes cost parking " + unique;

        // the operator prepares the topic in the console and opens it
        pages.anonymous().logIn(operator.email, operator.password);
        TopicConsole console = new TopicConsole(pages);
        String bureau = console.newBureau(unique);
        console.draft(
                "MAIN",
                title,
                "Should the riverside get protected bicycle lanes?",
                "<h3>Facts</h3><p>Twelve kilometres of riverside road.</p>",
                bureau);
        console.addBrief(
                title, "PRO", "Dr. Pro " + unique, "Institute of Cycling", proTitle, "Protected lanes halve injuries.");
        console.addBrief(
                title, "CON", "Dr. Con " + unique, "Merchants' Association", conTitle, "Shops depend on parking.");
        console.move(title, "admin.topics.schedule", "SCHEDULED");
        console.move(title, "admin.topics.open", "OPEN");

        // the first citizen finds it on the forum page and reads the briefs side by side
        TestPeople.confirm(base, first);
        TestPeople.confirm(base, second);
        pages.anonymous().logIn(first.email(), first.password());
        pages.openChecked("/forum");
        pages.driver().findElement(By.linkText(title)).click();
        pages.await(ExpectedConditions.textToBe(By.id("topicTitle"), title));
        String topicPath = WebClient.pathOf(pages.driver().getCurrentUrl());
        assertTrue(topicPath.startsWith("/topics/"), topicPath);
        pages.assertAccessible();
        assertEquals(Texts.en("topic.state.OPEN"), pages.text("topicState"));
        assertTrue(pages.text("main").contains("Twelve kilometres of riverside road."), "the background is shown");
        WebElement pro = pages.driver().findElement(By.cssSelector(".brief-column.pro"));
        WebElement con = pages.driver().findElement(By.cssSelector(".brief-column.con"));
        assertAll(
                () -> assertTrue(
                        pro.getText().contains(proTitle) && !pro.getText().contains(conTitle), pro::getText),
                () -> assertTrue(
                        con.getText().contains(conTitle) && !con.getText().contains(proTitle), con::getText),
                () -> assertTrue(pro.getText().contains("Institute of Cycling"), pro::getText));
        Point proAt = pro.getLocation();
        Point conAt = con.getLocation();
        assertTrue(
                proAt.getX() < conAt.getX() && Math.abs(proAt.getY() - conAt.getY()) < 5,
                () -> "pro and con briefs are not side by side on the desktop: pro at " + proAt + ", con at " + conAt);
        assertCounts(0, 0, 0);

        // ... posts a PRO opinion; script stays text, the address becomes a link search engines do not follow
        String opinion = "Yes, protect the lanes " + unique + " " + SCRIPT_AND_LINK;
        pages.driver()
                .findElement(By.cssSelector("input[name='opinion:stance'][value='PRO']"))
                .click();
        pages.type("opinion:body", opinion).submit("opinion:post");
        // the answer is at the form, which has the focus (the page loaded anew and would otherwise start at the top)
        assertNoticeFocused(pages.element("opinion"), Texts.en("opinion.posted"));
        assertCounts(1, 0, 0);
        WebElement posted = TopicConsole.opinionItem(pages, unique);
        // a stable anchor by id, and when it was written: in the city's zone, readable and machine-readable
        String anchor = posted.getDomAttribute("id");
        assertTrue(anchor.matches("opinion-\\d+"), anchor);
        WebElement written = posted.findElement(By.cssSelector(".opinion-meta time"));
        assertTrue(
                written.getDomAttribute("datetime").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+09:00"),
                written.getDomAttribute("datetime"));
        assertFalse(written.getText().isBlank(), "the time is shown");
        assertEquals("#" + anchor, written.findElement(By.xpath("ancestor::a")).getDomAttribute("href"));
        WebElement text = posted.findElement(By.cssSelector("p.text"));
        assertAll(
                () -> assertTrue(text.getText().contains("<script>alert(1)</script>"), text::getText),
                () -> assertTrue(text.findElements(By.tagName("script")).isEmpty(), "a script element was made"),
                () -> assertEquals(
                        "http://example.org",
                        text.findElement(By.cssSelector("a[rel~=nofollow]")).getDomAttribute("href")),
                () -> assertNoAlert());
        pages.assertAccessible();
        pages.fitsAPhone(topicPath);
        pages.fitsAPhone("/forum");

        // the second citizen opens the comments of that opinion, comments and agrees
        pages.anonymous().logIn(second.email(), second.password());
        pages.openChecked(topicPath);
        // opened again: this page's opinion rows are copies of the first one's (SharedRow), and everything below is
        // done with their buttons
        pages.openChecked(topicPath);
        TopicConsole.openComments(pages, unique);
        pages.assertAccessible();
        String comment = "A comment from the second citizen " + unique;
        WebElement item = TopicConsole.opinionItem(pages, unique);
        WebElement reply = item.findElement(By.cssSelector("textarea[id$=':reply']"));
        reply.sendKeys(comment);
        item.findElement(By.cssSelector("button[id$=':postReply']")).click();
        pages.await(d -> TopicConsole.opinionItem(pages, unique)
                .findElement(By.cssSelector("details.comments summary"))
                .getAttribute("textContent")
                .contains("(1)"));
        // the comments stay open and the answer is right there, with the focus
        assertNotNull(
                TopicConsole.opinionItem(pages, unique)
                        .findElement(By.cssSelector("details.comments"))
                        .getDomAttribute("open"),
                "the comments collapsed after commenting");
        assertNoticeFocused(TopicConsole.opinionItem(pages, unique), Texts.en("comment.posted"));
        assertTrue(
                TopicConsole.opinionItem(pages, unique)
                        .findElement(By.cssSelector(".comment-list"))
                        .getText()
                        .contains(comment),
                () -> TopicConsole.opinionItem(pages, unique).getText());
        WebElement commentItem =
                TopicConsole.opinionItem(pages, unique).findElement(By.cssSelector(".comment-list > li"));
        assertTrue(commentItem.getDomAttribute("id").matches("comment-\\d+"), commentItem.getDomAttribute("id"));
        assertFalse(commentItem
                .findElement(By.cssSelector("time"))
                .getDomAttribute("datetime")
                .isBlank());
        pages.assertAccessible();
        // withdrawing the comment asks first; keeping it changes nothing, the second click withdraws it
        TopicConsole.opinionItem(pages, unique)
                .findElement(By.cssSelector("button[id$=':withdrawComment']"))
                .click();
        pages.await(d ->
                !d.findElements(By.cssSelector("button[id$=':keepComment']")).isEmpty());
        assertNoticeFocused(TopicConsole.opinionItem(pages, unique), Texts.en("comment.withdraw.confirm"));
        pages.assertAccessible();
        TopicConsole.opinionItem(pages, unique)
                .findElement(By.cssSelector("button[id$=':keepComment']"))
                .click();
        pages.await(d ->
                d.findElements(By.cssSelector("button[id$=':keepComment']")).isEmpty());
        assertTrue(TopicConsole.opinionItem(pages, unique)
                .findElement(By.cssSelector(".comment-list"))
                .getText()
                .contains(comment));
        TopicConsole.opinionItem(pages, unique)
                .findElement(By.cssSelector("button[id$=':withdrawComment']"))
                .click();
        pages.await(d -> !d.findElements(By.cssSelector("button[id$=':confirmWithdrawComment']"))
                .isEmpty());
        TopicConsole.opinionItem(pages, unique)
                .findElement(By.cssSelector("button[id$=':confirmWithdrawComment']"))
                .click();
        pages.await(d -> TopicConsole.opinionItem(pages, unique)
                .findElement(By.cssSelector(".comment-list"))
                .getText()
                .contains(Texts.en("comment.placeholder.WITHDRAWN")));
        assertNoticeFocused(TopicConsole.opinionItem(pages, unique), Texts.en("comment.withdrawn"));
        TopicConsole.opinionItem(pages, unique)
                .findElement(By.cssSelector("button[id$=':agree']"))
                .click();
        pages.await(d -> agreeButton(unique).getText().strip().equals(Texts.en("reaction.AGREE") + " 1"));
        assertEquals(
                Texts.en("reaction.DISAGREE") + " 0",
                TopicConsole.opinionItem(pages, unique)
                        .findElement(By.cssSelector("button[id$=':disagree']"))
                        .getText()
                        .strip());
        assertTrue(
                TopicConsole.opinionItem(pages, unique)
                        .findElements(By.cssSelector("button[id$=':edit']"))
                        .isEmpty(),
                "someone else's opinion offers to edit it");
        pages.assertAccessible();

        // ... follows the topic, finds it on the account page with a link to it, and stops following it there
        pages.clickAndAwait(
                "follow:toggle", ExpectedConditions.textToBe(By.id("follow:toggle"), Texts.en("topic.unfollow")));
        pages.openChecked("/account");
        assertEquals(
                topicPath,
                WebClient.pathOf(pages.driver().findElement(By.linkText(title)).getDomProperty("href")));
        assertFalse(pages.isShown("follows:noFollows"));
        pages.assertAccessible();
        pages.driver()
                .findElement(By.cssSelector("#follows button[id$=':unfollow']"))
                .click();
        pages.await(ExpectedConditions.visibilityOfElementLocated(By.id("follows:noFollows")));
        assertTrue(pages.globalMessages().contains(Texts.en("account.follows.stopped")), pages.globalMessages());
        pages.openChecked(topicPath);
        assertEquals(Texts.en("topic.follow"), pages.text("follow:toggle"));

        pages.anonymous().logIn(first.email(), first.password());
        pages.openChecked(topicPath);
        assertFalse(
                TopicConsole.opinionItem(pages, unique)
                        .findElement(By.cssSelector(".opinion-meta"))
                        .getText()
                        .contains(Texts.en("opinion.edited")),
                "marked as edited before any edit");
        TopicConsole.opinionItem(pages, unique)
                .findElement(By.cssSelector("button[id$=':edit']"))
                .click();
        WebElement editBody =
                pages.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("textarea[id$=':editBody']")));
        pages.assertAccessible();
        editBody.clear();
        String edited = "Yes, protect the lanes " + unique + ", and light them at night.";
        editBody.sendKeys(edited);
        pages.driver().findElement(By.cssSelector("button[id$=':saveEdit']")).click();
        pages.await(d -> TopicConsole.opinionItem(pages, unique)
                .findElement(By.cssSelector(".opinion-meta"))
                .getText()
                .contains(Texts.en("opinion.edited")));
        assertTrue(
                TopicConsole.opinionItem(pages, unique)
                        .findElement(By.cssSelector("p.text"))
                        .getText()
                        .contains("light them at night"),
                () -> TopicConsole.opinionItem(pages, unique).getText());
        assertNoticeFocused(TopicConsole.opinionItem(pages, unique), Texts.en("opinion.edited.saved"));
        assertEquals(
                Texts.en("reaction.AGREE") + " 1", agreeButton(unique).getText().strip(), "the agreement stays");
        assertCounts(1, 0, 0);
        pages.assertAccessible();

        // withdrawing one's opinion asks first, in place; "keep it" leaves it as it was
        TopicConsole.opinionItem(pages, unique)
                .findElement(By.cssSelector("button[id$=':withdraw']"))
                .click();
        pages.await(d ->
                !d.findElements(By.cssSelector("button[id$=':keepOpinion']")).isEmpty());
        assertNoticeFocused(TopicConsole.opinionItem(pages, unique), Texts.en("opinion.withdraw.confirm"));
        pages.assertAccessible();
        browser.phone();
        browser.assertFitsThePhone();
        browser.desktop();
        TopicConsole.opinionItem(pages, unique)
                .findElement(By.cssSelector("button[id$=':keepOpinion']"))
                .click();
        pages.await(d ->
                d.findElements(By.cssSelector("button[id$=':keepOpinion']")).isEmpty());
        assertTrue(TopicConsole.opinionItem(pages, unique)
                .findElement(By.cssSelector("p.text"))
                .getText()
                .contains("light them at night"));
        assertCounts(1, 0, 0);

        // an anonymous reader's login link comes back to the topic, at the opinion by its anchor
        // (nothing a visitor sees on the topic needs PrimeFaces' scripts: it comes without them; a member's has them)
        browser.assertNoScriptErrors(() -> pages.anonymous().open(topicPath + "#" + anchor));
        assertEquals("undefined", pages.driver().executeScript("return typeof window.jQuery"), "a visitor's jQuery");
        pages.driver().findElement(By.id("loginToPostLink")).click();
        pages.await(d -> pages.path().equals("/login"));
        pages.tryLogIn(second.email(), second.password());
        pages.await(d -> WebClient.pathOf(d.getCurrentUrl()).equals(topicPath));
        assertEquals("function", pages.driver().executeScript("return typeof window.jQuery"), "a member's jQuery");
        assertEquals(
                anchor,
                TopicConsole.opinionItem(pages, unique).getDomAttribute("id"),
                "the anchor is stable for another reader");
        // a forged return address sends nobody elsewhere
        pages.anonymous()
                .open("/login?from="
                        + java.net.URLEncoder.encode(
                                "https://evil.example/x", java.nio.charset.StandardCharsets.UTF_8));
        pages.tryLogIn(second.email(), second.password());
        pages.await(d -> d.getCurrentUrl().startsWith(base.toString().replaceAll("/$", "")));
        assertFalse(
                pages.driver().getCurrentUrl().contains("evil.example"),
                pages.driver().getCurrentUrl());
        pages.anonymous().logIn(first.email(), first.password());

        // a page the first citizen got while the topic was open, to be sent after it closed
        WebClient crafted = new WebClient(base);
        crafted.setCookie("JSESSIONID", pages.cookie("JSESSIONID"));
        crafted.setCookie("forum_lang", "en"); // the browser asks for English by Accept-Language; this client by cookie
        HtmlPage openForm = crafted.get(topicPath);
        assertTrue(openForm.hasId("opinion:body"), "the form is offered while the topic is open");

        // the operator closes the topic
        pages.anonymous().logIn(operator.email, operator.password);
        pages.openChecked("/admin/topics.xhtml");
        console.move(title, "admin.topics.close", "CLOSED");

        // both citizens now find it read-only
        for (Person citizen : List.of(first, second)) {
            pages.anonymous().logIn(citizen.email(), citizen.password());
            pages.openChecked(topicPath);
            assertReadOnly(unique, citizen);
            TopicConsole.openComments(pages, unique);
            pages.assertAccessible();
        }

        // the opinion form sent after closing is refused with a message, and nothing is stored
        String late = "Posted after closing " + unique;
        HtmlPage refused = crafted.submit(
                openForm,
                "opinion",
                "opinion:post",
                new Form().put("opinion:stance", "CON").put("opinion:body", late));
        // the visitor carries the browser's session, and English
        assertTrue(
                refused.body().contains(Texts.en("opinion.topic.notOpen")),
                () -> "no refusal in the answer to a late post (" + refused + "):\n" + refused.body());
        pages.open(topicPath);
        assertFalse(pages.text("main").contains(late), "the late opinion was stored");
        assertCounts(1, 0, 0);

        // the archive finds the closed topic by a word of its title, and not by a word it does not have
        pages.openChecked("/forum");
        String openList = pages.driver()
                .findElement(By.xpath("//main//ul[contains(@class,'topic-list')][not(ancestor::form)]"))
                .getText();
        assertFalse(openList.contains(title), () -> "a closed topic is still listed as open: " + openList);
        searchArchive(unique);
        assertEquals(Texts.en("topic.archive.count", 1), pages.text("archiveCount"));
        assertTrue(pages.text("archive").contains(title), () -> pages.text("archive"));
        pages.assertAccessible();
        searchArchive(TestPeople.unique());
        assertEquals(Texts.en("topic.archive.count", 0), pages.text("archiveCount"));
        assertFalse(pages.text("archive").contains(title), () -> pages.text("archive"));

        // the city answers: the topic page shows the answer, as text, and its date, on a phone too
        pages.anonymous().logIn(operator.email, operator.password);
        pages.openChecked("/admin/topics.xhtml");
        String answer = "Two night bus lines run from March <b>" + unique + "</b>.";
        console.answer(title, answer);
        pages.anonymous().openChecked(topicPath);
        assertEquals(Texts.en("topic.state.ANSWERED"), pages.text("topicState"));
        assertTrue(pages.text("cityAnswer").contains(answer), () -> pages.text("cityAnswer"));
        assertTrue(
                pages.text("answeredOn")
                        .startsWith(Texts.en("topic.answer.given", "").strip()),
                () -> pages.text("answeredOn"));
        pages.fitsAPhone(topicPath);
    }

    @Test
    void aSuggestionIsSupportedAndDeclinedAndTheAuthorReadsWhy() {
        Person author = TestPeople.newPerson("suggestion-author");
        Person supporter = TestPeople.newPerson("suggestion-supporter");
        TestPeople.signUp(base, author);
        TestPeople.signUp(base, supporter);
        Operator operator = Operator.ensure(pages);
        String unique = TestPeople.unique();
        String title = "Night buses to the hospital " + unique;
        String reason = "The bus bureau already runs a trial " + unique;

        // the author suggests a topic
        TestPeople.confirm(base, author);
        TestPeople.confirm(base, supporter);
        pages.anonymous().logIn(author.email(), author.password());
        pages.openChecked("/suggestions");
        pages.select("suggest:forum", "MAIN");
        pages.type("suggest:title", title).type("suggest:why", "Nurses on night shifts cannot get home " + unique);
        pages.clickAndAwait("suggest:submit", ExpectedConditions.textToBePresentInElementLocated(By.id("mine"), title));
        assertTrue(pages.globalMessages().contains(Texts.en("suggestion.submitted")), pages.globalMessages());
        assertTrue(pages.text("mine").contains(Texts.en("suggestion.status.SUBMITTED")), () -> pages.text("mine"));
        assertFalse(supportButton(title).isEnabled(), "the author may support their own suggestion");
        pages.assertAccessible();
        pages.fitsAPhone("/suggestions");

        // another citizen supports it, once
        pages.anonymous().logIn(supporter.email(), supporter.password());
        pages.openChecked("/suggestions");
        assertEquals(
                Texts.en("suggestion.support") + " 0",
                supportButton(title).getText().strip());
        supportButton(title).click();
        pages.await(d -> supportButton(title).getText().strip().equals(Texts.en("suggestion.support") + " 1"));
        assertFalse(supportButton(title).isEnabled(), "a second support is offered");
        assertTrue(pages.globalMessages().contains(Texts.en("suggestion.supported")), pages.globalMessages());
        pages.assertAccessible();

        // the operator declines it with a reason
        pages.anonymous().logIn(operator.email, operator.password);
        pages.openChecked("/admin/agenda.xhtml");
        WebElement card = pages.await(ExpectedConditions.visibilityOfElementLocated(By.xpath(agendaCard(title))));
        assertTrue(card.getText().contains(Texts.en("suggestion.support") + " 1"), card::getText);
        WebElement reasonField = card.findElement(By.cssSelector("input[id$=':reason']"));
        reasonField.sendKeys(reason);
        card.findElement(By.cssSelector("button[id$=':decline']")).click();
        pages.await(Pages.replaced(card));
        assertTrue(pages.globalMessages().contains(Texts.en("admin.agenda.decided")), pages.globalMessages());
        pages.assertAccessible();

        // the author reads the reason under "My suggestions"; the open box no longer has it
        pages.anonymous().logIn(author.email(), author.password());
        pages.openChecked("/suggestions");
        WebElement mine =
                pages.driver().findElement(By.xpath("//*[@id='mine']//li[strong[normalize-space(.)='" + title + "']]"));
        assertTrue(mine.getText().contains(Texts.en("suggestion.status.DECLINED")), mine::getText);
        assertEquals(
                Texts.en("suggestion.reason") + ": " + reason,
                mine.findElement(By.cssSelector(".decision")).getText().strip());
        assertFalse(pages.text("box").contains(title), "a declined suggestion is still in the open box");
    }

    /**
     * The one text guard seen from outside: over plain HTTP (no script) the sign-up name, an opinion, a comment and a
     * suggestion holding a resident registration number, or too long, are refused with the message at the field,
     * what was typed stays in the field, and nothing is stored (the end-of-suite scan looks for these numbers too);
     * in the browser the opinion field counts live, turns red over its limit and never cuts pasted text.
     */
    @Test
    void textHoldingAResidentNumberOrTooLongIsRefusedAtTheFieldWithALiveCount() {
        Person citizen = TestPeople.newPerson("guard-citizen");
        TestPeople.signUp(base, citizen);
        Operator operator = Operator.ensure(pages);
        String unique = TestPeople.unique();
        String title = "Quiet side streets " + unique;
        pages.anonymous().logIn(operator.email, operator.password);
        TopicConsole console = new TopicConsole(pages);
        String bureau = console.newBureau(unique);
        console.draft("MAIN", title, "Should side streets get 30 km/h?", "<p>Facts.</p>", bureau);
        console.move(title, "admin.topics.schedule", "SCHEDULED");
        console.move(title, "admin.topics.open", "OPEN");
        TestPeople.confirm(base, citizen);

        // sign-up: a name holding a resident registration number is refused at the name, the rest is kept
        WebClient visitor = new WebClient(base);
        Person other = TestPeople.newPerson("guard-signup");
        String rrnName = "홍길동 900101-1234567";
        HtmlPage signUp = visitor.submit(
                visitor.get("/signup"),
                "signup",
                "signup:submit",
                TestPeople.signUpForm(other).put("signup:realName", rrnName));
        assertFalse(signUp.hasId("signupDone"), "a resident number in the name was accepted");
        assertEquals(Texts.ko("input.residentNumber"), signUp.messageFor("signup:realName"), signUp::body);
        assertTrue(signUp.isMarkedInvalid("signup:realName"));
        assertTrue(signUp.body().contains(other.email()), "the address typed is lost");

        // an opinion, over plain HTTP: a resident number, then 20,000 characters; both refused at the field
        WebClient member = TestPeople.loggedIn(base, citizen);
        pages.anonymous().logIn(citizen.email(), citizen.password());
        pages.openChecked("/forum");
        pages.driver().findElement(By.linkText(title)).click();
        pages.await(ExpectedConditions.textToBe(By.id("topicTitle"), title));
        String topicPath = WebClient.pathOf(pages.driver().getCurrentUrl());
        String rrnOpinion = "제 번호 9001012234567 로 확인해 주세요 " + unique;
        HtmlPage refused = member.submit(
                member.get(topicPath),
                "opinion",
                "opinion:post",
                new Form().put("opinion:stance", "PRO").put("opinion:body", rrnOpinion));
        assertEquals(Texts.ko("input.residentNumber"), refused.messageFor("opinion:body"), refused::body);
        assertTrue(refused.body().contains(rrnOpinion), () -> "what was typed is lost: " + refused.body());
        String longOpinion = "가".repeat(20_000);
        HtmlPage tooLong = member.submit(
                member.get(topicPath),
                "opinion",
                "opinion:post",
                new Form().put("opinion:stance", "PRO").put("opinion:body", longOpinion));
        assertEquals(
                Texts.ko("opinion.body.tooLong", 10_000, 20_000), tooLong.messageFor("opinion:body"), tooLong::body);
        assertTrue(tooLong.body().contains(longOpinion), "the long text typed is lost or cut");

        // a comment: the refusal is at the reply field of that opinion
        HtmlPage posted = member.submit(
                member.get(topicPath),
                "opinion",
                "opinion:post",
                new Form().put("opinion:stance", "CON").put("opinion:body", "Slow streets are safe " + unique));
        assertTrue(posted.body().contains("Slow streets are safe " + unique), posted::body);
        HtmlPage page = member.get(topicPath);
        String rrnComment = "확인용 번호 ９００１０１－１２３４５６７ " + unique;
        HtmlPage comment = member.submit(
                page,
                "discussion",
                "discussion:opinions:0:postReply",
                new Form().put("discussion:opinions:0:reply", rrnComment));
        assertEquals(
                Texts.ko("input.residentNumber"), comment.messageFor("discussion:opinions:0:reply"), comment::body);
        assertTrue(comment.body().contains(rrnComment), "the comment typed is lost");

        // a suggestion: refused at its title
        HtmlPage suggestions = member.get("/suggestions");
        HtmlPage suggestion = member.submit(
                suggestions,
                "suggest",
                "suggest:submit",
                new Form()
                        .put("suggest:forum", "MAIN")
                        .put("suggest:title", "번호 900101-1234567 " + unique)
                        .put("suggest:why", "이유 " + unique));
        assertEquals(Texts.ko("input.residentNumber"), suggestion.messageFor("suggest:title"), suggestion::body);

        // nothing of it was stored
        pages.openChecked(topicPath);
        String main = pages.text("main");
        assertFalse(main.contains("9001012234567") || main.contains("확인용 번호"), "a refused text was stored");
        assertCounts(0, 1, 0);
        pages.openChecked("/suggestions");
        assertFalse(pages.text("main").contains("번호 900101"), "the refused suggestion was stored");

        // in the browser: the live count, red once over the limit; pasted text is not cut; the refusal at the field
        pages.openChecked(topicPath);
        WebElement body = pages.element("opinion:body");
        // PrimeFaces writes its "no limit" default (2147483647); a maxlength at the real limit would cut pasted text
        String maxlength = body.getDomAttribute("maxlength");
        assertTrue(
                maxlength == null || Long.parseLong(maxlength) > 1_000_000,
                "a maxlength cuts pasted text: " + maxlength);
        WebElement count = pages.element("opinion:body_count");
        assertEquals(Texts.en("input.count", "0", "10,000"), count.getText().strip());
        body.sendKeys("Short");
        pages.await(d -> count.getText().strip().equals(Texts.en("input.count", "5", "10,000")));
        pages.driver()
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                        body,
                        "x".repeat(10_050));
        pages.await(d -> count.getText().strip().equals(Texts.en("input.count.over", "10,050", "10,000", "50")));
        assertTrue(count.getDomAttribute("class").contains("over"), count.getDomAttribute("class"));
        assertEquals(10_050, body.getDomProperty("value").length(), "the pasted text was cut");
        pages.assertAccessible();
        pages.driver()
                .findElement(By.cssSelector("input[name='opinion:stance'][value='NEUTRAL']"))
                .click();
        pages.submit("opinion:post");
        assertEquals(Texts.en("opinion.body.tooLong", 10_000, 10_050), pages.messageFor("opinion:body"));
        assertEquals(
                10_050, pages.element("opinion:body").getDomProperty("value").length(), "the text was lost");
        assertTrue(pages.element("opinion:body_count").getDomAttribute("class").contains("over"));
        pages.assertAccessible();
        assertCounts(0, 1, 0);
        browser.phone();
        pages.openChecked(topicPath);
        pages.element("opinion:body").sendKeys("On a phone");
        pages.await(d ->
                pages.element("opinion:body_count").getText().strip().equals(Texts.en("input.count", "10", "10,000")));
        pages.assertAccessible();
        browser.assertFitsThePhone();
    }

    private WebElement supportButton(String suggestionTitle) {
        return pages.driver()
                .findElement(By.xpath("//*[@id='box']//li[contains(@class,'suggestion')]" + "[h2[normalize-space(.)='"
                        + suggestionTitle + "']]//button[contains(@id,':support')]"));
    }

    private static String agendaCard(String suggestionTitle) {
        return "//*[@id='agenda']//li[h3[normalize-space(.)='" + suggestionTitle + "']]";
    }

    private void assertReadOnly(String unique, Person citizen) {
        String who = " for " + citizen.email();
        WebElement item = TopicConsole.opinionItem(pages, unique);
        assertAll(
                () -> assertTrue(pages.isShown("topicClosed"), "no closed notice" + who),
                () -> assertEquals(Texts.en("opinion.closed"), pages.text("topicClosed")),
                () -> assertEquals(Texts.en("topic.state.CLOSED"), pages.text("topicState")),
                () -> assertTrue(
                        pages.driver().findElements(By.id("opinion:body")).isEmpty(), "opinion form" + who),
                () -> assertTrue(
                        item.findElements(By.cssSelector("button[id$=':agree'], button[id$=':disagree']"))
                                .isEmpty(),
                        "reaction buttons" + who),
                () -> assertEquals(
                        Texts.en("reaction.AGREE") + " 1 · " + Texts.en("reaction.DISAGREE") + " 0",
                        item.findElement(By.cssSelector(".reaction-counts"))
                                .getText()
                                .strip(),
                        "the counts stay readable" + who),
                () -> assertTrue(
                        item.findElements(By.cssSelector("textarea[id$=':reply']"))
                                .isEmpty(),
                        "reply" + who),
                () -> assertTrue(
                        item.findElements(By.cssSelector("button[id$=':edit'], button[id$=':withdraw']"))
                                .isEmpty(),
                        "edit or withdraw" + who),
                () -> assertTrue(
                        item.findElement(By.cssSelector("p.text")).getText().contains("light them at night"),
                        "the opinion can still be read" + who));
    }

    private void searchArchive(String words) {
        WebElement count = pages.element("archiveCount");
        pages.type("archive:words", words);
        pages.clickAndAwait("archive:find", Pages.replaced(count));
    }

    private WebElement agreeButton(String unique) {
        return TopicConsole.opinionItem(pages, unique).findElement(By.cssSelector("button[id$=':agree']"));
    }

    /** The answer to an action is inside {@code where} (where the person acted) and has the focus. */
    private void assertNoticeFocused(WebElement where, String text) {
        pages.await(d -> where.findElements(By.cssSelector(".action-notice")).stream()
                .anyMatch(n -> n.getText().contains(text)));
        pages.await(d -> {
            Object focused = pages.driver()
                    .executeScript(
                            "var a = document.activeElement; return a && a.classList.contains('action-notice') ? "
                                    + "a.textContent : null;");
            return focused != null && focused.toString().contains(text);
        });
    }

    private void assertCounts(int pro, int con, int neutral) {
        WebElement counts = pages.element("stanceCounts");
        assertAll(
                () -> assertEquals(
                        Texts.en("stance.PRO") + " " + pro,
                        counts.findElement(By.cssSelector(".pro")).getText().strip()),
                () -> assertEquals(
                        Texts.en("stance.CON") + " " + con,
                        counts.findElement(By.cssSelector(".con")).getText().strip()),
                () -> assertTrue(
                        counts.getText().contains(Texts.en("stance.NEUTRAL") + " " + neutral), counts::getText));
    }

    private void assertNoAlert() {
        try {
            String shown = pages.driver().switchTo().alert().getText();
            throw new AssertionError("the opinion's script ran: alert " + shown);
        } catch (NoAlertPresentException expected) {
            // the script was shown as text, not run
        }
    }
}
