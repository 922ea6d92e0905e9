package org.homecoming.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.homecoming.server.registry.PersonRules.Facts;
import org.homecoming.server.registry.PersonRules.Problem;
import org.homecoming.server.registry.PersonRules.Rule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PersonRulesTests {

    private static Facts facts(String side, String birth, String loss, Double lat, Double lon, Integer precision,
            String area, String status) {
        return new Facts(side, birth, loss, lat != null, lon != null, lat, precision, area, status);
    }

    private static List<Problem> check(Facts f) {
        return PersonRules.check(f);
    }

    @Test
    void aPersonKeepingEveryRuleHasNoProblem() {
        assertThat(check(facts("US", "1946-11", "1969-03-02", 16.5, 107.1, 500,
                "POLYGON ((106.72 16.65, 106.74 16.65, 106.74 16.66, 106.72 16.65))", "REPATRIATED"))).isEmpty();
    }

    @Nested
    class Dates {

        @Test
        void aMonthThirteenIsNoDateAndIsNotComparedWithTheBirth() {
            assertThat(check(facts("VN", "1950", "1968-13", null, null, null, null, "MISSING")))
                    .containsExactly(new Problem("lossDate", Rule.BAD_DATE,
                            "not a date (YYYY, YYYY-MM or YYYY-MM-DD): '1968-13'"));
        }

        @Test
        void aLossInTheBirthYearGivenOnlyAsAYearIsNotCertainlyAfterABirthInMay() {
            assertThat(check(facts("VN", "1950-05", "1950", null, null, null, null, "MISSING")))
                    .extracting(Problem::field, Problem::rule).containsExactly(tuple("lossDate", Rule.LOSS_BEFORE_BIRTH));
        }

        @Test
        void aLossInJuneAfterABirthInMayIsAfterIt() {
            assertThat(check(facts("VN", "1950-05", "1950-06", null, null, null, null, "MISSING"))).isEmpty();
        }
    }

    @Nested
    class Coordinates {

        @Test
        void aLoneLatitudeLacksItsLongitudeAndAPrecision() {
            assertThat(check(facts("VN", null, null, 16.5, null, null, null, "MISSING")))
                    .extracting(Problem::field, Problem::rule)
                    .containsExactly(tuple("lossLon", Rule.COORDINATE_PAIR), tuple("lossPrecisionM", Rule.PRECISION_REQUIRED));
        }

        @Test
        void aLoneLongitudeIsReportedOnTheMissingLatitude() {
            assertThat(check(facts("VN", null, null, null, 107.1, null, null, "MISSING")))
                    .extracting(Problem::field, Problem::rule).containsExactly(tuple("lossLat", Rule.COORDINATE_PAIR));
        }

        @Test
        void aPairIsCheckedOnTheFieldsItIsGiven() {
            assertThat(PersonRules.coordinatePair("recoveryLat", "recoveryLon", true, false)).get()
                    .isEqualTo(new Problem("recoveryLon", Rule.COORDINATE_PAIR, "give both latitude and longitude, or neither"));
            assertThat(PersonRules.coordinatePair("recoveryLat", "recoveryLon", true, true)).isEmpty();
        }

        @Test
        void aSelfIntersectingAreaIsRefused() {
            assertThat(check(facts("VN", null, null, null, null, null, "POLYGON ((0 0, 1 1, 0 1, 1 0, 0 0))", "MISSING")))
                    .extracting(Problem::field, Problem::rule).containsExactly(tuple("lossAreaWkt", Rule.BAD_AREA));
        }
    }

    @Test
    void repatriatedIsForTheUsSideOnly() {
        assertThat(check(facts("VN", null, null, null, null, null, null, "REPATRIATED")))
                .containsExactly(new Problem("status", Rule.REPATRIATED_US_ONLY, "REPATRIATED is for the US side only"));
    }

    @Test
    void theFactsOfAFormAreWhatWasEntered() {
        PersonForm f = new PersonForm();
        f.setSide("VN");
        f.setBirthDate("1950-05");
        f.setLossDate("1950-02");
        f.setLossLon(107.1);
        assertThat(check(Facts.of(f))).extracting(Problem::field, Problem::rule)
                .containsExactly(tuple("lossLat", Rule.COORDINATE_PAIR), tuple("lossDate", Rule.LOSS_BEFORE_BIRTH));
    }
}
