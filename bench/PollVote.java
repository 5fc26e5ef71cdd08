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
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Load client of the poll benchmark (bench/poll-vote.sh runs it): logs N prepared members in through the login form
 * and has them vote as fast as the server answers, for a given time. Single file, Java 17, no dependencies:
 *
 *   java bench/PollVote.java --hash PASSWORD            prints a password hash in the forum's format (PBKDF2)
 *   java bench/PollVote.java --base URL --members N --email-pattern poll-bench-%d@bench.test --password P
 *        --polls "ID ID ..." --duration SECONDS --threads T --acked FILE [--mode api|faces]
 *
 * Mode api (the default) is what a browser with JavaScript does: before the clock starts, each member logs in and
 * opens one poll page to read the session's CSRF token (data-csrf; one token per session, not per poll or vote), and
 * the option ids of every poll are read once from the results API; then a vote is one
 * {@code POST /api/polls/{id}/ballot} with the token, acknowledged when the answer is 200 with status "counted".
 * Mode faces is the form without JavaScript: GET the poll page, POST its form with the view state and the PrimeFaces
 * CSP nonce, acknowledged when the answer shows the "ballot counted" message.
 *
 * Each acknowledged (email, poll) is written to the acked file for the durability check. Connection failures (a
 * killed server) make the member log in again once the server is back; a vote whose answer never came is not
 * acknowledged.
 */
public class PollVote {

    static final String CAST_KO = "투표가 집계되었습니다.";
    static final String ALREADY_KO = "이미 투표했습니다";
    static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    static final Pattern TOKEN = Pattern.compile("data-csrf=\"([^\"]+)\"");
    static final Pattern OPTION_ID = Pattern.compile("\\{\"id\":(\\d+)");

    /** True for the Faces form (GET page + POST form per vote), false for the page script's API call. */
    static boolean faces;
    /** The option ids of each poll (api mode), read once before the clock starts. */
    static final Map<Long, List<Long>> optionsOf = new java.util.concurrent.ConcurrentHashMap<>();

    static HttpClient http;
    static String base;
    /** When the timed run ends; set once every member is logged in. */
    static volatile long end;
    static final AtomicLong acked = new AtomicLong();
    static final AtomicLong refused = new AtomicLong();
    static final AtomicLong failed = new AtomicLong();
    static final AtomicLong logins = new AtomicLong();
    static final ConcurrentLinkedQueue<Long> voteMillis = new ConcurrentLinkedQueue<>();
    /** The same after the warm-up (--warmup seconds, default 30): the JIT compiles the server's vote path meanwhile. */
    static final ConcurrentLinkedQueue<Long> steadyMillis = new ConcurrentLinkedQueue<>();
    static volatile long steadyFrom = Long.MAX_VALUE;
    static final ConcurrentLinkedQueue<Long> postMillis = new ConcurrentLinkedQueue<>();

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        if (opt.containsKey("hash")) {
            System.out.println(hash(opt.get("hash")));
            return;
        }
        base = opt.get("base").replaceAll("/+$", "");
        int members = Integer.parseInt(opt.get("members"));
        String pattern = opt.get("email-pattern");
        String password = opt.get("password");
        List<Long> polls = Arrays.stream(opt.get("polls").trim().split("\\s+")).map(Long::valueOf).toList();
        int duration = Integer.parseInt(opt.getOrDefault("duration", "60"));
        int threads = Integer.parseInt(opt.getOrDefault("threads", "32"));
        Path ackedFile = Path.of(opt.get("acked"));
        faces = "faces".equals(opt.getOrDefault("mode", "api"));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(java.util.concurrent.Executors.newFixedThreadPool(4))
                .build();

