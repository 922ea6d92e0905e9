package org.homecoming.server.archive.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.regex.Pattern;

/**
 * The identity of one installation: its id and the Ed25519 key pair that signs its exchange packages.
 *
 * <pre>{@code
 * InstallationKeys keys = InstallationKeys.loadOrCreate(Path.of("data/keys"), "vn-mia-hanoi");
 * byte[] sig = keys.sign(manifestBytes);
 * keys.publicKeyPem(); // handed to the other side, which trusts it
 * }</pre>
 *
 * <p>On first use the directory receives {@code installation-id}, {@code signing-key.pem} (readable
 * by the owner only where the file system allows) and {@code signing-key.pub.pem}; later starts read
 * them back, so the id passed then is ignored. The private key never leaves this class.
 */
public final class InstallationKeys {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{1,62}");
    static final String ID_FILE = "installation-id";
    static final String PRIVATE_FILE = "signing-key.pem";
    static final String PUBLIC_FILE = "signing-key.pub.pem";

    private final String installationId;
    private final KeyPair pair;

    private InstallationKeys(String installationId, KeyPair pair) {
        this.installationId = installationId;
        this.pair = pair;
    }

    /** A fresh identity kept in memory only (tests, tools). */
    public static InstallationKeys generate(String installationId) {
        return new InstallationKeys(checkId(installationId), newPair());
    }

    /** The identity stored in {@code dir}, created there with {@code installationId} when absent. */
    public static InstallationKeys loadOrCreate(Path dir, String installationId) {
        try {
            Path priv = dir.resolve(PRIVATE_FILE);
            if (Files.exists(priv)) {
                return load(dir);
            }
            InstallationKeys k = generate(installationId);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(ID_FILE), k.installationId + "\n");
            Files.writeString(dir.resolve(PUBLIC_FILE), k.publicKeyPem());
            Files.writeString(priv, SigningKeys.privatePem(k.pair.getPrivate()));
            ownerOnly(priv);
            return k;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep signing keys in " + dir, e);
        }
    }

    private static InstallationKeys load(Path dir) throws IOException {
        String id = Files.readString(dir.resolve(ID_FILE)).strip();
        var priv = SigningKeys.readPrivatePem(Files.readString(dir.resolve(PRIVATE_FILE)), dir.resolve(PRIVATE_FILE)
                .toString());
        PublicKey pub = SigningKeys.readPublicPem(Files.readString(dir.resolve(PUBLIC_FILE), StandardCharsets.US_ASCII));
        return new InstallationKeys(checkId(id), new KeyPair(pub, priv));
    }

    public String installationId() {
        return installationId;
    }

    public PublicKey publicKey() {
        return pair.getPublic();
    }

    public String fingerprint() {
        return SigningKeys.fingerprint(pair.getPublic());
    }

    public String publicKeyPem() {
        return SigningKeys.publicPem(pair.getPublic());
    }

    /** The Ed25519 signature of {@code data}. */
    public byte[] sign(byte[] data) {
        return SigningKeys.sign(pair.getPrivate(), data);
    }

    /** This installation's public key as a trusted key, as the other side records it. */
    public TrustedKey asTrusted() {
        return new TrustedKey(installationId, pair.getPublic());
    }

    static String checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("installationId must be 2 to 63 lower-case letters, digits, '.' or '-'"
                    + " starting with a letter or digit: " + id);
        }
        return id;
    }

    private static KeyPair newPair() {
        try {
            return KeyPairGenerator.getInstance(SigningKeys.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ runtime", e);
        }
    }

    private static void ownerOnly(Path p) {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system (Windows): the directory's own permissions protect the key.
        }
    }
}
