package org.policyforum.web.member.partner;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a partner login keeps in the visitor's session between its steps: the login under way (per state, so two
 * tabs do not spoil each other; each state is taken once, so a replayed callback finds nothing), and the partner
 * account waiting to be linked by a password login. Nothing of it is stored in the database.
 */
public final class PartnerLoginSession {

    static final String STARTED = "org.policyforum.partner.started";
    static final String TO_LINK = "org.policyforum.partner.toLink";
    /** A login under way is good for ten minutes; a person who takes longer starts again. */
    static final long STARTED_SECONDS = 600;
    /** At most this many logins under way per session: a page that starts them in a loop fills nothing up. */
    private static final int MAX_STARTED = 5;

    /** A login under way: where it started, with what secrets it will be checked, and where it goes afterwards. */
    record Started(String provider, String nonce, String codeVerifier, String returnTo, Instant at)
            implements Serializable {}

    /**
     * A checked partner account that no member has linked yet; the next password login of this session links it. A
     * verifying partner also vouched for the person ({@code person}, else null): then they may join instead.
     */
    public record ToLink(String provider, String issuer, String subject, VouchedPerson person) implements Serializable {

        /** Whether the person may join with the partner's verification instead of the forum's own. */
        public boolean mayJoin() {
            return person != null;
        }
    }

    private PartnerLoginSession() {}

    @SuppressWarnings("unchecked")
    static synchronized void start(HttpSession session, String state, Started started) {
        Map<String, Started> map = (Map<String, Started>) session.getAttribute(STARTED);
        HashMap<String, Started> next = map == null ? new HashMap<>() : new HashMap<>(map);
        next.values().removeIf(s -> s.at().isBefore(started.at().minusSeconds(STARTED_SECONDS)));
        if (next.size() >= MAX_STARTED) {
            next.clear();
        }
        next.put(state, started);
        session.setAttribute(STARTED, next);
    }

    /** Takes the login started with {@code state}: found once, and only while it is fresh. */
    @SuppressWarnings("unchecked")
    static synchronized Optional<Started> take(HttpSession session, String state, Instant now) {
        if (session == null || state == null) {
            return Optional.empty();
        }
        Map<String, Started> map = (Map<String, Started>) session.getAttribute(STARTED);
        if (map == null || !map.containsKey(state)) {
            return Optional.empty();
        }
        HashMap<String, Started> next = new HashMap<>(map);
        Started started = next.remove(state);
        session.setAttribute(STARTED, next);
        return Optional.of(started).filter(s -> !s.at().isBefore(now.minusSeconds(STARTED_SECONDS)));
    }

    static void awaitLink(HttpSession session, ToLink toLink) {
        session.setAttribute(TO_LINK, toLink);
    }

    /** The partner account this visitor's next password login links, if any. */
    public static Optional<ToLink> toLink(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null
                ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(TO_LINK))
                        .filter(ToLink.class::isInstance)
                        .map(ToLink.class::cast);
    }

    /** Forgets the partner account waiting to be linked (linked now, or the person chose not to). */
    public static void forgetLink(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(TO_LINK);
        }
    }
}
