package org.homecoming.server.users;

import org.homecoming.server.security.UserAccount;

/**
 * An account with the one-time password just issued for it (null when the administrator chose the
 * password); the password is shown once and never stored in clear.
 *
 * <pre>{@code
 * IssuedPassword p = admin.create(new NewUser("lan", null, List.of("VIEWER"), "VN", null), "admin");
 * p.oneTimePassword(); // 20 random characters; p.account().mustChangePassword() is true
 * }</pre>
 */
public record IssuedPassword(UserAccount account, String oneTimePassword) {
}
