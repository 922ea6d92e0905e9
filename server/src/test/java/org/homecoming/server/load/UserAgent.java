package org.homecoming.server.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One virtual user's connection to the server: a browser session (login form with its CSRF token,
 * session cookie) for pages and HTTP Basic for the API, every request timed into {@link Traffic}.
 * Redirects are not followed, so a page that answers with the login form counts as an error.
 *
 * <pre>{@code
 * UserAgent ua = new UserAgent(URI.create("http://127.0.0.1:8080"), "officer", password, traffic);
 * ua.login();
 * ua.page(Endpoint.PERSON_PAGE, "/persons/42");
 * }</pre>
 */
final class UserAgent {

    /** A response that arrived (any status). */
    record Answer(int status, String body) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final String username;
    private final String password;
    private final String basic;
    private final Traffic traffic;
    private final HttpClient client;

    UserAgent(URI base, String username, String password, Traffic traffic) {
        this.base = base;
        this.username = username;
        this.password = password;
        this.basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        this.traffic = traffic;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
    }

    String username() {
        return username;
    }

    /** Logs in through the form; throws when the server does not accept the user. */
    void login() {
        Answer form = send(Endpoint.LOGIN, request("/login").GET().build(), false, false);
        Matcher m = form == null ? null : CSRF.matcher(form.body());
        if (m == null || !m.find()) {
            throw new IllegalStateException("the login page of " + base + " has no CSRF token");
        }
        String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        long start = System.nanoTime();
        Answer a = exchange(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        String location = a == null ? "" : a.body();
        boolean ok = a != null && a.status() == 302 && !location.contains("/login");
        traffic.record(Endpoint.LOGIN, start, ok ? LatencyLog.Outcome.SUCCESS : LatencyLog.Outcome.ERROR,
                "login of " + username + " answered " + (a == null ? "nothing" : a.status() + " -> " + location));
        if (!ok) {
            throw new IllegalStateException("user " + username + " cannot log in at " + base + " (answer "
                    + (a == null ? "none" : a.status() + " " + location) + ")");
        }
    }

    /** A browser GET in the session; 200 is success, anything else an error. */
    Answer page(Endpoint e, String path) {
        return send(e, request(path).GET().build(), false, true);
    }

    /** An API GET with Basic; 200 is success. */
    Answer apiGet(Endpoint e, String path) {
        return send(e, request(path).header("Authorization", basic).header("Accept", "application/json").GET().build(),
                false, true);
    }

    /** An API PUT of JSON with Basic; 200 is success, 409 a conflict, anything else an error. */
    Answer apiPut(Endpoint e, String path, String json) {
        HttpRequest r = request(path).header("Authorization", basic).header("Content-Type", "application/json")
                .header("Accept", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build();
        return send(e, r, true, true);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
    }

    /** Sends and counts: 200 is success, 409 a conflict where {@code conflictAllowed}, anything else an error. */
    private Answer send(Endpoint e, HttpRequest r, boolean conflictAllowed, boolean countSuccess) {
        long start = System.nanoTime();
        Answer a = exchange(r);
        LatencyLog.Outcome o = a != null && a.status() == 200 ? LatencyLog.Outcome.SUCCESS
                : a != null && a.status() == 409 && conflictAllowed ? LatencyLog.Outcome.CONFLICT : LatencyLog.Outcome.ERROR;
        if (countSuccess || o != LatencyLog.Outcome.SUCCESS) {
            traffic.record(e, start, o, r.method() + " " + r.uri().getPath() + " as " + username + " -> "
                    + (a == null ? "no answer" : a.status() + (a.status() == 302 ? " to " + a.body() : "")));
        }
        return a;
    }

    /** The answer, or null when none came (refused, reset, timed out); a redirect's body is its Location. */
    private Answer exchange(HttpRequest r) {
        try {
            HttpResponse<String> resp = client.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String body = resp.statusCode() / 100 == 3 ? resp.headers().firstValue("Location").orElse("") : resp.body();
            return new Answer(resp.statusCode(), body);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
