package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.policyforum.it.journey.TestPeople.Person;

/**
 * Sanctions in Chromium, in Korean: a moderator finds a member in the sanctions console and suspends them for 7
 * days with a reason; the member reads the reason and the end on their account page, sends their one appeal, and is
 * refused with the one clear message when they post an opinion; the moderator reads the appeal and lifts the
 * suspension, and the member writes again. The pages are
 * checked with axe, also on a 360 px phone.
 */
class SanctionJourneyIT extends Journey {

    private Pages pages;

    @BeforeEach
    void newVisitor() {
        pages = new Pages(browser, base);
        browser.desktop();
        pages.anonymous();
    }

    @Test
    void aModeratorSuspendsAMemberWhoSeesWhyAppealsAndCannotPost() {
        Operator operator = Operator.ensure(pages);
        String unique = TestPeople.unique();
        String title = "공원의 조용한 시간 " + unique;
        pages.anonymous().logIn(operator.email, operator.password);
        TopicConsole console = new TopicConsole(pages);
        console.openNewTopic("MAIN", title, "공원에 조용한 시간이 필요할까요?", console.newBureau(unique));
        Person moderator = TestPeople.confirmedMember(base, "sanction-moderator", 1975);
        console.grant(moderator, "MODERATOR", null);
        Person member = TestPeople.confirmedMember(base, "sanctioned", 1990);
        String topicPath = console.postOpinion(member, title, "시계 싸게 팝니다 " + unique, null);

        // the moderator suspends the member for 7 days, with a reason
        String reason = "광고 글을 되풀이해 올렸습니다 " + unique;
        pages.anonymous().logIn(moderator.email(), moderator.password());
        pages.open("/admin/sanctions.xhtml?lang=ko");
        assertEquals(Texts.ko("admin.nav.sanctions"), pages.heading());
        pages.type("find:words", member.realName());
        pages.clickAndAwait(
                "find:search", ExpectedConditions.textToBePresentInElementLocated(By.id("find"), member.realName()));
        pages.pressSettled(By.cssSelector("[id='find'] .found button"));
        pages.await(ExpectedConditions.textToBePresentInElementLocated(By.id("selectedMember"), member.realName()));
        pages.assertAccessible();
        new Select(pages.element("place:kind")).selectByValue("SUSPENSION");
        pages.type("place:reason", reason);
        pages.clickAndAwait(
                "place:submit", d -> pages.globalMessages().contains(Texts.ko("admin.sanctions.placed.SUSPENSION")));
        pages.await(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), reason));
        pages.fitsAPhone("/admin/sanctions.xhtml");

        // the member reads why and until when, and appeals once
        pages.anonymous().logIn(member.email(), member.password());
        pages.open("/account?lang=ko");
        String section = pages.text("mySanctions");
        assertTrue(section.contains(Texts.ko("sanction.kind.SUSPENSION")), section);
        assertTrue(section.contains(reason), section);
        assertTrue(section.contains(Texts.ko("sanction.inForce")), section);
        String end = pages.driver()
                .findElement(By.cssSelector("#mySanctions .sanction-end"))
                .getText()
                .strip();
        assertFalse(end.isEmpty(), "the end date is shown");
        pages.assertAccessible();
        String appeal = "광고가 아니라 중고 거래 안내였습니다 " + unique;
        pages.type("mySanctions:sanctions:0:appeal", appeal);
        pages.clickAndAwait(
                "mySanctions:sanctions:0:sendAppeal",
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("mySanctions"), Texts.ko("sanction.appeal.sent")));
        assertTrue(pages.text("mySanctions").contains(appeal));
        assertTrue(
                pages.driver()
                        .findElements(By.id("mySanctions:sanctions:0:appeal"))
                        .isEmpty(),
                "one appeal: the form is gone");
        pages.fitsAPhone("/account");

        // before typing anything, the topic page shows the suspension where the opinion form was: what it is, why,
        // until when on the organisation's clock, and the way to the appeal (the boundaries' refusal is SanctionsIT's)
        pages.open(topicPath);
        String notice = pages.text("sanctionNotice");
        assertTrue(notice.contains(Texts.ko("sanction.notice.heading")), notice);
        assertTrue(notice.contains(Texts.ko("sanction.kind.SUSPENSION")), notice);
        assertTrue(notice.contains(reason), notice);
        // the end as the account page shows it (the member's locale's date and time)
        assertTrue(notice.contains(end), () -> end + " in " + notice);
        assertTrue(
                pages.driver()
                        .findElements(By.cssSelector("input[name='opinion:stance']"))
                        .isEmpty(),
                "no opinion form to type into");
        assertTrue(pages.driver().findElements(By.id("sanctionNoticeAccount")).size() == 1, "a way to the appeal");
        pages.assertAccessible();
        pages.fitsAPhone(topicPath);

        // the moderator reads the appeal
        pages.anonymous().logIn(moderator.email(), moderator.password());
        pages.open("/admin/sanctions.xhtml?lang=ko");
        assertTrue(pages.text("appeals").contains(appeal), () -> pages.text("appeals"));

        // and lifts the suspension early with a reason: the member writes again
        pages.driver()
                .findElement(By.cssSelector("#appeals textarea[id$=':liftReason']"))
                .sendKeys("중고 거래 안내로 확인되었습니다");
        pages.driver()
                .findElement(By.cssSelector("#appeals button[id$=':lift']"))
                .click();
        pages.await(d -> pages.globalMessages().contains(Texts.ko("admin.sanctions.lifted")));
        console.postOpinion(member, title, "해제 뒤의 의견 " + unique, topicPath);
    }
}
