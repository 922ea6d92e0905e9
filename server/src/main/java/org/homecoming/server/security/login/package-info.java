/**
 * Signing in and out: a throttle against password guessing per user name and per client address,
 * the audit of every sign-in, failure, lock-out and sign-out, and the answers to a failed sign-in
 * (the login page's message, the API's 401 and 429).
 *
 * <p>Main types: {@link org.homecoming.server.security.login.ThrottledLogin} (the authentication
 * manager of a channel), {@link org.homecoming.server.security.login.LoginThrottle},
 * {@link org.homecoming.server.security.login.LoginLimits},
 * {@link org.homecoming.server.security.login.LoginAudit}.
 *
 * <pre>{@code
 * http.authenticationManager(new ThrottledLogin(Channel.FORM, passwords, throttle, loginAudit))
 *     .formLogin(f -> f.failureHandler(new FormSignInFailure()));
 * }</pre>
 */
package org.homecoming.server.security.login;
