package org.homecoming.server.users;

import java.util.List;

/**
 * A change to an account: each null part stays as it is.
 *
 * <pre>{@code
 * new AccountChange(null, List.of("LAB_ANALYST", "VIEWER"), null); // roles only
 * new AccountChange(null, null, false);                          // disable
 * }</pre>
 */
public record AccountChange(String fullName, List<String> roles, Boolean enabled) {
}
