package org.homecoming.server.users;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.homecoming.server.web.Nfc;

/**
 * Reads the parts of an account request as typed, each refusal naming its field.
 *
 * <pre>{@code
 * AccountInput.roles(List.of("lab_analyst", "VIEWER")); // [LAB_ANALYST, VIEWER]
 * AccountInput.side("us");                              // US
 * }</pre>
 */
final class AccountInput {

    static final String USERNAME_PATTERN = "[A-Za-z0-9._-]{1,64}";
    static final int MAX_FULL_NAME = 200;
    private static final String ROLE_NAMES = Arrays.stream(Role.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private AccountInput() {
    }

    static String username(String value) {
        if (value == null || value.isBlank()) {
            throw new UserInputException("username", "user.username.missing", "username must be given");
        }
        String s = value.strip();
        if (!s.matches(USERNAME_PATTERN)) {
            throw new UserInputException("username", "user.username.invalid",
                    "username must be 1 to 64 letters, digits, '.', '_' or '-': " + s, s);
        }
        return s;
    }

    /** The full name in NFC, or null when blank. */
    static String fullName(String value) {
        String s = Nfc.clean(value);
        if (s != null && s.length() > MAX_FULL_NAME) {
            throw new UserInputException("fullName", "user.fullName.tooLong",
                    "fullName must be at most " + MAX_FULL_NAME + " characters: " + s.length() + " given", s.length());
        }
        return s;
    }

    static Set<Role> roles(List<String> values) {
        if (values == null || values.stream().allMatch(v -> v == null || v.isBlank())) {
            throw new UserInputException("roles", "user.roles.missing", "roles must name at least one of " + ROLE_NAMES);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String v : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            try {
                roles.add(Role.parse(v));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("roles", "user.roles.unknown",
                        "roles must each be one of " + ROLE_NAMES + ": " + v.strip(), v.strip());
            }
        }
        return roles;
    }

    static Side side(String value) {
        try {
            return Side.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("side", "user.side.invalid", "side must be VN or US: " + value, value);
        }
    }
}
