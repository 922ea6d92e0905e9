package org.homecoming.server.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadSettingsTests {

    static final Map<String, String> ENV = Map.of("HOMECOMING_LOAD_PASSWORD", "secret");

    static LoadSettings parse(String... args) {
        return LoadSettings.parse(args, ENV);
    }

    @Test
    void defaultsAreFiftyUsersForFiveMinutes() {
        LoadSettings s = parse("--url", "http://127.0.0.1:18080");
        assertThat(s.users()).isEqualTo(50);
        assertThat(s.duration().toSeconds()).isEqualTo(300);
        assertThat(s.officers()).containsExactly("officer");
        assertThat(s.analysts()).containsExactly("lab");
        assertThat(s.password()).isEqualTo("secret");
    }

    @Test
    void userNamesAndThePasswordFileAreTakenAsGiven(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("admin-password.txt"), "from-file\n");
        LoadSettings s = parse("--url", "http://localhost:8080", "--officers", "officer, officer-2", "--analysts",
                "lab-vn-1,lab-vn-2", "--password-file", file.toString(), "--users", "10", "--duration", "30");
        assertThat(s.officers()).containsExactly("officer", "officer-2");
        assertThat(s.analysts()).containsExactly("lab-vn-1", "lab-vn-2");
        assertThat(s.password()).isEqualTo("from-file");
        assertThat(s.users()).isEqualTo(10);
    }

    @Nested
    class Loopback {

        @Test
        void aServerOnThisMachineIsAccepted() {
            assertThat(parse("--url", "http://127.0.0.2:8080").url().getHost()).isEqualTo("127.0.0.2");
            assertThat(parse("--url", "http://[::1]:8080").url().getPort()).isEqualTo(8080);
        }

        @Test
        void anyOtherHostIsRefused() {
            for (String url : new String[] {"http://10.0.0.5:8080", "http://example.org", "http://0.0.0.0:8080",
                "http://localhost.example.org"}) {
                assertThatThrownBy(() -> parse("--url", url)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("--url must point at this machine (localhost, 127.0.0.0/8 or ::1): " + url);
            }
        }

        @Test
        void onlyHttpIsSpoken() {
            assertThatThrownBy(() -> parse("--url", "ftp://127.0.0.1/")).hasMessage("--url must be an http or https URL:"
                    + " ftp://127.0.0.1/");
        }
    }

    @Nested
    class Bounds {

        @Test
        void usersAndDurationHaveHardCaps() {
            assertThatThrownBy(() -> parse("--url", "http://127.0.0.1:1", "--users", "201"))
                    .hasMessage("--users must be in [1, 200]: 201");
            assertThatThrownBy(() -> parse("--url", "http://127.0.0.1:1", "--duration", "901"))
                    .hasMessage("--duration must be in [1, 900]: 901");
            assertThatThrownBy(() -> parse("--url", "http://127.0.0.1:1", "--users", "0"))
                    .hasMessage("--users must be in [1, 200]: 0");
            assertThatThrownBy(() -> parse("--url", "http://127.0.0.1:1", "--duration", "5m"))
                    .hasMessage("--duration must be a whole number: 5m");
        }

        @Test
        void theUrlAndThePasswordMustBeGiven() {
            assertThatThrownBy(() -> parse("--users", "3")).hasMessage("--url must be given (e.g. http://127.0.0.1:8080)");
            assertThatThrownBy(() -> LoadSettings.parse(new String[] {"--url", "http://127.0.0.1:1"}, Map.of()))
                    .hasMessage("the users' password must be given: --password-file FILE or HOMECOMING_LOAD_PASSWORD");
        }

        @Test
        void unknownOrUnpairedOptionsAreRefused() {
            assertThatThrownBy(() -> parse("--url", "http://127.0.0.1:1", "--forever", "1"))
                    .hasMessage("unknown option: --forever");
            assertThatThrownBy(() -> parse("--url")).hasMessage("options come in pairs (--name value): [--url]");
            assertThatThrownBy(() -> parse("--url", "http://127.0.0.1:1", "--officers", " , "))
                    .hasMessage("--officers must name at least one user:  , ");
        }
    }
}
