/**
 * User management: administrators create accounts, change their roles and enabled flag and reset
 * passwords, through pages ({@code /users}), the API ({@code /api/v1/users}) and the command line
 * ({@code ./homecoming users}); every user changes their own password at {@code /account/password}.
 *
 * <p>Main types: {@link org.homecoming.server.users.UserAdministration} (the rules and the audit),
 * {@link org.homecoming.server.users.PasswordChangeGate} (a generated password must be changed
 * before anything else), {@link org.homecoming.server.users.UsersCommandMode} (the server jar as a
 * command). The password rules are {@link org.homecoming.server.security.PasswordPolicy}.
 *
 * <pre>{@code
 * POST /api/v1/users {"username":"lan","fullName":"Nguyễn Thị Lan","roles":["LAB_ANALYST"],"side":"VN"}
 * 201 {"id":7,"username":"lan","roles":["LAB_ANALYST"],"side":"VN","mustChangePassword":true,"oneTimePassword":"..."}
 * }</pre>
 */
package org.homecoming.server.users;
