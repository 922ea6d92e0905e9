package org.homecoming.server.assistance;

/**
 * The age groups the programme reports in: children, adults of working age, older people, and unknown when no birth
 * year is recorded. Age is counted in whole years at the end of the reported year.
 *
 * <pre>{@code
 * AgeGroup.of(1968, 2026); // ADULT (58 at the end of 2026)
 * }</pre>
 */
public enum AgeGroup {
    CHILD("0-17"), ADULT("18-59"), OLDER("60+"), UNKNOWN("unknown");

    private final String label;

    AgeGroup(String label) {
        this.label = label;
    }

    /** The group's name in the statistics API: {@code 0-17}, {@code 18-59}, {@code 60+}, {@code unknown}. */
    public String label() {
        return label;
    }

    /** The group of someone born in {@code birthYear}, at the end of {@code year}. */
    public static AgeGroup of(Integer birthYear, int year) {
        if (birthYear == null || birthYear > year) {
            return UNKNOWN;
        }
        int age = year - birthYear;
        return age < 18 ? CHILD : age < 60 ? ADULT : OLDER;
    }
}
