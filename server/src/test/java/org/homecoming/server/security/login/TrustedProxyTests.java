package org.homecoming.server.security.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homecoming.server.HttpBrowser.basic;

import java.util.List;
import java.util.Set;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.HttpBrowser;
import org.homecoming.server.audit.AuditEntry;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.homecoming.server.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The deployment behind a TLS-terminating proxy on the same host, as docs/sign-in.md describes it
 * ({@code server.forward-headers-strategy=native}): the proxy's {@code X-Forwarded-Proto} makes the
 * session cookie Secure and its {@code X-Forwarded-For} is the address the throttle counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:homecoming-proxy;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "homecoming.search.in-memory=true",
    "homecoming.security.bcrypt-strength=4",
    "homecoming.data-dir=target/test-data-proxy",
    "server.forward-headers-strategy=native",
    "HOMECOMING_ADMIN_PASSWORD=" + HomecomingTest.ADMIN_PASSWORD})
class TrustedProxyTests {

    private static final String PASSWORD = "proxy-password-1";

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    AuditLog audit;

    HttpBrowser http;

    @BeforeEach
    void client() {
        http = new HttpBrowser(port);
        if (!users.exists("proxied-user")) {
            users.create("proxied-user", PASSWORD, Side.VN, Set.of(Role.VIEWER));
        }
    }

    @Test
    void theSessionCookieIsSecureWhenTheProxySaysTheRequestCameOverTls() {
        assertThat(HttpBrowser.setCookies(http.get("/login", "X-Forwarded-Proto", "https"), "JSESSIONID"))
                .singleElement().satisfies(c -> assertThat(c).contains("; Secure").contains("; HttpOnly")
                        .contains("; SameSite=Lax"));
        assertThat(HttpBrowser.setCookies(new HttpBrowser(port).get("/login"), "JSESSIONID"))
                .singleElement().satisfies(c -> assertThat(c).doesNotContain("Secure"));
    }

    @Test
    void theThrottleCountsTheClientAddressTheProxyForwards() {
        for (int i = 0; i < 19; i++) {
            assertThat(http.get("/api/v1/persons?q=x", "Authorization", basic("guess-" + i, "wrong-password"),
                    "X-Forwarded-For", "198.51.100.7").statusCode()).isEqualTo(401);
        }
        assertThat(http.get("/api/v1/persons?q=x", "Authorization", basic("guess-19", "wrong-password"),
                "X-Forwarded-For", "198.51.100.7").statusCode()).isEqualTo(429);
        assertThat(http.get("/api/v1/persons?q=x", "Authorization", basic("proxied-user", PASSWORD),
                "X-Forwarded-For", "198.51.100.7").statusCode()).isEqualTo(429);
        assertThat(http.get("/api/v1/persons?q=x", "Authorization", basic("proxied-user", PASSWORD),
                "X-Forwarded-For", "198.51.100.8").statusCode()).isEqualTo(200);
        List<AuditEntry> lines = audit.recent(LoginAudit.ENTITY, null, 0, 100);
        assertThat(lines).filteredOn(e -> e.username().equals("guess-19")).extracting(AuditEntry::detail).contains(
                "from 198.51.100.7: address 198.51.100.7 locked out for 5 min after too many failures");
        assertThat(lines).filteredOn(e -> e.username().equals("proxied-user")).extracting(AuditEntry::detail)
                .containsExactly("from 198.51.100.8");
    }
}
