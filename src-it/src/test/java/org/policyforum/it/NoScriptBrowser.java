package org.policyforum.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One person's browser without script, over real HTTP: its own cookies; it posts a form as a plain HTML form does,
 * with the form's hidden fields (view state) and the fields given, and never the PrimeFaces script nonce, which only
 * the script adds. The forms are read with {@link HtmlForms}.
 */
public class NoScriptBrowser {

    private final String origin;
    private final HttpClient http;

    /** @param origin the server's address without a trailing slash, e.g. {@code http://127.0.0.1:8080} */
    public NoScriptBrowser(String origin) {
        this.origin = origin;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null, null, Map.of());
    }

    /** Any request: {@code body} and {@code type} may be null. */
    public HttpResponse<String> send(String method, String path, String body, String type, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Posts these fields, and only these, to {@code path} as a form does. */
    public HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        String encoded = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST", path, encoded, "application/x-www-form-urlencoded", Map.of());
    }

    /** Opens the page at {@code path} and posts its form {@code formId}: its hidden fields and the fields given. */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields) throws Exception {
        String form = HtmlForms.form(get(path).body(), formId);
        Map<String, String> all = HtmlForms.hiddenFields(form);
        all.putAll(fields);
        return post(HtmlForms.action(form, path), all);
    }

    /** Logs in with the password of {@link Fixtures#citizen}; fails when the forum refuses. */
    public void logIn(String email) throws Exception {
        HttpResponse<String> answer = submit(
                "/login",
                "login",
                Map.of("login:email", email, "login:password", Fixtures.PASSWORD, "login:submit", ""));
        assertTrue(
                answer.body().contains("logoutForm:logout"),
                () -> "login of " + email + " refused: " + answer.statusCode() + "\n" + answer.body());
    }
}
