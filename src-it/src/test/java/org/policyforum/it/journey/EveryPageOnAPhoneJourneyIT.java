package org.policyforum.it.journey;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every page that opens without an item's id, on a 360 px phone in Korean, as a visitor and then as an operator (who
 * may open the whole console): no sideways scrolling, tap targets of 44 × 44 px and no serious axe finding. The
 * journeys check the pages they walk with their data; this one makes sure no page is left out of the phone's check
 * (pages with an item's id are walked by their feature's journey, as are an expert's briefs
 * and a citizen's surveys). Every page is checked before it fails, so that one
 * run names all that is wrong.
 */
class EveryPageOnAPhoneJourneyIT extends Journey {

    private static final String UNKNOWN_TOPIC = "/topics/999999999";

    private static final List<String> PUBLIC = List.of(
            "/",
            "/forum",
            "/youth",
            "/polls",
            "/awards",
            "/hall-of-fame",
            "/suggestions",
            "/ideas",
            "/outcomes",
            "/api-docs",
            "/privacy",
            "/terms",
            "/login",
            "/signup",
            "/password-forgot",
            UNKNOWN_TOPIC);

    private static final List<String> CONSOLE = List.of(
            "/account",
            "/ideas/new",
            "/admin/index.xhtml",
            "/admin/topics.xhtml",
            "/admin/agenda.xhtml",
            "/admin/polls.xhtml",
            "/admin/awards.xhtml",
            "/admin/campaigns.xhtml",
            "/admin/surveys.xhtml",
            "/admin/ideas.xhtml",
            "/admin/idea-setup.xhtml",
            "/admin/obligations.xhtml",
            "/admin/outcomes.xhtml",
            "/admin/moderation.xhtml",
            "/admin/sanctions.xhtml",
            "/admin/report-reasons.xhtml",
            "/admin/members.xhtml",
            "/admin/bureaus.xhtml",
            "/admin/partners.xhtml",
            "/admin/settings.xhtml",
            "/admin/analytics.xhtml",
            "/admin/audit.xhtml");

    @Test
    void everyPageFitsAPhone() {
        Pages pages = new Pages(browser, base);
        browser.desktop();
        Operator operator = Operator.ensure(pages);
        List<String> failures = new ArrayList<>();
        pages.anonymous();
        check(pages, PUBLIC, failures);
        pages.logIn(operator.email, operator.password);
        check(pages, CONSOLE, failures);
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " pages do not fit a phone:\n" + String.join("\n", failures));
        }
    }

    private static void check(Pages pages, List<String> paths, List<String> failures) {
        for (String path : paths) {
            try {
                pages.fitsAPhone(path + (path.contains("?") ? "&" : "?") + "lang=ko");
                // the page itself, not the login page or an error page in its place (but for the unknown topic)
                if (!path.equals(UNKNOWN_TOPIC) && (!pages.path().equals(path) || pages.isShown("errorText"))) {
                    failures.add(path + ": shown as " + pages.path() + (pages.isShown("errorText") ? " (error)" : ""));
                }
            } catch (AssertionError | RuntimeException e) {
                failures.add(path + ": " + e.getMessage());
            }
        }
    }
}
