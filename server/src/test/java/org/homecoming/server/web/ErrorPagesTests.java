package org.homecoming.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homecoming.server.HttpBrowser.basic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.homecoming.server.HomecomingServerTest;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.HttpBrowser;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.homecoming.server.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every error answer, seen over real HTTP on the embedded Tomcat: JSON for the API (also for what
 * Tomcat refuses before the application sees it), the application's pages for the browser, and
 * never Tomcat's or Spring's default page, a version or an exception.
 */
@HomecomingServerTest
class ErrorPagesTests {

    private static final String ADMIN = basic("admin", HomecomingTest.ADMIN_PASSWORD);
    private static final String VIEWER_PASSWORD = "viewer-password-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    UserService users;

    HttpBrowser http;

    @BeforeEach
    void client() {
        http = new HttpBrowser(port);
        if (!users.exists("errors-viewer")) {
            users.create("errors-viewer", VIEWER_PASSWORD, Side.VN, Set.of(Role.VIEWER));
        }
    }

    /** The JSON body of an API error, checked for its shape and for what it must never show. */
    static JsonNode apiError(HttpResponse<String> r, int status) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.body()).doesNotContainIgnoringCase("tomcat").doesNotContain("<html").doesNotContain("Whitelabel")
                .doesNotContain("Exception").doesNotContain(HomecomingServerTest.SECRET);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("problems").isArray()).isTrue();
        return body;
    }

    @Nested
    class WhatTomcatRefuses {

        @Test
        void aVeryLongUrlIsAnsweredInJson() throws IOException {
            HttpResponse<String> r = http.get("/api/v1/persons?q=" + "x".repeat(20_000), "Authorization", ADMIN);
            assertThat(apiError(r, 400).get("error").asText()).isEqualTo("Bad Request");
        }

        @Test
        void aVeryLongUrlOfAPageIsAnsweredInJsonToo() throws IOException {
            HttpResponse<String> r = http.get("/persons/" + "9".repeat(20_000));
            apiError(r, 400);
        }

        @Test
        void anOversizedHeaderIsAnsweredInJson() throws IOException {
            HttpResponse<String> r = http.get("/api/v1/persons?q=x", "Authorization", ADMIN, "X-Padding", "p".repeat(20_000));
            apiError(r, 400);
        }

        @Test
        void aMalformedRequestLineIsAnsweredInJson() throws IOException {
            String raw = rawRequest("GET /persons/{bad}|x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(raw).startsWith("HTTP/1.1 400");
            assertThat(raw).containsIgnoringCase("content-type: application/json")
                    .contains("{\"status\":400,\"error\":\"Bad Request\",\"problems\":[]}")
                    .doesNotContainIgnoringCase("tomcat").doesNotContain("<html");
        }

        private String rawRequest(String request) throws IOException {
            try (Socket s = new Socket("localhost", port)) {
                s.setSoTimeout(10_000);
                OutputStream out = s.getOutputStream();
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                InputStream in = s.getInputStream();
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                in.transferTo(all);
                return all.toString(StandardCharsets.ISO_8859_1);
            }
        }
    }

    @Nested
    class Api {

        @Test
        void withoutCredentials401AsksForBasic() throws IOException {
            HttpResponse<String> r = http.get("/api/v1/persons?q=x");
            assertThat(apiError(r, 401).get("error").asText())
                    .isEqualTo("authentication required: HTTP Basic with a user name and password");
            assertThat(r.headers().firstValue("www-authenticate")).hasValue("Basic realm=\"homecoming\"");
        }

        @Test
        void aRoleThatMayNotWriteGets403() throws IOException {
            HttpResponse<String> r = http.send(http.request("/api/v1/persons", "Authorization",
                    basic("errors-viewer", VIEWER_PASSWORD), "Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")));
            assertThat(apiError(r, 403).get("error").asText())
                    .isEqualTo("access denied: your roles do not allow POST /api/v1/persons");
        }

        @Test
        void anUnknownPathGets404() throws IOException {
            HttpResponse<String> r = http.get("/api/v1/nothing-here", "Authorization", ADMIN);
            assertThat(apiError(r, 404).get("error").asText()).isEqualTo("not found: /api/v1/nothing-here");
        }

        @Test
        void aParameterOfTheWrongTypeGets400NamingIt() throws IOException {
            HttpResponse<String> r = http.get("/api/v1/audit?page=first", "Authorization", ADMIN);
            assertThat(apiError(r, 400).get("error").asText()).isEqualTo("page must be of type int: first");
        }

        @Test
        void aMethodTheResourceDoesNotHaveGets405() throws IOException {
            HttpResponse<String> r = http.send(http.request("/api/v1/audit", "Authorization", ADMIN)
                    .method("PATCH", HttpRequest.BodyPublishers.noBody()));
            assertThat(apiError(r, 405).get("error").asText()).contains("PATCH");
        }

        @Test
        void anUnavailableRepresentationGets406() throws IOException {
            HttpResponse<String> r = http.get("/api/v1/audit", "Authorization", ADMIN, "Accept", "application/xml");
            apiError(r, 406);
        }

        @Test
        void anUploadOverTheLimitGets413() throws IOException {
            HttpResponse<String> r = http.send(http.request("/api/v1/imports", "Authorization", ADMIN,
                    "Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .POST(HttpRequest.BodyPublishers.ofString(largeUpload(""))));
            assertThat(apiError(r, 413).get("error").asText()).isEqualTo("the upload is larger than the server accepts");
        }

        @Test
        void aBodyOfAnUnsupportedTypeGets415() throws IOException {
            HttpResponse<String> r = http.send(http.request("/api/v1/archive/documents", "Authorization", ADMIN,
                    "Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("a document")));
            assertThat(apiError(r, 415).get("error").asText()).contains("text/plain");
        }

        @Test
        void anInternalErrorGets500WithoutItsDetails() throws IOException {
            HttpResponse<String> r = http.get(HomecomingServerTest.FAILING_PATH, "Authorization", ADMIN);
            assertThat(apiError(r, 500).get("error").asText()).isEqualTo("internal error; the server log has the details");
        }
    }

    private static final String BOUNDARY = "homecoming-test-boundary";

    /** A multipart body of 1.5 MB (the test limit is 1 MB), with a CSRF field when one is given. */
    static String largeUpload(String csrf) {
        String token = csrf.isEmpty() ? "" : "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + csrf + "\r\n";
        return token + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"missing_persons.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + "x".repeat(1_500_000) + "\r\n--" + BOUNDARY + "--\r\n";
    }

    @Nested
    class Browser {

        @Test
        void anUploadOverTheLimitIsTheApplicationsPageAndNotAnExpiredForm() {
            http.login("admin", HomecomingTest.ADMIN_PASSWORD);
            String csrf = http.csrf("/imports");
            HttpResponse<String> r = http.send(http.request("/imports", "Content-Type",
                    "multipart/form-data; boundary=" + BOUNDARY).POST(HttpRequest.BodyPublishers.ofString(largeUpload(csrf))));
            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(r.body()).contains("Tệp hoặc yêu cầu quá lớn.").contains("class=\"top\"")
                    .doesNotContainIgnoringCase("tomcat");
        }

        @Test
        void aRoleThatMayNotOpenAPageSeesTheAccessDeniedPageInItsLanguage() {
            assertThat(http.login("errors-viewer", VIEWER_PASSWORD).statusCode()).isEqualTo(302);
            HttpResponse<String> vi = http.get("/identification");
            assertThat(vi.statusCode()).isEqualTo(403);
            assertThat(vi.body()).contains("Không có quyền truy cập").contains("class=\"top\"")
                    .contains("errors-viewer").doesNotContain("Whitelabel").doesNotContainIgnoringCase("tomcat");
            HttpResponse<String> en = http.get("/identification?lang=en");
            assertThat(en.statusCode()).isEqualTo(403);
            assertThat(en.body()).contains("<h1 id=\"denied\">Access denied</h1>")
                    .contains("Your account has no role that may open this page.");
        }

        @Test
        void aFormWithoutItsCsrfTokenIsRefusedWithTheReason() {
            http.login("errors-viewer", VIEWER_PASSWORD);
            HttpResponse<String> r = http.postForm("/persons/new?lang=en", Map.of("fullName", "Lê Văn Tư"), null);
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("The form had expired or was not sent from this application.");
        }

        @Test
        void anUnknownPageIsTheApplicationsNotFoundPage() {
            http.login("errors-viewer", VIEWER_PASSWORD);
            HttpResponse<String> r = http.get("/no-such-page?lang=en", "Accept", "text/html");
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).contains("This page or record was not found.").contains("class=\"top\"")
                    .doesNotContain("Whitelabel").doesNotContainIgnoringCase("tomcat");
        }
    }
}
