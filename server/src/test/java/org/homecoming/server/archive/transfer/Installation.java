package org.homecoming.server.archive.transfer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.function.Supplier;
import org.homecoming.server.HomecomingServer;
import org.homecoming.server.security.HomecomingPrincipal;
import org.homecoming.server.security.LocalInstallation;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One Homecoming server started in the test JVM on a free port, with its own in-memory H2 database,
 * data directory (and so its own signing key), side and installation id; spoken to over HTTP as its
 * administrator, or through its beans as a named user.
 */
final class Installation implements AutoCloseable {

    static final String PASSWORD = "exchange-test-admin-password";

    final String id;
    final Side side;
    final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private Installation(String id, Side side, ConfigurableApplicationContext context) {
        this.id = id;
        this.side = side;
        this.context = context;
        this.base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    static Installation start(String id, Side side, Path dir) {
        // Command-line arguments, because they outrank application.properties (default properties do not).
        ConfigurableApplicationContext c = new SpringApplicationBuilder(HomecomingServer.class).run(
                "--spring.datasource.url=jdbc:h2:mem:" + id + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--homecoming.search.in-memory=true", "--homecoming.security.bcrypt-strength=4",
                "--homecoming.data-dir=" + dir.resolve(id), "--homecoming.side=" + side.name(),
                "--homecoming.installation-id=" + id, "--HOMECOMING_ADMIN_PASSWORD=" + PASSWORD, "--server.port=0",
                "--spring.jmx.enabled=false");
        return new Installation(id, side, c);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    JdbcClient jdbc() {
        return bean(JdbcClient.class);
    }

    long count(String sql, Object... params) {
        return jdbc().sql(sql).params(params).query(Long.class).single();
    }

    /** Runs {@code work} as a user of this installation's side with {@code roles}. */
    <T> T as(String user, Supplier<T> work, Role... roles) {
        var principal = HomecomingPrincipal.of(user, side, roles);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Runs {@code work} as this installation's system user, as its own background work runs. */
    <T> T asSystem(Supplier<T> work) {
        return bean(LocalInstallation.class).asSystem(work);
    }

    HttpResponse<byte[]> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<byte[]> post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    HttpResponse<byte[]> postJson(String path, String json) {
        return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder b) {
        String auth = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        try {
            return http.send(b.header("Authorization", "Basic " + auth).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
