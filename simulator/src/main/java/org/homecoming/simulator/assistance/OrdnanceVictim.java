package org.homecoming.simulator.assistance;

/**
 * A survivor of an ordnance accident whom the assistance programme may reach: the land-release pillar's stable
 * reference, sex and age at the accident, and the year of the accident.
 *
 * <pre>{@code
 * new OrdnanceVictim("VIC-2026-000012", "M", 14, 2019);
 * }</pre>
 */
public record OrdnanceVictim(String ref, String sex, Integer age, int year) {
}
