package org.policyforum.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkAllowListTest {

    final NetworkAllowList privateNetworks = NetworkAllowList.parse(NetworkAllowList.PRIVATE_NETWORKS);

    @Test
    void loopbackAndPrivateRangesAreInsideByDefault() {
        for (String inside : new String[] {
            "127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.10", "::1", "fd00::1", "::ffff:10.0.0.7"
        }) {
            assertTrue(privateNetworks.contains(inside), inside);
        }
    }

    @Test
    void publicAddressesAndGarbageAreOutside() {
        for (String outside : new String[] {
            "8.8.8.8", "172.32.0.1", "192.169.0.1", "2001:db8::1", "", "localhost", "example.org", "999.1.1.1", null
        }) {
            assertFalse(privateNetworks.contains(outside), String.valueOf(outside));
        }
    }

    @Test
    void badEntriesAreRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> NetworkAllowList.parse("intranet.city.go.kr"));
        assertThrows(IllegalArgumentException.class, () -> NetworkAllowList.parse("10.0.0.0/33"));
    }

    @Test
    void forwardedForIsBelievedOnlyFromTrustedProxies() {
        NetworkAllowList proxy = NetworkAllowList.parse("10.0.0.5/32");
        assertEquals("203.0.113.9", AdminNetworkFilter.clientAddress("10.0.0.5", "203.0.113.9", proxy));
        assertEquals(
                "203.0.113.9",
                AdminNetworkFilter.clientAddress("10.0.0.5", "10.9.9.9, 203.0.113.9", proxy),
                "what the client wrote on the left proves nothing");
        assertEquals(
                "198.51.100.1",
                AdminNetworkFilter.clientAddress("198.51.100.1", "10.1.1.1", proxy),
                "a header from an untrusted peer is ignored");
        assertEquals("10.0.0.5", AdminNetworkFilter.clientAddress("10.0.0.5", null, proxy));
        assertEquals(
                "127.0.0.1", AdminNetworkFilter.clientAddress("127.0.0.1", "10.1.1.1", NetworkAllowList.parse("")));
    }

    @Test
    void aProxysOwnForwardedForLineCountsAfterTheClients() {
        NetworkAllowList balancer = NetworkAllowList.parse("10.0.0.5/32");
        // the client wrote a private address; the balancer added the real one on a line of its own
        String lines = AdminNetworkFilter.forwardedFor(Collections.enumeration(List.of("10.1.1.1", "203.0.113.9")));
        assertEquals("10.1.1.1,203.0.113.9", lines);
        assertEquals("203.0.113.9", AdminNetworkFilter.clientAddress("10.0.0.5", lines, balancer));
        assertNull(AdminNetworkFilter.forwardedFor(Collections.emptyEnumeration()));
    }
}
