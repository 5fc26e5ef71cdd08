import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client of the idea support benchmark (bench/idea-support.sh runs it): logs N prepared members in through the
 * login form, reads each session's CSRF token once from an idea page, then has the members support ideas through
 * the idea page script's API as fast as the server answers, for a given time. Single file, Java 17, no
 * dependencies (modelled on PollVote.java, api mode):
 *
 *   java bench/IdeaSupport.java --base URL --members N --email-pattern idea-bench-%d@bench.test --password P
 *        --ideas "ID ID ..." --duration SECONDS --threads T --acked FILE [--warmup SECONDS]
 *
 * A support is one {@code POST /api/ideas/{id}/support} with {@code Content-Type: application/json}, the body
 * {@code {}}, the session cookie and the token in {@code X-CSRF-Token}; it is acknowledged when the answer is 200
 * with {@code "status":"counted"}, and each acknowledged (email, idea) goes to the acked file. Member m walks the
 * ideas from its own starting point (m × ideas / members) onwards, one support per idea, so that the members
 * spread over the ideas instead of queueing on one idea's row lock; each idea still gets supports from many
 * members at once.
 */
public class IdeaSupport {

    static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    static final Pattern TOKEN = Pattern.compile("data-csrf=\"([^\"]+)\"");

    static HttpClient http;
    static String base;
    static volatile long end;
    static final AtomicLong acked = new AtomicLong();
    static final AtomicLong refused = new AtomicLong();
    static final AtomicLong failed = new AtomicLong();
    static final AtomicLong logins = new AtomicLong();
    static final ConcurrentLinkedQueue<Long> supportMillis = new ConcurrentLinkedQueue<>();
    /** The same after the warm-up (--warmup seconds, default 30): the server's JIT compiles the path meanwhile. */
    static final ConcurrentLinkedQueue<Long> steadyMillis = new ConcurrentLinkedQueue<>();

