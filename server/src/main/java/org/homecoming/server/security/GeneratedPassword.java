package org.homecoming.server.security;

import java.security.SecureRandom;

/**
 * Random passwords for new accounts, resets and the first admin: 20 characters from an alphabet
 * without look-alikes (0/O, 1/l/I), drawn with {@link SecureRandom}: about 117 bits.
 *
 * <pre>{@code
 * String once = GeneratedPassword.next(); // e.g. "k7QmZp3RtWx9aBcDeFgH"
 * }</pre>
 */
public final class GeneratedPassword {

    static final int LENGTH = 20;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedPassword() {
    }

    /** A new random password that passes {@link PasswordPolicy}. */
    public static String next() {
        while (true) {
            StringBuilder sb = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String p = sb.toString();
            try {
                PasswordPolicy.check(null, p);
                return p;
            } catch (PasswordRejectedException tooSimple) {
                // Fewer than five different characters in twenty draws: astronomically rare; draw again.
            }
        }
    }
}
