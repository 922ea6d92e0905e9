package org.homecoming.server.registry;

import java.time.OffsetDateTime;

/**
 * One link of a sample's chain of custody: who had it, when, where, and what happened.
 *
 * <pre>{@code
 * new CustodyEvent(OffsetDateTime.now(), "Đội K52", "Hải Lăng", "collected from grave 3");
 * }</pre>
 */
public record CustodyEvent(OffsetDateTime at, String actor, String place, String action) {
}
