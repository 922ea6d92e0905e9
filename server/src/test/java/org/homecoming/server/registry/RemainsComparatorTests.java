package org.homecoming.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.homecoming.programme.PartialDate;
import org.homecoming.server.security.Side;
import org.junit.jupiter.api.Test;

class RemainsComparatorTests {

    static final Site SITE = new Site(1, "S-1", "GRAVE", "Mộ", null, 16.0, 107.0, null, 0);

    static MissingPerson person(String sex, String birth, String loss, Double lat, Double lon, Integer precision) {
        return new MissingPerson(7, "MP-7", Side.VN, "Nguyễn Văn Thành", "Nguyễn", "Văn", "Thành", sex, birth,
                birth == null ? null : PartialDate.year(birth), null, null, null, null, "123456",
                "Sư đoàn 304, Quân khu 4", null, loss, loss == null ? null : PartialDate.year(loss), null, lat, lon,
                precision, null, null, null, PersonStatus.MISSING, "test", null, 0);
    }

    static Remains remains(String sex, Integer min, Integer max, String date, String artifacts) {
        return new Remains(1, "R-1", 1, date, date == null ? null : PartialDate.year(date), null, null, null, null, sex,
                min, max, null, "POOR", artifacts, "RECOVERED", null, 0);
    }

    @Test
    void aPersonLostAtTheSiteWithTheRightSexAndAgeScoresSeven() {
        Comparison c = RemainsComparator.compare(remains("M", 18, 25, "2019", null), SITE,
                person("M", "1947", "1968", 16.0, 107.0, 1000)).orElseThrow();
        assertThat(c.total()).isEqualTo(7.0);
        assertThat(c.reasons()).extracting(Comparison.Reason::text)
                .containsExactly("sex M matches", "age at loss 21 within 18–25", "lost 0.0 km from the recovery point");
    }

    @Test
    void oneDegreeOfLatitudeIsAbout111KmAndScoresNothingWhileTheWrongSexCostsThree() {
        // 1° of latitude on a sphere of radius 6371.0088 km is 111.19 km: between 100 and 300 km, no points.
        Comparison c = RemainsComparator.compare(remains("F", null, null, null, null), SITE,
                person("M", null, null, 17.0, 107.0, 100)).orElseThrow();
        assertThat(c.reasons()).extracting(Comparison.Reason::text).containsExactly("sex M differs from estimate F");
        assertThat(c.total()).isEqualTo(-3.0);
    }

    @Test
    void anAgeNearTheRangeGivesHalfAPointAndFarFromItCostsTwo() {
        Remains r = remains("U", 30, 40, null, null);
        assertThat(RemainsComparator.compare(r, SITE, person("M", "1940", "1966", null, null, null)).orElseThrow().total())
                .isEqualTo(0.5);
        assertThat(RemainsComparator.compare(r, SITE, person("M", "1950", "1968", null, null, null)).orElseThrow().total())
                .isEqualTo(-2.0);
    }

    @Test
    void artifactsBearingTheNameOrTheUnitCount() {
        Comparison c = RemainsComparator.compare(remains("U", null, null, null, "bi đông;NGUYEN VAN THANH;huy hiệu Sư đoàn 304"),
                SITE, person("M", null, null, null, null, null)).orElseThrow();
        assertThat(c.reasons()).extracting(Comparison.Reason::points).containsExactly(4.0, 1.5);
        assertThat(c.reasons().get(1).text()).isEqualTo("artifact 'huy hiệu Sư đoàn 304' names the unit Sư đoàn 304");
    }

    @Test
    void remainsRecoveredBeforeThePersonWasLostExcludeThePerson() {
        assertThat(RemainsComparator.compare(remains("M", null, null, "1966-05", null), SITE,
                person("M", null, "1968", null, null, null))).isEqualTo(Optional.empty());
    }
}