        List<Thread> workers = new ArrayList<>();
        CountDownLatch loggedIn = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        long loginsStarted = System.nanoTime();
        if (!faces) {
            readOptions(polls);
        }
        try (PrintWriter ackOut = new PrintWriter(Files.newBufferedWriter(ackedFile))) {
            for (int t = 0; t < threads; t++) {
                List<Member> own = new ArrayList<>();
                for (int m = t; m < members; m += threads) {
                    own.add(new Member(String.format(pattern, m), password, polls));
                }
                Thread worker = new Thread(() -> {
                    // the slow password hash is paid before the clock starts: the run measures votes, not logins
                    logInAll(own);
                    loggedIn.countDown();
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    run(own, end, ackOut);
                }, "voter-" + t);
                worker.start();
                workers.add(worker);
            }
            loggedIn.await();
            System.out.printf("logged %d members in in %d s (mode "
                    + "%s%s)%n", logins.get(), (System.nanoTime() - loginsStarted) / 1_000_000_000L,
                    faces ? "faces" : "api", faces ? "" : ", each with its session's token");
            long started = System.nanoTime();
            end = started + Duration.ofSeconds(duration).toNanos();
            steadyFrom = started + Duration.ofSeconds(Integer.parseInt(opt.getOrDefault("warmup", "30"))).toNanos();
            go.countDown();
            Thread reporter = new Thread(() -> report(started, end));
            reporter.setDaemon(true);
            reporter.start();
            for (Thread worker : workers) {
                worker.join();
            }
            long seconds = Math.max(1, (System.nanoTime() - started) / 1_000_000_000L);
            System.out.printf("RESULT acked=%d refused=%d failed=%d logins=%d seconds=%d votes_per_s=%.1f (after "
                    + "the logins)%n",
                    acked.get(), refused.get(), failed.get(), logins.get(), seconds, acked.get() / (double) seconds);
            System.out.printf("RESULT vote(%s) %s%n", faces ? "GET+POST" : "API POST", percentiles(voteMillis));
            System.out.printf("RESULT vote(%s) after the %s s warm-up %s%n", faces ? "GET+POST" : "API POST",
                    opt.getOrDefault("warmup", "30"), percentiles(steadyMillis));
            if (faces) {
                System.out.printf("RESULT post %s%n", percentiles(postMillis));
            }
        }
        // the HTTP client's threads would keep the JVM alive
        System.exit(0);
    }

    /** One member's session and the polls it has still to vote in (each poll takes one ballot per member). */
    static final class Member {
        final String email;
        final String password;
        final List<Long> pollsLeft;
        String session;
        /** The session's CSRF token (api mode), read from a poll page after the login. */
        String token;

        Member(String email, String password, List<Long> polls) {
            this.email = email;
            this.password = password;
            this.pollsLeft = new ArrayList<>(polls);
        }
    }

    static void logInAll(List<Member> members) {
        for (Member member : members) {
            for (int attempt = 0; attempt < 5 && member.session == null; attempt++) {
                try {
                    logIn(member);
                } catch (IOException | RuntimeException e) {
                    failed.incrementAndGet();
                    sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    static void run(List<Member> members, long end, PrintWriter ackOut) {
        int next = 0;
        while (System.nanoTime() < end && !members.isEmpty()) {
            Member member = members.get(next++ % members.size());
            if (member.pollsLeft.isEmpty()) {
                members.remove(member);
                continue;
            }
            try {
                if (member.session == null) {
                    logIn(member);
                }
                long poll = member.pollsLeft.get(0);
                String outcome = vote(member, poll);
                if (!outcome.equals("retry")) {
                    member.pollsLeft.remove(0);
                }
                if (outcome.equals("acked")) {
                    synchronized (ackOut) {
                        ackOut.println(member.email + "," + poll);
                        ackOut.flush();
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the server went away (or answered garbage): log in again once it is back
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
        if (!faces) {
            // what the browser has once it shows a poll page with a ballot form: the session's token (one per
            // session); after a crash the first poll left may have been voted already (no form there), so look on
            member.token = null;
            for (int i = 0; i < member.pollsLeft.size() && member.token == null; i++) {
                HttpResponse<String> page = get("/polls/" + member.pollsLeft.get(i), loggedIn);
                Matcher token = TOKEN.matcher(page.body());
                if (page.statusCode() == 200 && token.find()) {
                    member.token = token.group(1);
                }
            }
            if (member.token == null) {
                throw new IOException("no poll page with a ballot form (and its token) for " + member.email);
            }
        }
        member.session = loggedIn;
        logins.incrementAndGet();
    }

    /**
     * The option ids of every poll, from the public results API; before the clock starts, like the page a voter sees.
     */
    static void readOptions(List<Long> polls) throws IOException, InterruptedException {
        for (long poll : polls) {
            HttpResponse<String> results = get("/api/polls/" + poll + "/results", null);
            List<Long> ids = new ArrayList<>();
            Matcher m = OPTION_ID.matcher(results.body());
            while (m.find()) {
                ids.add(Long.valueOf(m.group(1)));
            }
            if (results.statusCode() != 200 || ids.isEmpty()) {
                throw new IOException(
                        "no options for poll " + poll + ": " + results.statusCode() + " " + results.body());
            }
            optionsOf.put(poll, ids);
        }
    }

    /** "acked", "refused" (a rule said no, e.g. voted already before a crash) or "retry" (session gone). */
    static String vote(Member member, long poll) throws IOException, InterruptedException {
        return faces ? voteOnPage(member, poll) : voteByApi(member, poll);
    }

    /** One POST to the ballot API with the session's token, as poll-ballot.js sends it. */
    static String voteByApi(Member member, long poll) throws IOException, InterruptedException {
        List<Long> options = optionsOf.get(poll);
        long option = options.get(ThreadLocalRandom.current().nextInt(options.size()));
        long started = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/polls/" + poll + "/ballot"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-CSRF-Token", member.token)
                .header("Cookie", "JSESSIONID=" + member.session)
                .POST(HttpRequest.BodyPublishers.ofString("{\"options\":[" + option + "]}")).build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long now = System.nanoTime();
        String body = answer.body();
        if (answer.statusCode() == 200 && body.contains("\"status\":\"counted\"")) {
            acked.incrementAndGet();
            latency(now, started);
            return "acked";
        }
        if (answer.statusCode() == 409 && body.contains("\"code\":\"ballot.alreadyCast\"")) {
            refused.incrementAndGet();
            return "refused";
        }
        if (answer.statusCode() == 401 || answer.statusCode() == 403) {
            // the session is gone (a restarted server): log in again, which also gives a new token
            member.session = null;
            return "retry";
        }
        throw new IOException("vote on " + poll + " by " + member.email + ": " + answer.statusCode() + " " + body);
    }

    /** The Faces form without JavaScript: GET the poll page, POST its form (view state, CSP nonce). */
    static String voteOnPage(Member member, long poll) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> page = get("/polls/" + poll, member.session);
        if (page.statusCode() != 200) {
            throw new IOException("poll page " + poll + ": " + page.statusCode());
        }
        String body = page.body();
        if (!body.contains("<form id=\"ballot\"")) {
            if (!body.contains("logoutForm:logout")) {
                member.session = null;
                return "retry";
            }
            refused.incrementAndGet();
            return "refused";
        }
        List<String> choices = new ArrayList<>();
        Matcher input = INPUT.matcher(body);
        while (input.find()) {
            if ("ballot:single".equals(attribute(input.group(), "name"))) {
                choices.add(attribute(input.group(), "value"));
            }
        }
        Map<String, String> fields = hiddenFields(body, "ballot");
        fields.put("primefaces.nonce", nonce(body));
        fields.put("ballot:single", choices.get(ThreadLocalRandom.current().nextInt(choices.size())));
        fields.put("ballot:vote", "");
        long posted = System.nanoTime();
        HttpResponse<String> answer = post(formAction(body, "ballot"), member.session, fields);
        long now = System.nanoTime();
        if (answer.statusCode() == 200 && answer.body().contains(CAST_KO)) {
            acked.incrementAndGet();
            latency(now, started);
            postMillis.add((now - posted) / 1_000_000);
            return "acked";
        }
        if (answer.statusCode() == 200 && answer.body().contains(ALREADY_KO)) {
            refused.incrementAndGet();
            return "refused";
        }
        throw new IOException("vote on " + poll + " by " + member.email + ": " + answer.statusCode());
    }

    static HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String path, String session, Map<String, String> fields)
            throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static Optional<String> cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
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
        return html == null ? null : html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    static void report(long started, long end) {
        long last = 0;
        while (System.nanoTime() < end) {
            sleep(10_000);
            long now = acked.get();
            System.out.printf("[%3d s] acked %d (%.0f/s over the last 10 s), refused %d, failed %d, logins %d%n",
                    (System.nanoTime() - started) / 1_000_000_000L, now, (now - last) / 10.0,
                    refused.get(), failed.get(), logins.get());
            last = now;
        }
    }

    static void latency(long now, long started) {
        voteMillis.add((now - started) / 1_000_000);
        if (started >= steadyFrom) {
            steadyMillis.add((now - started) / 1_000_000);
        }
    }

    static String percentiles(ConcurrentLinkedQueue<Long> samples) {
        long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return "n=0";
        }
        return String.format("n=%d p50=%dms p90=%dms p99=%dms "
                + "max=%dms", sorted.length, at(sorted, 0.50), at(sorted, 0.90),
                at(sorted, 0.99), sorted[sorted.length - 1]);
    }

    static long at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    /** The format of Jakarta Security's Pbkdf2PasswordHash (Soteria): algorithm:iterations:salt:hash, Base64. */
    static String hash(String password) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        int iterations = 210000;
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        return "PBKDF2WithHmacSHA256:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(key);
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
