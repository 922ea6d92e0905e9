package org.homecoming.server.archive.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationKeysTests {

    @Test
    void keysCreatedOnFirstStartAreReadBackOnTheNext(@TempDir Path dir) throws Exception {
        InstallationKeys first = InstallationKeys.loadOrCreate(dir, "vn-mia");
        InstallationKeys again = InstallationKeys.loadOrCreate(dir, "ignored-now");

        assertThat(again.installationId()).isEqualTo("vn-mia");
        assertThat(again.fingerprint()).isEqualTo(first.fingerprint());
        byte[] data = "manifest".getBytes(UTF_8);
        assertThat(SigningKeys.verify(first.publicKey(), data, again.sign(data))).isTrue();
        assertThat(Files.readString(dir.resolve("signing-key.pub.pem"))).startsWith("-----BEGIN PUBLIC KEY-----");
    }

    @Test
    void aPublicKeyTravelsAsPemAndKeepsItsFingerprint() {
        InstallationKeys k = InstallationKeys.generate("us-dpaa");

        var read = SigningKeys.readPublicPem(k.publicKeyPem());

        assertThat(SigningKeys.fingerprint(read)).isEqualTo(k.fingerprint()).matches("SHA256:[0-9a-f]{64}");
    }

    @Test
    void aSignatureOfOtherDataDoesNotVerify() {
        InstallationKeys k = InstallationKeys.generate("us-dpaa");

        assertThat(SigningKeys.verify(k.publicKey(), "b".getBytes(UTF_8), k.sign("a".getBytes(UTF_8)))).isFalse();
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> InstallationKeys.generate("VN MIA")).hasMessage("installationId must be 2 to 63"
                + " lower-case letters, digits, '.' or '-' starting with a letter or digit: VN MIA");
        assertThatThrownBy(() -> SigningKeys.readPublicPem("hello")).hasMessage("public key must be PEM text"
                + " starting with '-----BEGIN PUBLIC KEY-----': hello");
        String rsaLike = "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----";
        assertThatThrownBy(() -> SigningKeys.readPublicPem(rsaLike))
                .hasMessageStartingWith("public key is not an Ed25519 key: ");
    }
}
