package org.policyforum.web.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public pages' permanent, readable addresses (issue 14): {@code /topics/5}, {@code /polls/5}, {@code /ideas/5},
 * {@code /outcomes/5}, {@code /surveys/5} for a page read by id, {@code /ideas/new}, {@code /account}, {@code /} and
 * the page's name without {@code .xhtml} for the others ({@code /youth}, {@code /outcomes?status=…}).
 *
 * <p>Undertow translates them ({@code WEB-INF/undertow-handlers.conf}: a clean address is rewritten to its page before
 * the security constraints and filters see it, and a GET of an old {@code .xhtml?id=} address answers 301 with the
 * clean one). This class is the other direction: it turns a page's {@code .xhtml} address into the clean one for
 * every link and form the forum renders ({@link CleanViewHandler}), the login's way back and the readers' cache key.
 * Undertow's handler file has no comments, so its reasons are here: the redirects come first there, so they see the
 * address as asked for and never one rewritten below them; only GET and HEAD are redirected, so a form posted to an
 * old address still works; only a plain positive number of at most 18 digits is an id, so {@code /topics/abc},
 * {@code /topics/-1}, an id too long and {@code /topics/1/x} reach no page and answer 404.
 *
 * <p>The console under {@code /admin} keeps its {@code .xhtml} addresses: it is an intranet tool, not linked from
 * outside, and web.xml guards its pages one by one by exact address; a second, extensionless address for each would
 * double those constraints and the chance that one is missed.
 */
public final class CleanAddresses {

    /** Pages read by id: the page's file and the clean address's folder. */
    private static final Map<String, String> BY_ID = Map.of(
            "/topic.xhtml", "/topics/",
            "/poll.xhtml", "/polls/",
            "/idea.xhtml", "/ideas/",
            "/outcome.xhtml", "/outcomes/",
            "/survey.xhtml", "/surveys/");

    /** Pages with a name of their own. */
    private static final Map<String, String> NAMED = Map.of(
            "/index.xhtml", "/",
            "/account/index.xhtml", "/account",
            "/idea-new.xhtml", "/ideas/new");

    /** The other public pages (the same list as in undertow-handlers.conf): their name without the extension. */
    private static final Pattern EXTENSIONLESS = Pattern.compile(
            "/(forum|youth|polls|ideas|outcomes|awards|hall-of-fame|suggestions|surveys|report|login|signup|setup"
                    + "|confirm|password-forgot|password-reset|unsubscribe|privacy|terms|api-docs|widget/topic"
                    + "|dev/mail|account/briefs)\\.xhtml");

    private static final Pattern CLEAN_BY_ID =
            Pattern.compile("(/(?:topics|polls|ideas|outcomes|surveys)/)[1-9]\\d{0,17}");
    private static final Pattern ID = Pattern.compile("[1-9]\\d{0,17}");

    private CleanAddresses() {}

    /**
     * The clean form of an address of this site ({@code contextPath} and all, e.g. {@code /topic.xhtml?id=5&order=new}
     * becomes {@code /topics/5?order=new}); an address that has none (the console, a page read by id without a plain
     * id, a resource, another site) comes back as it was. An {@code id} parameter on an address already clean wins
     * over the one in its path: a link to another topic built from a topic page's own address.
     */
    public static String clean(String address, String contextPath) {
        if (address == null || !address.startsWith(contextPath + "/") || address.startsWith("//")) {
            return address;
        }
        int hash = address.indexOf('#');
        String fragment = hash < 0 ? "" : address.substring(hash);
        String rest = hash < 0 ? address : address.substring(0, hash);
        int question = rest.indexOf('?');
        String query = question < 0 ? "" : rest.substring(question + 1);
        String path = (question < 0 ? rest : rest.substring(0, question)).substring(contextPath.length());
        int semicolon = path.indexOf(';');
        String pathParameters = semicolon < 0 ? "" : path.substring(semicolon);
        path = semicolon < 0 ? path : path.substring(0, semicolon);

        String folder = BY_ID.get(path);
        Matcher cleanById = CLEAN_BY_ID.matcher(path);
        if (folder == null && cleanById.matches()) {
            folder = cleanById.group(1);
        }
        String cleanPath;
        if (folder != null) {
            List<String> ids = new ArrayList<>();
            List<String> others = new ArrayList<>();
            for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
                if (pair.startsWith("id=")) {
                    ids.add(pair.substring(3));
                } else if (!pair.isEmpty()) {
                    others.add(pair);
                }
            }
            if (ids.size() != 1 || !ID.matcher(ids.get(0)).matches()) {
                return address;
            }
            cleanPath = folder + ids.get(0);
            query = String.join("&", others);
        } else if (NAMED.containsKey(path)) {
            cleanPath = NAMED.get(path);
        } else if (EXTENSIONLESS.matcher(path).matches()) {
            cleanPath = path.substring(0, path.length() - ".xhtml".length());
        } else {
            return address;
        }
        return contextPath + cleanPath + pathParameters + (query.isEmpty() ? "" : "?" + query) + fragment;
    }

    /**
     * The clean address of a page (its servlet path, e.g. {@code /topic.xhtml}) showing the item {@code id} (null for
     * a page not read by id), without the context path and the other parameters; null for a page read by id without a
     * plain id. The readers' cache names its copies by it.
     */
    public static String page(String servletPath, String id) {
        String folder = BY_ID.get(servletPath);
        if (folder != null) {
            return id != null && ID.matcher(id).matches() ? folder + id : null;
        }
        return clean(servletPath, "");
    }

    /**
     * The address a page's forms post back to: for a page read by id, the clean address of the id it shows (the view
     * parameter {@code id} of this request); for the others, their clean address; else the page's own.
     */
    static String action(String actionUrl, String contextPath, String id) {
        String viewPath = actionUrl.substring(Math.min(contextPath.length(), actionUrl.length()));
        if (BY_ID.containsKey(viewPath)) {
            return id != null && ID.matcher(id).matches() ? contextPath + BY_ID.get(viewPath) + id : actionUrl;
        }
        return clean(actionUrl, contextPath);
    }
}
