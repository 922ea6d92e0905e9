package org.homecoming.server.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: at least 12 characters, at most 72 bytes in UTF-8 (bcrypt ignores the
 * rest, so a longer one would be weaker than it looks), not the user name, at least 5 different
 * characters, and not on a short list of common passwords.
 *
 * <pre>{@code
 * PasswordPolicy.check("lan", "correct horse battery"); // passes
 * PasswordPolicy.check("lan", "password1234");          // throws PasswordRejectedException (COMMON)
 * }</pre>
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    public static final int MIN_DISTINCT = 5;

    /** Common passwords of 12 characters or more (shorter ones fail the length rule anyway). */
    private static final Set<String> COMMON = Set.of("password1234", "password12345", "password123456",
            "123456789012", "1234567890123", "12345678901234", "qwertyuiopas", "qwertyuiop123", "qwerty123456",
            "1q2w3e4r5t6y", "iloveyou1234", "administrator", "admin1234567", "welcome12345", "letmein12345",
            "abc123456789", "abcdefghijkl", "passwordpassword", "matkhau12345", "matkhau123456", "homecoming12",
            "homecoming123", "homecoming2024", "homecoming2025", "changeme1234", "trustno1trustno1");

    private PasswordPolicy() {
    }

    /** Throws {@link PasswordRejectedException} naming the first rule that {@code password} breaks. */
    public static void check(String username, String password) {
        if (password == null || password.isBlank()) {
            throw new PasswordRejectedException(PasswordProblem.MISSING);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new PasswordRejectedException(PasswordProblem.TOO_SHORT, length);
        }
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new PasswordRejectedException(PasswordProblem.TOO_LONG, bytes);
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            throw new PasswordRejectedException(PasswordProblem.SAME_AS_USERNAME);
        }
        long distinct = password.codePoints().distinct().count();
        if (distinct < MIN_DISTINCT) {
            throw new PasswordRejectedException(PasswordProblem.TOO_SIMPLE, distinct);
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            throw new PasswordRejectedException(PasswordProblem.COMMON);
        }
    }
}
