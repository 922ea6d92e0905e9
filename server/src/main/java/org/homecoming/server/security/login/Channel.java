package org.homecoming.server.security.login;

/** How a user signs in: the browser's login form, or HTTP Basic on each API request. */
public enum Channel {
    FORM, BASIC
}
