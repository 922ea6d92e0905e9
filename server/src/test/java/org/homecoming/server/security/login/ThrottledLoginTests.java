package org.homecoming.server.security.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homecoming.server.HttpBrowser.basic;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.homecoming.server.HomecomingServerTest;
import org.homecoming.server.HttpBrowser;
import org.homecoming.server.MovableClock;
import org.homecoming.server.audit.AuditEntry;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.homecoming.server.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * Password guessing against the running server, through the login form and HTTP Basic: what is
 * refused, what the user is told, when sign-in works again (on a clock the test moves), and what
 * the audit log keeps.
 */
@HomecomingServerTest
class ThrottledLoginTests {

    static final String PASSWORD = "correct-password-1";
    static final String WRONG = "wrong-password-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    AuditLog audit;
    @Autowired
    MovableClock clock;

    HttpBrowser http;

    @BeforeEach
    void client() {
        http = new HttpBrowser(port);
    }

    /** Every test starts with no failure remembered: lock-outs and windows have passed. */
    @AfterEach
    void timePasses() {
        clock.advance(Duration.ofHours(3));
    }

    private String user(String name) {
        if (!users.exists(name)) {
            users.create(name, PASSWORD, Side.VN, Set.of(Role.VIEWER));
        }
        return name;
    }

    private HttpResponse<String> api(String username, String password) {
        return http.get("/api/v1/persons?q=x", "Authorization", basic(username, password));
    }

    private List<AuditEntry> signIns(String username) {
        return audit.recent(LoginAudit.ENTITY, null, 0, 200).stream().filter(e -> e.username().equals(username)).toList();
    }

    @Nested
    class LoginForm {

        @Test
        void theFifthWrongPasswordLocksTheAccountAndThePageSaysForHowLong() {
            String lan = user("form-lan");
            for (int i = 0; i < 4; i++) {
                assertThat(new HttpBrowser(port).login(lan, WRONG).headers().firstValue("location"))
                        .hasValue(http.base() + "/login?error");
            }
            assertThat(http.login(lan, WRONG).headers().firstValue("location")).hasValue(http.base() + "/login?locked=5");
            assertThat(http.get("/login?locked=5").body()).contains("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 5 phút.");
            assertThat(http.get("/login?locked=5&lang=en").body())
                    .contains("<p class=\"error\" id=\"locked\">Too many failed sign-ins. Try again in 5 minutes.</p>");
        }

        @Test
        void theCorrectPasswordIsRefusedDuringTheLockOutAndAcceptedAfterIt() {
            String lan = user("form-patient");
            for (int i = 0; i < 5; i++) {
                http.login(lan, WRONG);
            }
            clock.advance(Duration.ofMinutes(4));
            assertThat(http.login(lan, PASSWORD).headers().firstValue("location")).hasValue(http.base() + "/login?locked=1");
            assertThat(http.get("/").statusCode()).isEqualTo(302);
            clock.advance(Duration.ofMinutes(1));
            assertThat(http.login(lan, PASSWORD).headers().firstValue("location"))
                    .hasValueSatisfying(to -> assertThat(to).doesNotContain("/login"));
            assertThat(http.get("/").statusCode()).isEqualTo(200);
        }

        @Test
        void thirtyWrongPasswordsInARowCheckOnlyFive() {
            String lan = user("form-thirty");
            long started = System.nanoTime();
            int refusedUnchecked = 0;
            for (int i = 0; i < 30; i++) {
                String to = http.login(lan, WRONG + i).headers().firstValue("location").orElseThrow();
                refusedUnchecked += to.endsWith("locked=5") && i >= 5 ? 1 : 0;
            }
            long ms = (System.nanoTime() - started) / 1_000_000;
            System.out.println("30 wrong passwords through the login form: " + ms + " ms, " + refusedUnchecked
                    + " refused without checking the password");
            assertThat(refusedUnchecked).isEqualTo(25);
            assertThat(signIns(lan)).extracting(AuditEntry::action).containsExactly("LOGIN_LOCKED",
                    "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED");
        }
    }

    @Nested
    class HttpBasic {

