package org.homecoming.server.users;

import java.util.List;

/**
 * What an administrator asks for when creating an account, as typed (checked by
 * {@link UserAdministration}); {@code password} is null for a generated one-time password.
 *
 * <pre>{@code
 * new NewUser("lan", "Nguyễn Thị Lan", List.of("LAB_ANALYST"), "VN", null);
 * }</pre>
 */
public record NewUser(String username, String fullName, List<String> roles, String side, String password) {
}
