package org.homecoming.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client for tests against the embedded Tomcat: keeps cookies like a browser (but
 * shows the raw {@code Set-Cookie} headers), never follows redirects, and signs in through the
 * login form with its CSRF token.
 */
public final class HttpBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public HttpBrowser(int port) {
        this.base = "http://localhost:" + port;
    }

    public String base() {
        return base;
    }

    /** GET with extra headers given as name, value, name, value... */
    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** POST of a form, with the CSRF token of the page {@code csrfFrom} (none when null). */
    public HttpResponse<String> postForm(String path, Map<String, String> fields, String csrfFrom) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrfFrom != null) {
            all.put("_csrf", csrf(csrfFrom));
        }
        String body = all.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path, "Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in through the login form; answers the form's redirect. */
    public HttpResponse<String> login(String username, String password) {
        return postForm("/login", Map.of("username", username, "password", password), "/login");
    }

    /** Signs out through the logout form of the dashboard. */
    public HttpResponse<String> logout() {
        return postForm("/logout", Map.of(), "/");
    }

    /** The CSRF token of a page. */
    public String csrf(String page) {
        Matcher m = CSRF.matcher(get(page).body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        return m.group(1);
    }

    /** Any request, built on {@link #request}. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            r.headers().allValues("set-cookie").forEach(this::keep);
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request to {@code path} carrying the kept cookies and the given headers. */
    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    /** The value of an {@code Authorization} header for HTTP Basic. */
    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code Set-Cookie} headers of a response that set {@code name}. */
    public static List<String> setCookies(HttpResponse<?> r, String name) {
        List<String> found = new ArrayList<>();
        for (String h : r.headers().allValues("set-cookie")) {
            if (h.startsWith(name + "=")) {
                found.add(h);
            }
        }
        return found;
    }

    private void keep(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        String name = pair.substring(0, eq).strip();
        String value = pair.substring(eq + 1).strip();
        if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
