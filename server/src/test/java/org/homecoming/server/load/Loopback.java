package org.homecoming.server.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * The load driver's guard against pointing it at anyone else's server: a URL is accepted only when
 * its host is {@code localhost}, an address in 127.0.0.0/8 or {@code ::1}, and every address the
 * name resolves to is a loopback address.
 *
 * <pre>{@code
 * Loopback.require(URI.create("http://127.0.0.1:8080")); // returns the URI
 * Loopback.require(URI.create("http://example.org"));    // IllegalArgumentException
 * }</pre>
 */
final class Loopback {

    private Loopback() {
    }

    static URI require(URI url) {
        String scheme = url.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("--url must be an http or https URL: " + url);
        }
        String host = url.getHost();
        if (host == null || !(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]")
                || host.equals("::1"))) {
            throw refused(url);
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(host.replace("[", "").replace("]", ""))) {
                if (!a.isLoopbackAddress()) {
                    throw refused(url);
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--url host cannot be resolved: " + url, e);
        }
        return url;
    }

    private static IllegalArgumentException refused(URI url) {
        return new IllegalArgumentException("--url must point at this machine (localhost, 127.0.0.0/8 or ::1): " + url);
    }
}
