/**
 * Who may do what: user accounts with a side and roles, the password rules, the two channels
 * (browser form with CSRF, API with HTTP Basic), the security headers, and the sharing of records
 * across the two sides of the programme.
 *
 * <p>Main types: {@link org.homecoming.server.security.SecurityConfig} (which role reaches which
 * page and API), {@link org.homecoming.server.security.Role} and
 * {@link org.homecoming.server.security.Side}, {@link org.homecoming.server.security.CurrentUser}
 * (who is asking, given by {@link org.homecoming.server.security.CurrentUsers}),
 * {@link org.homecoming.server.security.LocalInstallation} (the configured side and the system user
 * background work runs as), {@link org.homecoming.server.security.UserService} with
 * {@link org.homecoming.server.security.PasswordPolicy}, {@link org.homecoming.server.security.AdminBootstrap}
 * (the first {@code admin}, no default password), {@link org.homecoming.server.security.SharingService}
 * (what one side sees of the other), {@link org.homecoming.server.security.SecurityHeaders} (strict CSP)
 * and {@link org.homecoming.server.security.OriginGuard}. Signing in and its throttle are in
 * {@link org.homecoming.server.security.login}. Described in {@code docs/security.md} and
 * {@code docs/sign-in.md}.
 *
 * <pre>{@code
 * CurrentUser u = currentUsers.get();
 * if (u.canSeeGenetics()) { ... }
 * }</pre>
 */
package org.homecoming.server.security;
