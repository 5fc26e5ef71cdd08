package org.policyforum.web.member.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartnerLoginSessionTest {

    private static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");

    /** A session that only keeps attributes. */
    static HttpSession session() {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpSession) Proxy.newProxyInstance(
                HttpSession.class.getClassLoader(), new Class<?>[] {HttpSession.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getAttribute":
                            return attributes.get((String) args[0]);
                        case "setAttribute":
                            attributes.put((String) args[0], args[1]);
                            return null;
                        case "removeAttribute":
                            attributes.remove((String) args[0]);
                            return null;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    static PartnerLoginSession.Started started(Instant at) {
        return new PartnerLoginSession.Started("portal", "nonce", "verifier", null, at);
    }

    @Test
    void aStateIsTakenOnceSoAReplayedCallbackFindsNothing() {
        HttpSession session = session();
        PartnerLoginSession.start(session, "s1", started(NOW));
        assertEquals(
                "portal",
                PartnerLoginSession.take(session, "s1", NOW).orElseThrow().provider());
        assertEquals(Optional.empty(), PartnerLoginSession.take(session, "s1", NOW));
    }

    @Test
    void anUnknownMissingOrStaleStateFindsNothing() {
        HttpSession session = session();
        PartnerLoginSession.start(session, "s1", started(NOW));
        assertTrue(PartnerLoginSession.take(session, "forged", NOW).isEmpty());
        assertTrue(PartnerLoginSession.take(session, null, NOW).isEmpty());
        assertTrue(PartnerLoginSession.take(null, "s1", NOW).isEmpty());
        Instant late = NOW.plusSeconds(PartnerLoginSession.STARTED_SECONDS + 1);
        assertTrue(PartnerLoginSession.take(session, "s1", late).isEmpty(), "too old");
    }

    @Test
    void twoTabsKeepTheirOwnStates() {
        HttpSession session = session();
        PartnerLoginSession.start(session, "tab1", started(NOW));
        PartnerLoginSession.start(session, "tab2", started(NOW.plusSeconds(5)));
        assertTrue(
                PartnerLoginSession.take(session, "tab2", NOW.plusSeconds(10)).isPresent());
        assertTrue(
                PartnerLoginSession.take(session, "tab1", NOW.plusSeconds(10)).isPresent());
    }
}
