package org.homecoming.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.homecoming.server.web.JsonError;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API requests sent from another web site: a request whose {@code Origin} is neither the
 * server's own nor one of {@code homecoming.cors.allowed-origins} (empty by default) is answered
 * 403 in JSON before any credential is looked at, preflight {@code OPTIONS} included.
 *
 * <pre>{@code
 * homecoming.cors.allowed-origins=https://partner.example.org,https://tools.example.org
 * }</pre>
 *
 * <p>Without it a page on any site could make a visitor's browser send a form (multipart needs no
 * preflight) with the Basic credentials the browser remembers. Requests without {@code Origin}
 * (curl, scripts, same-site navigation) pass. For the allowed origins {@link #cors()} gives the
 * CORS rules Spring's {@code CorsFilter} answers with.
 */
class OriginGuard extends OncePerRequestFilter {

    private static final int LONGEST_SHOWN = 200;

    private final Set<String> allowed;

    OriginGuard(String allowedOrigins) {
        this.allowed = Arrays.stream(allowedOrigins == null ? new String[0] : allowedOrigins.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(OriginGuard::normal).collect(Collectors.toSet());
        allowed.forEach(OriginGuard::checkOrigin);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || !crossOrigin(request) || allowed.contains(normal(origin))) {
            chain.doFilter(request, response);
            return;
        }
        String shown = origin.length() > LONGEST_SHOWN ? origin.substring(0, LONGEST_SHOWN) + "..." : origin;
        JsonError.write(response, HttpServletResponse.SC_FORBIDDEN, "cross-origin request refused: origin " + shown
                + " is not allowed (homecoming.cors.allowed-origins)");
    }

    /** The CORS rules for the allowed origins; null (no CORS) when none is configured. */
    CorsConfiguration cors() {
        if (allowed.isEmpty()) {
            return null;
        }
        CorsConfiguration c = new CorsConfiguration();
        c.setAllowedOrigins(List.copyOf(allowed));
        c.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        c.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT));
        c.setAllowCredentials(true);
        c.setMaxAge(600L);
        return c;
    }

    private static boolean crossOrigin(HttpServletRequest request) {
        try {
            return CorsUtils.isCorsRequest(request);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static String normal(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }

    private static void checkOrigin(String origin) {
        if (!origin.matches("https?://[a-z0-9.-]+(:[0-9]{1,5})?")) {
            throw new IllegalArgumentException("homecoming.cors.allowed-origins must list origins such as"
                    + " https://host.example.org[:port]: " + origin);
        }
    }
}
