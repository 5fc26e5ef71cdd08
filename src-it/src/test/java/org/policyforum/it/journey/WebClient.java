package org.policyforum.it.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client with its own cookies (one visitor), for requests a browser would not send and for setting up
 * people quickly. Follows redirects like a browser. Posts to Faces pages must carry the form's hidden fields (view
 * state) and the PrimeFaces CSP nonce, which a browser's script adds: {@link #submit} copies both from the page.
 */
final class WebClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI root;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    WebClient(URL base) {
        try {
            this.root = base.toURI().resolve("/");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(base.toString(), e);
        }
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Path and query of an absolute link (e.g. from a mail), to be opened on the test server. */
    static String pathOf(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    URI uri(String pathAndQuery) {
        return root.resolve(pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery);
    }

    HtmlPage get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
    }

    /** Posts an already encoded {@code application/x-www-form-urlencoded} body (see {@link Form}). */
    HtmlPage post(String path, String encodedBody) {
        return post(path, encodedBody.getBytes(StandardCharsets.ISO_8859_1));
    }

    HtmlPage post(String path, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * Submits form {@code formId} of {@code page} the way a browser would: its hidden fields, the CSP nonce of the
     * page, the {@code button} pressed and {@code fields}. Returns the answer.
     */
    HtmlPage submit(HtmlPage page, String formId, String button, Form fields) {
        Form form = page.formFields(formId);
        form.put("primefaces.nonce", page.nonce());
        form.putAll(fields);
        if (button != null) {
            form.put(button, "");
        }
        return post(page.formAction(formId), form.encode());
    }

    /** The value of one of this visitor's cookies, if it has one. */
    Optional<String> cookie(String name) {
        return cookies.getCookieStore().get(root).stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Gives this visitor a cookie, e.g. the session a browser logged in with. */
    void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(root, cookie);
    }

    private HtmlPage send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(TIMEOUT).build();
        try {
            HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            return new HtmlPage(
                    response.statusCode(),
                    response.uri(),
                    response.headers(),
                    new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(built.method() + " " + built.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + built.uri(), e);
        }
    }

    /** Form fields in order, each encoded in UTF-8 unless given as bytes of another charset. */
    static final class Form {
        private final Map<String, String> encoded = new LinkedHashMap<>();

        Form put(String name, String value) {
            return putEncoded(name, value, StandardCharsets.UTF_8);
        }

        /** The value as a browser would send it from a page in {@code charset} (e.g. EUC-KR). */
        Form putEncoded(String name, String value, Charset charset) {
            encoded.put(URLEncoder.encode(name, StandardCharsets.UTF_8), URLEncoder.encode(value, charset));
            return this;
        }

        Form putAll(Form other) {
            encoded.putAll(other.encoded);
            return this;
        }

        String encode() {
            List<String> pairs = new ArrayList<>();
            encoded.forEach((name, value) -> pairs.add(name + "=" + value));
            return String.join("&", pairs);
        }
    }

    /** A response, with what tests read from the HTML (by pattern: our pages are generated, hence regular). */
    record HtmlPage(int status, URI uri, HttpHeaders headers, String body) {

        private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
        private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");

        String path() {
            return uri.getPath();
        }

        /** The nonce of the page's scripts (PrimeFaces' CSP nonce). */
        String nonce() {
            Matcher m = NONCE.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no script nonce on " + uri + ":\n" + body);
            }
            return m.group(1);
        }

        /** The HTML of {@code <form id="formId">}. */
        String form(String formId) {
            int start = body.indexOf("<form id=\"" + formId + "\"");
            if (start < 0) {
                throw new AssertionError("no form " + formId + " on " + uri + " (" + status + "):\n" + body);
            }
            return body.substring(start, body.indexOf("</form>", start));
        }

        /** Where the form posts to. */
        String formAction(String formId) {
            String form = form(formId);
            String action = attribute(form.substring(0, form.indexOf('>') + 1), "action");
            return action == null ? uri.getRawPath() : unescape(action);
        }

        /** The hidden fields of a form (its name field and the view state). */
        Form formFields(String formId) {
            Form form = new Form();
            Matcher m = INPUT.matcher(form(formId));
            while (m.find()) {
                String input = m.group();
                if ("hidden".equals(attribute(input, "type"))) {
                    String value = attribute(input, "value");
                    // a browser sends an input without a value attribute as empty
                    form.put(attribute(input, "name"), value == null ? "" : unescape(value));
                }
            }
            return form;
        }

        String viewState() {
            Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
                    .matcher(body);
            if (!m.find()) {
                throw new AssertionError("no view state on " + uri + ":\n" + body);
            }
            return unescape(m.group(1));
        }

        /** The values of the options of a select. */
        List<String> options(String selectId) {
            int start = body.indexOf("<select id=\"" + selectId + "\"");
            if (start < 0) {
                throw new AssertionError("no select " + selectId + " on " + uri);
            }
            String select = body.substring(start, body.indexOf("</select>", start));
            List<String> values = new ArrayList<>();
            Matcher m = Pattern.compile("<option value=\"([^\"]*)\"").matcher(select);
            while (m.find()) {
                values.add(unescape(m.group(1)));
            }
            return values;
        }

        boolean hasId(String id) {
            return body.contains("id=\"" + id + "\"");
        }

        /** The text of the element with this id, tags removed (up to its first closing {@code </tag>}). */
        String textOf(String id, String tag) {
            int start = body.indexOf("id=\"" + id + "\"");
            if (start < 0) {
                throw new AssertionError("no element " + id + " on " + uri + " (" + status + "):\n" + body);
            }
            int open = body.indexOf('>', start) + 1;
            int close = body.indexOf("</" + tag + ">", open);
            return unescape(body.substring(open, close)
                    .replaceAll("<[^>]*>", " ")
                    .replaceAll("\\s+", " ")
                    .strip());
        }

        /**
         * The message a {@code p:message} shows for an input: the message whose widget targets the input (its script
         * links the two in the browser, with aria-describedby). Empty if there is none.
         */
        String messageFor(String inputId) {
            if (!hasId(inputId)) {
                throw new AssertionError("no input " + inputId + " on " + uri);
            }
            // PrimeFaces writes PrimeFaces.cw(...) in the page, or pf.cw(...) when its scripts come after the content
            Matcher widget = Pattern.compile("(?:PrimeFaces|pf)\\.cw\\(\"Message\",\"[^\"]*\","
                            + "\\{id:\"([^\"]+)\",target:\"" + Pattern.quote(inputId) + "\"")
                    .matcher(body);
            if (!widget.find()) {
                throw new AssertionError("no p:message for " + inputId + " on " + uri);
            }
            String detail = widget.group(1) + "_error-detail";
            return hasId(detail) ? textOf(detail, "span") : "";
        }

        /** Whether the input is marked invalid for assistive technology. */
        boolean isMarkedInvalid(String inputId) {
            Matcher m = INPUT.matcher(body);
            while (m.find()) {
                if (inputId.equals(attribute(m.group(), "id"))) {
                    return "true".equals(attribute(m.group(), "aria-invalid"));
                }
            }
            throw new AssertionError("no input " + inputId + " on " + uri);
        }

        /** Every field message on the page ({@code p:message}, not the global {@code p:messages}). */
        List<String> fieldMessages() {
            List<String> texts = new ArrayList<>();
            Matcher m = Pattern.compile("class=\"ui-message-error-detail\"[^>]*>([^<]*)<")
                    .matcher(body);
            while (m.find()) {
                texts.add(unescape(m.group(1)).strip());
            }
            return texts;
        }

        /** All values of a header (some, such as Content-Security-Policy, may come more than once). */
        List<String> header(String name) {
            return headers.allValues(name);
        }

        private static String attribute(String tag, String name) {
            Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"")
                    .matcher(tag);
            return m.find() ? m.group(1) : null;
        }

        static String unescape(String html) {
            return html.replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'")
                    .replace("&apos;", "'")
                    .replace("&amp;", "&");
        }

        @Override
        public String toString() {
            return status + " " + uri;
        }
    }
}
