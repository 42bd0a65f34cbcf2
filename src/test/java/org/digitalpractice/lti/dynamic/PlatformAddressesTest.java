package org.digitalpractice.lti.dynamic;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tool calls only public addresses while a platform registers it, unless private ones are allowed: the
 * addresses come from whoever opened the registration page.
 */
class PlatformAddressesTest {

    static Optional<String> kind(String literal) throws UnknownHostException {
        return PlatformAddresses.kindOfPrivate(InetAddress.getByName(literal));
    }

    @Test
    void refusesLoopback() throws Exception {
        assertEquals(Optional.of("loopback"), kind("127.0.0.1"));
        assertEquals(Optional.of("loopback"), kind("127.9.9.9"));
        assertEquals(Optional.of("loopback"), kind("::1"));
    }

    @Test
    void refusesPrivateRanges() throws Exception {
        assertEquals(Optional.of("private"), kind("10.1.2.3"));
        assertEquals(Optional.of("private"), kind("172.16.0.1"));
        assertEquals(Optional.of("private"), kind("172.31.255.254"));
        assertEquals(Optional.of("private"), kind("192.168.1.10"));
    }

    @Test
    void refusesLinkLocalWhereCloudMetadataLives() throws Exception {
        assertEquals(Optional.of("link-local"), kind("169.254.169.254"));
        assertEquals(Optional.of("link-local"), kind("fe80::1"));
    }

    @Test
    void refusesUniqueLocalSharedUnspecifiedAndMulticast() throws Exception {
        assertEquals(Optional.of("private (unique local)"), kind("fd12:3456:789a::1"));
        assertEquals(Optional.of("shared (carrier-grade NAT)"), kind("100.64.0.1"));
        assertEquals(Optional.of("unspecified"), kind("0.0.0.0"));
        assertEquals(Optional.of("unspecified"), kind("::"));
        assertEquals(Optional.of("multicast"), kind("224.0.0.1"));
    }

    @Test
    void refusesAPrivateIpv4AddressWrittenAsIpv6() throws Exception {
        var mapped = InetAddress.getByAddress(new byte[]{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff,
                127, 0, 0, 1});
        assertEquals(Optional.of("loopback"), PlatformAddresses.kindOfPrivate(mapped));
    }

    @Test
    void acceptsPublicAddresses() throws Exception {
        assertEquals(Optional.empty(), kind("93.184.215.14"));
        assertEquals(Optional.empty(), kind("172.32.0.1"));
        assertEquals(Optional.empty(), kind("100.128.0.1"));
        assertEquals(Optional.empty(), kind("2a00:1450:4009:81d::200e"));
    }

    @Test
    void refusesAPlatformUrlOnALoopbackAddressWithAClearMessage() {
        var refused = assertThrows(RegistrationRefused.class, () -> new PlatformAddresses(false)
                .check("The platform's OpenID configuration", URI.create("http://127.0.0.1:8080/.well-known/x")));
        assertEquals(403, refused.status());
        assertTrue(refused.detail().contains("is at 127.0.0.1, a loopback address"), refused.detail());
        assertTrue(refused.detail().contains("DP_REGISTRATION_ALLOW_PRIVATE_ADDRESSES"), refused.detail());
    }

    @Test
    void callsPrivateAddressesWhenAllowed() {
        assertDoesNotThrow(() -> new PlatformAddresses(true).check("x", URI.create("http://127.0.0.1:8080/")));
    }

    @Test
    void refusesAnAddressThatIsNotHttp() {
        var refused = assertThrows(RegistrationRefused.class, () -> new PlatformAddresses(true)
                .check("The platform's OpenID configuration", URI.create("file:///etc/passwd")));
        assertEquals(400, refused.status());
        assertTrue(refused.detail().contains("is not an http or https address"), refused.detail());
    }
}
