package org.digitalpractice.lti.dynamic;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Which platform addresses the tool will call during Dynamic Registration. The addresses come from whoever opens
 * the registration page, so without this check the tool could be made to fetch from its own network (a cloud's
 * metadata service at 169.254.169.254, a database console on 10.x) and show what it found. Loopback, private,
 * link-local, shared (carrier-grade NAT), unique local, multicast and unspecified addresses are refused unless
 * DP_REGISTRATION_ALLOW_PRIVATE_ADDRESSES is true, for a platform on the same network or for tests.
 * <p>
 * The host is checked as resolved before each call; a DNS answer that changes between the check and the connection
 * is not caught here. Where that matters, let the tool reach the internet only through a proxy that refuses
 * private addresses.
 */
final class PlatformAddresses {

    private final boolean allowPrivate;

    PlatformAddresses(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Refuses a URL the tool should not call, saying which of the platform's addresses (named by what) is at fault. */
    void check(String what, URI url) {
        if (!("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme()))
                || url.getHost() == null) {
            throw RegistrationRefused.because(what + " '" + url + "' is not an http or https address.");
        }
        if (allowPrivate) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            throw RegistrationRefused.because(what + " '" + url + "' could not be reached: its host '" + url.getHost()
                    + "' was not found.");
        }
        for (var address : addresses) {
            kindOfPrivate(address).ifPresent(kind -> {
                throw RegistrationRefused.notAllowed(what + " '" + url + "' is at " + address.getHostAddress() + ", a "
                        + kind + " address. Digital Practice does not call private addresses unless the people who "
                        + "run it allow them (DP_REGISTRATION_ALLOW_PRIVATE_ADDRESSES).");
            });
        }
    }

    /** What kind of non-public address this is, or empty for a public one. */
    static Optional<String> kindOfPrivate(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return Optional.of("unspecified");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("private");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        var bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            if (first == 0) {
                return Optional.of("unspecified");
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return Optional.of("shared (carrier-grade NAT)");
            }
        }
        if (address instanceof Inet6Address) {
            // fc00::/7, unique local: Java's isSiteLocalAddress knows only the old fec0::/10.
            if ((bytes[0] & 0xfe) == 0xfc) {
                return Optional.of("private (unique local)");
            }
            var mapped = mappedIpv4(bytes);
            if (mapped.isPresent()) {
                return kindOfPrivate(mapped.get());
            }
        }
        return Optional.empty();
    }

    /** The IPv4 address inside ::ffff:a.b.c.d, which reaches the same host as a.b.c.d. */
    private static Optional<InetAddress> mappedIpv4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return Optional.empty();
            }
        }
        if ((bytes[10] & 0xff) != 0xff || (bytes[11] & 0xff) != 0xff) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(new byte[]{bytes[12], bytes[13], bytes[14], bytes[15]}));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
