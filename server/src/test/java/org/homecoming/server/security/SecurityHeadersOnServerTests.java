package org.homecoming.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.homecoming.server.HomecomingServerTest;
import org.homecoming.server.HomecomingTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The security headers on answers of the running server (Tomcat, its error dispatch included),
 * where MockMvc cannot look: unknown pages, unknown API paths and missing static files. Runs in the
 * context of the other real-HTTP tests; it reads no data of its own.
 */
@HomecomingServerTest
class SecurityHeadersOnServerTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, boolean asAdmin) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (asAdmin) {
            r.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    ("admin:" + HomecomingTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void hasTheSecurityHeaders(HttpResponse<String> r) {
        assertThat(r.headers().firstValue("Content-Security-Policy")).as(r.uri() + " " + r.statusCode())
                .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(r.headers().firstValue("Permissions-Policy")).hasValue(SecurityHeaders.PERMISSIONS_POLICY);
        assertThat(r.headers().firstValue("Strict-Transport-Security")).as("plain HTTP").isEmpty();
    }

    @Test
    void anUnknownApiPathAnswers404WithTheHeaders() throws Exception {
        HttpResponse<String> r = get("/api/v1/no-such-thing", true);
        assertThat(r.statusCode()).isEqualTo(404);
        hasTheSecurityHeaders(r);
    }

    @Test
    void anUnknownPersonOnTheApiAnswers404WithTheHeaders() throws Exception {
        HttpResponse<String> r = get("/api/v1/persons/987654321", true);
        assertThat(r.statusCode()).isEqualTo(404);
        hasTheSecurityHeaders(r);
    }

    @Test
    void aMissingStaticFileAnswers404WithTheHeaders() throws Exception {
        HttpResponse<String> r = get("/css/no-such.css", false);
        assertThat(r.statusCode()).isEqualTo(404);
        hasTheSecurityHeaders(r);
    }

    @Test
    void theLoginPageAndARedirectToItCarryTheHeaders() throws Exception {
        HttpResponse<String> login = get("/login", false);
        assertThat(login.statusCode()).isEqualTo(200);
        hasTheSecurityHeaders(login);
        HttpResponse<String> redirect = get("/persons", false);
        assertThat(redirect.statusCode()).isEqualTo(302);
        hasTheSecurityHeaders(redirect);
    }
}
