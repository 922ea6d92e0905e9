package org.homecoming.kinship.evidence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days a partial date may mean: {@code 1968} is 1968-01-01 to 1968-12-31, {@code 1968-03} the
 * days of March, a full date one day.
 *
 * <p>{@code DateRange.parse("1968-03").latest()} is 1968-03-31.
 */
public record DateRange(LocalDate earliest, LocalDate latest) {

    private static final double DAYS_PER_YEAR = 365.2425;

    public DateRange {
        if (earliest.isAfter(latest)) {
            throw new IllegalArgumentException("date range ends before it starts: " + earliest + " to " + latest);
        }
    }

    /** A partial ISO date {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    public static DateRange parse(String text) {
        try {
            return switch (text.length()) {
                case 4 -> {
                    int y = year(text);
                    yield new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
                }
                case 7 -> {
                    LocalDate first = LocalDate.parse(text + "-01");
                    yield new DateRange(first, first.withDayOfMonth(first.lengthOfMonth()));
                }
                case 10 -> new DateRange(LocalDate.parse(text), LocalDate.parse(text));
                default -> throw new IllegalArgumentException();
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): '" + text + "'");
        }
    }

    private static int year(String text) {
        if (!text.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException(text);
        }
        return Integer.parseInt(text);
    }

    /** The ages in years, at some day of {@code event}, of a person born some day of this range. */
    public AgeRange ageAt(DateRange event) {
        double max = ChronoUnit.DAYS.between(earliest, event.latest) / DAYS_PER_YEAR;
        if (max < 0) {
            throw new IllegalArgumentException("event " + event + " is before birth " + this);
        }
        return new AgeRange(Math.max(0, ChronoUnit.DAYS.between(latest, event.earliest) / DAYS_PER_YEAR), max);
    }
}
