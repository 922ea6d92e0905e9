package org.homecoming.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.homecoming.server.HomecomingServerTest;
import org.homecoming.server.HttpBrowser;
import org.homecoming.server.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/** The browser's session cookie as the embedded Tomcat sends it, and the session's life from sign-in to sign-out. */
@HomecomingServerTest
class SessionCookieTests {

    private static final String PASSWORD = "session-password-1";

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    AuditLog audit;
    @Autowired
    ServletWebServerApplicationContext server;

    HttpBrowser http;

    @BeforeEach
    void client() {
        http = new HttpBrowser(port);
        if (!users.exists("session-user")) {
            users.create("session-user", PASSWORD, Side.VN, Set.of(Role.VIEWER));
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() {
        List<String> cookies = HttpBrowser.setCookies(http.get("/login"), "JSESSIONID");
        assertThat(cookies).hasSize(1);
        assertThat(cookies.get(0)).contains("; Path=/").contains("; HttpOnly").contains("; SameSite=Lax")
                .doesNotContain("Secure");
    }

    @Test
    void signingInGivesANewSessionIdAndTheOldOneOpensNothing() {
        http.get("/login");
        String before = http.cookie("JSESSIONID");
        assertThat(http.login("session-user", PASSWORD).statusCode()).isEqualTo(302);
        String after = http.cookie("JSESSIONID");
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(http.get("/").statusCode()).isEqualTo(200);

        HttpBrowser attacker = new HttpBrowser(port);
        attacker.setCookie("JSESSIONID", before);
        assertThat(attacker.get("/").headers().firstValue("location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void signingOutEndsTheSessionOnTheServerAndIsAudited() {
        http.login("session-user", PASSWORD);
        String session = http.cookie("JSESSIONID");
        HttpResponse<String> out = http.logout();
        assertThat(out.headers().firstValue("location")).hasValue(http.base() + "/login?logout");
        assertThat(HttpBrowser.setCookies(out, "JSESSIONID")).anySatisfy(c -> assertThat(c).contains("Max-Age=0"));

        HttpBrowser replay = new HttpBrowser(port);
        replay.setCookie("JSESSIONID", session);
        assertThat(replay.get("/").headers().firstValue("location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(audit.recent("LOGIN", null, 0, 50)).anySatisfy(e -> {
            assertThat(e.username()).isEqualTo("session-user");
            assertThat(e.action()).isEqualTo("LOGOUT");
        });
    }

    @Test
    void anIdleSessionEndsAfterThirtyMinutes() {
        Container[] contexts = ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren();
        assertThat(contexts).hasSize(1);
        assertThat(((Context) contexts[0]).getSessionTimeout()).isEqualTo(30);
    }
}
