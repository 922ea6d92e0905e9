package org.homecoming.server.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers sent with every response, pages and API alike: a strict
 * Content-Security-Policy, no framing, no referrer across origins, no powerful browser features,
 * no MIME sniffing, and HSTS on TLS requests only (Spring Security's default: it writes
 * {@code Strict-Transport-Security} only when the request is secure).
 *
 * <pre>{@code
 * http.headers(SecurityHeaders::apply);
 * }</pre>
 *
 * <p>The policy allows scripts and styles from this server only: no inline {@code <script>}, no
 * event-handler attributes, no {@code style="..."} attributes or {@code <style>} blocks, no
 * {@code eval}. Pages pass their data to the files under {@code static/js} through {@code data-}
 * attributes; htmx runs with {@code allowEval} off and its indicator styles in the stylesheet.
 * Images may also be {@code data:} and {@code blob:} URLs (Leaflet and Chart.js draw to canvases
 * and may export them); nothing is loaded from another origin.
 */
public final class SecurityHeaders {

    /** The Content-Security-Policy of every response. */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data: blob:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Browser features the application does not use, switched off for it and anything it embeds. */
    public static final String PERMISSIONS_POLICY = String.join(", ",
            "accelerometer=()", "camera=()", "geolocation=()", "gyroscope=()", "magnetometer=()",
            "microphone=()", "payment=()", "usb=()");

    private SecurityHeaders() {
    }

    /** Adds the headers to a filter chain's defaults (nosniff, X-Frame-Options DENY, HSTS on TLS). */
    public static void apply(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(c -> { })
                .httpStrictTransportSecurity(h -> h.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }
}
