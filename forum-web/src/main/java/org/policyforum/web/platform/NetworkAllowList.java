package org.policyforum.web.platform;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A list of networks in CIDR notation (IPv4 and IPv6), e.g. {@code 127.0.0.0/8,10.0.0.0/8,::1/128}. Only literal
 * addresses are accepted: a host name here would make every check a DNS lookup.
 */
public final class NetworkAllowList {

    public static final String PRIVATE_NETWORKS =
            "127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7";

    private record Network(byte[] base, int prefix) {}

    private final List<Network> networks;

    private NetworkAllowList(List<Network> networks) {
        this.networks = networks;
    }

    /** @throws IllegalArgumentException for an entry that is not {@code address[/prefix]} */
    public static NetworkAllowList parse(String spec) {
        List<Network> networks = new ArrayList<>();
        if (spec != null) {
            for (String entry : spec.split(",")) {
                String cidr = entry.strip();
                if (cidr.isEmpty()) {
                    continue;
                }
                String[] parts = cidr.split("/", 2);
                byte[] address = literal(parts[0]);
                if (address == null) {
                    throw new IllegalArgumentException("not an IP address: " + parts[0]);
                }
                int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
                if (prefix < 0 || prefix > address.length * 8) {
                    throw new IllegalArgumentException("bad prefix length in " + cidr);
                }
                networks.add(new Network(address, prefix));
            }
        }
        return new NetworkAllowList(networks);
    }

    public boolean isEmpty() {
        return networks.isEmpty();
    }

    public boolean contains(String address) {
        byte[] candidate = literal(address);
        if (candidate == null) {
            return false;
        }
        for (Network network : networks) {
            byte[] comparable = sameFamily(candidate, network.base().length);
            if (comparable != null && samePrefix(comparable, network.base(), network.prefix())) {
                return true;
            }
        }
        return false;
    }

    /** IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) are compared as IPv4. */
    private static byte[] sameFamily(byte[] address, int length) {
        if (address.length == length) {
            return address;
        }
        if (address.length == 16 && length == 4) {
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= address[i] == 0;
            }
            mapped &= address[10] == (byte) 0xff && address[11] == (byte) 0xff;
            return mapped ? Arrays.copyOfRange(address, 12, 16) : null;
        }
        return null;
    }

    private static boolean samePrefix(byte[] a, byte[] b, int prefix) {
        int bits = a.length * 8;
        BigInteger mask = prefix == 0
                ? BigInteger.ZERO
                : BigInteger.ONE.shiftLeft(prefix).subtract(BigInteger.ONE).shiftLeft(bits - prefix);
        return new BigInteger(1, a).and(mask).equals(new BigInteger(1, b).and(mask));
    }

    /** Parses only IP literals: anything that would need a DNS lookup is refused. */
    static byte[] literal(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        boolean ipv4 = value.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = value.contains(":") && value.matches("[0-9a-fA-F:.%a-zA-Z0-9]+");
        if (!ipv4 && !ipv6) {
            return null;
        }
        if (ipv4 && Arrays.stream(value.split("\\.")).anyMatch(p -> Integer.parseInt(p) > 255)) {
            return null;
        }
        try {
            return InetAddress.getByName(value).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