        @Test
        void aLockedOutAccountGets429WithRetryAfterEvenWithTheRightPassword() throws IOException {
            String lan = user("basic-lan");
            for (int i = 0; i < 4; i++) {
                assertThat(api(lan, WRONG).statusCode()).isEqualTo(401);
            }
            HttpResponse<String> locked = api(lan, WRONG);
            assertThat(locked.statusCode()).isEqualTo(429);
            assertThat(locked.headers().firstValue("retry-after")).hasValue("300");
            assertThat(locked.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(JSON.readTree(locked.body()).get("error").asText())
                    .isEqualTo("too many failed sign-ins; try again in 5 minutes");
            clock.advance(Duration.ofSeconds(100));
            HttpResponse<String> right = api(lan, PASSWORD);
            assertThat(right.statusCode()).isEqualTo(429);
            assertThat(right.headers().firstValue("retry-after")).hasValue("200");
            clock.advance(Duration.ofSeconds(200));
            assertThat(api(lan, PASSWORD).statusCode()).isEqualTo(200);
        }

        @Test
        void twentyFailuresFromOneAddressLockItOutForEveryNameAndForwardedForIsNotBelieved() {
            String victim = user("basic-victim");
            for (int i = 0; i < 19; i++) {
                HttpResponse<String> r = http.get("/api/v1/persons?q=x", "Authorization", basic("sprayed-" + i, WRONG),
                        "X-Forwarded-For", "198.51.100." + i);
                assertThat(r.statusCode()).isEqualTo(401);
            }
            assertThat(http.get("/api/v1/persons?q=x", "Authorization", basic("sprayed-19", WRONG),
                    "X-Forwarded-For", "198.51.100.19").statusCode()).isEqualTo(429);
            assertThat(api(victim, PASSWORD).statusCode()).isEqualTo(429);
            assertThat(http.login(victim, PASSWORD).headers().firstValue("location")).hasValue(http.base() + "/login?locked=5");
            assertThat(signIns("sprayed-19")).extracting(AuditEntry::action).containsExactly("LOGIN_LOCKED", "LOGIN_FAILED");
            assertThat(signIns("sprayed-19").get(0).detail())
                    .isEqualTo("from 127.0.0.1: address 127.0.0.1 locked out for 5 min after too many failures");
        }
    }

    @Nested
    class Audit {

        @Test
        void successFailureLockOutAndSignOutAreWrittenWithNameAddressAndNoPassword() {
            String lan = user("audit-lan");
            http.login(lan, "secret-typo-1");
            http.login(lan, PASSWORD);
            http.logout();
            List<AuditEntry> lines = signIns(lan);
            assertThat(lines).extracting(AuditEntry::action).containsExactly("LOGOUT", "LOGIN", "LOGIN_FAILED");
            assertThat(lines).extracting(AuditEntry::entityId).containsOnly("FORM");
            assertThat(lines).extracting(AuditEntry::detail).containsExactly("from 127.0.0.1", "from 127.0.0.1",
                    "from 127.0.0.1: wrong user name or password");
            assertThat(lines).allSatisfy(e -> assertThat(e.at()).isNotNull());
            assertThat(audit.recent(null, null, 0, 500)).noneMatch(e -> String.valueOf(e.detail()).contains("secret-typo")
                    || e.username().contains("secret-typo"));
        }

        @Test
        void anUnknownNameIsWrittenAsTriedAndCountedLikeAnyOther() {
            for (int i = 0; i < 5; i++) {
                http.login("nobody-by-that-name", WRONG);
            }
            assertThat(signIns("nobody-by-that-name")).extracting(AuditEntry::action).containsExactly("LOGIN_LOCKED",
                    "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED");
            assertThat(signIns("nobody-by-that-name").get(0).detail())
                    .isEqualTo("from 127.0.0.1: user name locked out for 5 min after too many failures");
        }

        @Test
        void anApiClientIsWrittenOncePerWindowNotOncePerRequest() {
            String lan = user("audit-api");
            for (int i = 0; i < 3; i++) {
                assertThat(api(lan, PASSWORD).statusCode()).isEqualTo(200);
            }
            assertThat(api(lan, WRONG).statusCode()).isEqualTo(401);
            clock.advance(Duration.ofMinutes(15));
            assertThat(api(lan, PASSWORD).statusCode()).isEqualTo(200);
            assertThat(signIns(lan)).extracting(AuditEntry::action).containsExactly("LOGIN", "LOGIN_FAILED", "LOGIN");
            assertThat(signIns(lan)).extracting(AuditEntry::entityId).containsOnly("BASIC");
        }
    }

    @Nested
    class Faults {

        @Test
        void aFaultOfTheUserStoreIsNeitherCountedNorWrittenAsAFailedSignIn() {
            LoginThrottle throttle = new LoginThrottle(LoginLimits.defaults(), clock);
            ThrottledLogin login = new ThrottledLogin(Channel.FORM, attempt -> {
                throw new InternalAuthenticationServiceException("the user store is unreachable");
            }, throttle, new LoginAudit(audit, clock, Duration.ofMinutes(15), 10));
            for (int i = 0; i < 10; i++) {
                assertThatThrownBy(() -> login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                        "store-fault", PASSWORD))).isInstanceOf(InternalAuthenticationServiceException.class);
            }
            assertThat(throttle.tracked()).isZero();
            assertThat(signIns("store-fault")).isEmpty();
        }
    }
}
