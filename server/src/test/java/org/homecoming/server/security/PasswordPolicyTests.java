package org.homecoming.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private static PasswordRejectedException refusal(String username, String password) {
        try {
            PasswordPolicy.check(username, password);
        } catch (PasswordRejectedException e) {
            return e;
        }
        throw new AssertionError("accepted: " + password);
    }

    @Nested
    class Refused {

        @Test
        void aMissingPassword() {
            assertThat(refusal("lan", null).getMessage()).isEqualTo("password must be given");
            assertThat(refusal("lan", "   ").problem()).isEqualTo(PasswordProblem.MISSING);
        }

        @Test
        void elevenCharactersAreTooShortCountingLettersNotBytes() {
            PasswordRejectedException e = refusal("lan", "Nguyễn Thị!");
            assertThat(e.getMessage()).isEqualTo("password must have at least 12 characters: 11 given");
            assertThat(e.problem().key()).isEqualTo("password.TOO_SHORT");
            assertThat(e.args()).containsExactly(11);
        }

        @Test
        void moreThan72BytesBecauseBcryptWouldIgnoreTheRest() {
            String vietnamese = "Mười bảy tháng ba năm một nghìn chín trăm bảy mươi lăm ở Huế";
            int bytes = vietnamese.getBytes(StandardCharsets.UTF_8).length;
            assertThat(vietnamese.length()).isLessThan(72);
            assertThat(refusal("lan", vietnamese).getMessage()).isEqualTo("password must be at most 72 bytes in UTF-8"
                    + " (bcrypt ignores the rest): " + bytes + " given");
        }

        @Test
        void theUserNameInAnyCase() {
            assertThat(refusal("Nguyen.Thi.Lan", "nguyen.thi.lan").getMessage())
                    .isEqualTo("password must not be the user name");
        }

        @Test
        void fewerThanFiveDifferentCharacters() {
            assertThat(refusal("lan", "abababababab").getMessage())
                    .isEqualTo("password must use at least 5 different characters: 2 used");
        }

        @Test
        void aCommonPasswordWhateverItsCase() {
            assertThat(refusal("lan", "Password1234").getMessage())
                    .isEqualTo("password is on the list of common passwords; choose another");
        }
    }

    @Test
    void aLongPassphraseIsAcceptedAndExactly72BytesStillIs() {
        assertThatCode(() -> PasswordPolicy.check("lan", "đi về nhà thôi em ơi")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("lan", "abcdefgh".repeat(9))).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("lan", "abcdefgh".repeat(9) + "x"))
                .hasMessageEndingWith("73 given");
    }

    @Test
    void generatedPasswordsPassThePolicyAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String p = GeneratedPassword.next();
            assertThat(p).matches("[A-HJ-NP-Za-km-z2-9]{20}");
            PasswordPolicy.check("lan", p);
            seen.add(p);
        }
        assertThat(seen).hasSize(200);
    }
}
