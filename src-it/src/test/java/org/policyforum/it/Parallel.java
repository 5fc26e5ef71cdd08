package org.policyforum.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.policyforum.platform.entity.RuleViolation;

/**
 * The same attempt fired many times at once, for the one-per-person rules (one reaction, one ballot, one vote): all
 * attempts are released together by a latch, so the database's unique key, not the order of calls, decides.
 */
public final class Parallel {

    private Parallel() {}

    /**
     * What each of {@code times} simultaneous attempts came to: the attempt's own word when it went through, the
     * message key when it was refused, {@code "unexpected: …"} for anything else.
     */
    public static List<String> outcomes(ExecutorService executor, int times, Callable<String> attempt)
            throws Exception {
        return outcomes(executor, times, i -> attempt);
    }

    /** The same, with the {@code i}-th attempt made by {@code attempts} (e.g. by different people in turn). */
    public static List<String> outcomes(ExecutorService executor, int times, IntFunction<Callable<String>> attempts)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            Callable<String> attempt = attempts.apply(i);
            futures.add(executor.submit(() -> {
                start.await();
                try {
                    return attempt.call();
                } catch (RuleViolation refused) {
                    return refused.messageKey();
                } catch (Exception other) {
                    return "unexpected: " + other;
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : futures) {
            results.add(outcome.get());
        }
        return results;
    }
}
