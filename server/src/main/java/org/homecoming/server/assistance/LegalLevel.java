package org.homecoming.server.assistance;

/**
 * The levels of Law 51/2010/QH12 as the commune council certifies them: đặc biệt nặng (especially severe), nặng
 * (severe), nhẹ (mild).
 *
 * <pre>{@code
 * LegalLevel.valueOf("ESPECIALLY_SEVERE");
 * }</pre>
 */
public enum LegalLevel {
    ESPECIALLY_SEVERE, SEVERE, MILD
}
