import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Client of bench/topic-dashboard.sh: logs one operator in through the login form, loads the topic dashboard a few
 * times to warm up, then N times one after another, and prints the latencies (the figure the issue asks for: p95
 * over 20 loads). Every load must answer 200 with the dashboard's table.
 *
 *   java bench/TopicDashboard.java --base URL --email E --password P --topic ID [--loads 20] [--warmup 3]
 */
public class TopicDashboard {

    static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static String base;

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        base = opt.get("base");
        String session = logIn(opt.get("email"), opt.get("password"));
        String page = "/admin/topic-dashboard.xhtml?id=" + opt.get("topic");
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "3"));
        int loads = Integer.parseInt(opt.getOrDefault("loads", "20"));
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < warmup + loads; i++) {
            long started = System.nanoTime();
            HttpResponse<String> answer = get(page, session);
            long took = (System.nanoTime() - started) / 1_000_000;
            if (answer.statusCode() != 200 || !answer.body().contains("id=\"days\"")) {
                throw new IllegalStateException(page + " answered " + answer.statusCode() + " without the table");
            }
            if (i >= warmup) {
                millis.add(took);
            }
        }
        long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                "RESULT loads=%d p50_ms=%d p95_ms=%d max_ms=%d all_ms=%s%n",
                sorted.length,
                at(sorted, 0.50),
                at(sorted, 0.95),
                sorted[sorted.length - 1],
                millis);
        // the officials' exports of the same topic, each streamed to nowhere: time to the last byte, and its size
        for (String format : List.of("csv", "xlsx", "csv", "xlsx")) {
            String path = "/admin/topic-export." + format + "?id=" + opt.get("topic");
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(120))
                    .header("Cookie", "JSESSIONID=" + session)
                    .GET()
                    .build();
            long started = System.nanoTime();
            HttpResponse<byte[]> file = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long took = (System.nanoTime() - started) / 1_000_000;
            if (file.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + file.statusCode());
            }
            String text = format.equals("csv") ? new String(file.body(), StandardCharsets.UTF_8) : "";
            System.out.printf(
                    "RESULT export=%s ms=%d bytes=%d csv_lines=%d%n",
                    format, took, file.body().length, text.isEmpty() ? -1 : text.split("\n", -1).length - 1);
        }
    }

    static long at(long[] sorted, double share) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)];
    }

    static String logIn(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/login", null);
        String session = cookie(form);
        String body = form.body();
        int start = body.indexOf("<form id=\"login\"");
        String html = body.substring(start, body.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            if ("hidden".equals(attribute(input.group(), "type"))) {
                fields.put(attribute(input.group(), "name"), unescape(attribute(input.group(), "value")));
            }
        }
        Matcher nonce = NONCE.matcher(body);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        fields.put("login:email", email);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        String action = unescape(attribute(html.substring(0, html.indexOf('>') + 1), "action"))
                .replaceAll(";jsessionid=[^?]*", "");
        StringBuilder post = new StringBuilder();
        fields.forEach((name, value) -> post.append(post.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "JSESSIONID=" + session)
                        .POST(HttpRequest.BodyPublishers.ofString(post.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() / 100 != 3) {
            throw new IllegalStateException("login refused (" + answer.statusCode() + ")");
        }
        String changed = answer.headers().firstValue("Set-Cookie").orElse("");
        return changed.startsWith("JSESSIONID=") ? cookie(answer) : session;
    }

    static HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie"));
    }

    static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : null;
    }

    static String unescape(String html) {
        return html == null
                ? null
                : html.replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&quot;", "\"")
                        .replace("&#39;", "'")
                        .replace("&amp;", "&");
    }
}
