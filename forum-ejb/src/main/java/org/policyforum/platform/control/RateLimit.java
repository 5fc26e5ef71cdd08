package org.policyforum.platform.control;

import java.time.Duration;
import java.util.Locale;

/**
 * The bounded rates of actions that send mail or create public content: what a person never reaches in real use,
 * but a script does within minutes. Each is changed per installation by the environment variable
 * {@code FORUM_RATE_<NAME>} (e.g. {@code FORUM_RATE_OPINIONS_PER_MEMBER=60}); {@code 0} switches one off.
 */
public enum RateLimit {
    /** Wrong passwords (and attempts at a locked account) from one client address, across all accounts. */
    LOGIN_FAILURES_PER_ADDRESS(20, Duration.ofMinutes(15)),
    /** Mails about an account to one mail address: sign-up confirmation, a new link, a password reset. */
    ACCOUNT_MAILS_PER_ADDRESS(5, Duration.ofHours(1)),
    /** Requests of a logged-in member to move their account to another address (each mails that address). */
    EMAIL_CHANGES_PER_MEMBER(5, Duration.ofHours(1)),
    TOPIC_SUGGESTIONS_PER_MEMBER(10, Duration.ofHours(1)),
    OPINIONS_PER_MEMBER(60, Duration.ofHours(1)),
    COMMENTS_PER_MEMBER(120, Duration.ofHours(1)),
    IDEAS_PER_MEMBER(10, Duration.ofDays(1));

    private final int defaultMax;
    private final Duration window;

    RateLimit(int defaultMax, Duration window) {
        this.defaultMax = defaultMax;
        this.window = window;
    }

    public int defaultMax() {
        return defaultMax;
    }

    public Duration window() {
        return window;
    }

    /** The environment variable that changes it. */
    public String variable() {
        return "FORUM_RATE_" + name();
    }

    /** The same setting's MicroProfile Config name, e.g. {@code forum.rate.opinions.per.member}. */
    public String property() {
        return "forum.rate." + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