    static volatile long steadyFrom = Long.MAX_VALUE;

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        base = opt.get("base").replaceAll("/+$", "");
        int members = Integer.parseInt(opt.get("members"));
        String pattern = opt.get("email-pattern");
        String password = opt.get("password");
        List<Long> ideas = Arrays.stream(opt.get("ideas").trim().split("\\s+"))
                .map(Long::valueOf)
                .toList();
        int duration = Integer.parseInt(opt.getOrDefault("duration", "60"));
        int threads = Integer.parseInt(opt.getOrDefault("threads", "32"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "30"));
        Path ackedFile = Path.of(opt.get("acked"));
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4))
                .build();

        List<Thread> workers = new ArrayList<>();
        CountDownLatch loggedIn = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        long loginsStarted = System.nanoTime();
        try (PrintWriter ackOut = new PrintWriter(Files.newBufferedWriter(ackedFile))) {
            for (int t = 0; t < threads; t++) {
                List<Member> own = new ArrayList<>();
                for (int m = t; m < members; m += threads) {
                    List<Long> order = new ArrayList<>(ideas.size());
                    int start = (int) ((long) m * ideas.size() / members);
                    for (int i = 0; i < ideas.size(); i++) {
                        order.add(ideas.get((start + i) % ideas.size()));
                    }
                    own.add(new Member(String.format(pattern, m), password, order));
                }
                Thread worker = new Thread(
                        () -> {
                            // the slow password hash is paid before the clock starts: the run measures supports
                            logInAll(own);
                            loggedIn.countDown();
                            try {
                                go.await();
                            } catch (InterruptedException e) {
                                return;
                            }
                            run(own, ackOut);
                        },
                        "supporter-" + t);
                worker.start();
                workers.add(worker);
            }
            loggedIn.await();
            System.out.printf(
                    "logged %d members in in %d s, each with its session's token%n",
                    logins.get(), (System.nanoTime() - loginsStarted) / 1_000_000_000L);
            long started = System.nanoTime();
            end = started + Duration.ofSeconds(duration).toNanos();
            steadyFrom = started + Duration.ofSeconds(warmup).toNanos();
            go.countDown();
            Thread reporter = new Thread(() -> report(started));
            reporter.setDaemon(true);
            reporter.start();
            for (Thread worker : workers) {
                worker.join();
            }
            double seconds = Math.max(1, (System.nanoTime() - started) / 1e9);
            System.out.printf(
                    "RESULT acked=%d refused=%d failed=%d logins=%d seconds=%.0f supports_per_s=%.1f"
                            + " (after the logins)%n",
                    acked.get(), refused.get(), failed.get(), logins.get(), seconds, acked.get() / seconds);
            System.out.printf("RESULT support(API POST) %s%n", percentiles(supportMillis));
            System.out.printf(
                    "RESULT support(API POST) after the %d s warm-up %s%n", warmup, percentiles(steadyMillis));
            // the rate the warmed-up server keeps: supports acknowledged after the warm-up, over the time after it
            double steadySeconds = Math.max(1, (System.nanoTime() - steadyFrom) / 1e9);
            System.out.printf(
                    "RESULT after the %d s warm-up: %d acknowledged in %.0f s = supports_per_s=%.1f%n",
                    warmup, steadyMillis.size(), steadySeconds, steadyMillis.size() / steadySeconds);
        }
        // the HTTP client's threads would keep the JVM alive
        System.exit(0);
    }

    /** One member's session and the ideas it has still to support, in its own order. */
    static final class Member {
        final String email;
        final String password;
        final List<Long> ideasLeft;
        int next;
        String session;
        String token;

        Member(String email, String password, List<Long> ideas) {
            this.email = email;
            this.password = password;
            this.ideasLeft = ideas;
        }
    }

    static void logInAll(List<Member> members) {
        for (Member member : members) {
            for (int attempt = 0; attempt < 5 && member.session == null; attempt++) {
                try {
                    logIn(member);
                } catch (IOException | RuntimeException e) {
                    System.err.println("login of " + member.email + ": " + e.getMessage());
                    failed.incrementAndGet();
                    sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    static void run(List<Member> members, PrintWriter ackOut) {
        int turn = 0;
        while (System.nanoTime() < end && !members.isEmpty()) {
            Member member = members.get(turn++ % members.size());
            if (member.next >= member.ideasLeft.size()) {
                members.remove(member);
                continue;
            }
            try {
                if (member.session == null) {
                    logIn(member);
                }
                long idea = member.ideasLeft.get(member.next);
                String outcome = support(member, idea);
                if (!outcome.equals("retry")) {
                    member.next++;
                }
                if (outcome.equals("acked")) {
                    synchronized (ackOut) {
                        ackOut.println(member.email + "," + idea);
                        ackOut.flush();
                    }
                }
            } catch (IOException | RuntimeException e) {
                System.err.println(e.getMessage());
                failed.incrementAndGet();
                member.session = null;
                sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    static void logIn(Member member) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/login", null);
        String session = cookie(form).orElseThrow(() -> new IOException("no session from the login page"));
        Map<String, String> fields = hiddenFields(form.body(), "login");
        fields.put("primefaces.nonce", nonce(form.body()));
        fields.put("login:email", member.email);
        fields.put("login:password", member.password);
        fields.put("login:submit", "");
        HttpResponse<String> answer = post(formAction(form.body(), "login"), session, fields);
        String loggedIn = cookie(answer).orElse(session);
        if (answer.statusCode() / 100 != 3) {
            throw new IllegalStateException("login of " + member.email + " refused (" + answer.statusCode() + ")");
        }
        // what the browser has once it shows an idea page to a member: the session's token (one per session)
        HttpResponse<String> page = get("/ideas/" + member.ideasLeft.get(member.next), loggedIn);
        Matcher token = TOKEN.matcher(page.body());
        if (page.statusCode() != 200 || !token.find()) {
            throw new IOException("no token on the idea page for " + member.email + " (" + page.statusCode() + ")");
        }
        member.token = token.group(1);
        member.session = loggedIn;
        logins.incrementAndGet();
    }

    /** "acked", "refused" (a rule said no, e.g. supported already) or "retry" (the session is gone). */
    static String support(Member member, long idea) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/ideas/" + idea + "/support"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-CSRF-Token", member.token)
                .header("Cookie", "JSESSIONID=" + member.session)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long now = System.nanoTime();
        String body = answer.body();
        if (answer.statusCode() == 200 && body.contains("\"status\":\"counted\"")) {
            acked.incrementAndGet();
            supportMillis.add((now - started) / 1_000_000);
            if (started >= steadyFrom) {
                steadyMillis.add((now - started) / 1_000_000);
            }
            return "acked";
        }
        if (answer.statusCode() == 409 || answer.statusCode() == 404) {
            refused.incrementAndGet();
            if (refused.get() <= 5) {
                System.err.println("refused: " + idea + " by " + member.email + ": " + body);
            }
            return "refused";
        }
        if (answer.statusCode() == 401 || answer.statusCode() == 403) {
            member.session = null;
            return "retry";
        }
        throw new IOException("support of " + idea + " by " + member.email + ": " + answer.statusCode() + " " + body);
    }

    static HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String path, String session, Map<String, String> fields)
            throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static Optional<String> cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst();
    }

    static String form(String body, String id) {
        int start = body.indexOf("<form id=\"" + id + "\"");
        if (start < 0) {
            throw new IllegalStateException("no form " + id);
        }
        return body.substring(start, body.indexOf("</form>", start));
    }

    static Map<String, String> hiddenFields(String body, String formId) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = INPUT.matcher(form(body, formId));
        while (m.find()) {
            if ("hidden".equals(attribute(m.group(), "type"))) {
                fields.put(attribute(m.group(), "name"), unescape(attribute(m.group(), "value")));
            }
        }
        return fields;
    }

    static String formAction(String body, String formId) {
        String form = form(body, formId);
        String action = unescape(attribute(form.substring(0, form.indexOf('>') + 1), "action"));
        // the first answer of a session writes ;jsessionid= into URLs; the cookie carries the session instead
        return action.replaceAll(";jsessionid=[^?]*", "");
    }

    static String nonce(String body) {
        Matcher m = NONCE.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no CSP nonce on the page");
        }
        return m.group(1);
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

    static void report(long started) {
        long last = 0;
        while (System.nanoTime() < end) {
            sleep(10_000);
            long now = acked.get();
            System.out.printf(
                    "[%3d s] acked %d (%.0f/s over the last 10 s), refused %d, failed %d, logins %d%n",
                    (System.nanoTime() - started) / 1_000_000_000L,
                    now,
                    (now - last) / 10.0,
                    refused.get(),
                    failed.get(),
                    logins.get());
            last = now;
        }
    }

    static String percentiles(ConcurrentLinkedQueue<Long> samples) {
        long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return "n=0";
        }
        return String.format(
                "n=%d p50=%dms p90=%dms p99=%dms max=%dms",
                sorted.length, at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1]);
    }

    static long at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
