package org.homecoming.programme.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.homecoming.kinship.evidence.GeoPoint;
import org.homecoming.kinship.evidence.MissingContext;
import org.homecoming.kinship.evidence.RemainsContext;
import org.homecoming.kinship.io.InputFormatException;
import org.homecoming.kinship.pedigree.Sex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextReaderTests {

    private static final String MISSING_HEADER = "id,side,full_name,family_name,middle_name,given_name,aliases,sex,birth_date,"
            + "home_commune,home_district,home_province,service_number,unit,rank,loss_date,loss_place,loss_lat,loss_lon,"
            + "loss_precision_m,circumstances,status,source\n";
    private static final String MP1 = "MP-1,VN,Nguyễn Văn An,Nguyễn,Văn,An,\"Nguyen Van An;NGUYEN, AN VAN\",M,1950,,,,,,,"
            + "1970-03,,16.75,107.18,5000,,MISSING,test\n";
    private static final String MP2 = "MP-2,VN,Lê Thị Hoa,Lê,Thị,Hoa,,F,,,,,,,,,,,,,,MISSING,test\n";
    private static final String SITES = "id,kind,name,province,lat,lon,wkt\nS-1,CEMETERY,Nghĩa trang,,16.8,107.1,\n"
            + "S-2,GRAVE,Mộ,,16.7,107.2,\n";
    private static final String REMAINS_HEADER = "id,site_id,recovery_date,recovery_lat,recovery_lon,precision_m,team,"
            + "sex_estimate,age_min,age_max,stature_cm,condition,artifacts,status\n";
    private static final String R1 = "R-1,S-1,,,,,,M,18,25,,GOOD,dép cao su;bi đông khắc tên Nguyễn Văn An,PROFILED\n";
    private static final String R2 = "R-2,S-2,,16.71,107.21,30,,U,,,,POOR,,PROFILED\n";

    @TempDir
    Path dir;

    private void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void programme() throws IOException {
        write("missing_persons.csv", MISSING_HEADER + MP1 + MP2);
        write("sites.csv", SITES);
        write("remains.csv", REMAINS_HEADER + R1 + R2);
    }

    @Test
    void readsPlacesAgesSexesNamesAndArtifacts() {
        ProgrammeContext c = ContextReader.read(dir);
        MissingContext an = c.missing().get(0);
        assertThat(an.names()).containsExactly("Nguyễn Văn An", "Nguyen Van An", "NGUYEN, AN VAN");
        assertThat(an.sex()).isEqualTo(Sex.MALE);
        // born some day of 1950, lost some day of March 1970: 7 000 to 7 394 days
        assertThat(an.ageAtLoss().orElseThrow().min()).isCloseTo(7000 / 365.2425, within(1e-9));
        assertThat(an.lossPlace().orElseThrow()).isEqualTo(new MissingContext.LossPlace(new GeoPoint(16.75, 107.18), 5000));
        assertThat(c.missing().get(1).ageAtLoss()).isEmpty();
        assertThat(c.missing().get(1).lossPlace()).isEmpty();
        RemainsContext r1 = c.remains().get(0);
        assertThat(r1.recovery()).contains(new GeoPoint(16.8, 107.1));
        assertThat(r1.cemetery()).isTrue();
        assertThat(r1.precisionMetres()).isZero();
        assertThat(r1.sexEstimate()).isEqualTo(Sex.MALE);
        assertThat(r1.ageAtDeath().orElseThrow().max()).isEqualTo(25);
        assertThat(r1.artifacts()).containsExactly("dép cao su", "bi đông khắc tên Nguyễn Văn An");
        RemainsContext r2 = c.remains().get(1);
        assertThat(r2.recovery()).contains(new GeoPoint(16.71, 107.21));
        assertThat(r2.precisionMetres()).isEqualTo(30);
        assertThat(r2.cemetery()).isFalse();
        assertThat(r2.sexEstimate()).isEqualTo(Sex.UNKNOWN);
        assertThat(r2.ageAtDeath()).isEmpty();
    }

    @Test
    void theNamedArtifactWeighsForItsPerson() {
        var e = ContextReader.read(dir).evidence(org.homecoming.kinship.evidence.ContextModel.defaults());
        assertThat(e.factors("R-1", "MP-1").artifact()).isEqualTo(20);
        assertThat(e.factors("R-1", "MP-2").artifact()).isEqualTo(1);
    }

    @Test
    void withoutSitesOnlyOwnCoordinatesArePlaces() throws IOException {
        Files.delete(dir.resolve("sites.csv"));
        ProgrammeContext c = ContextReader.read(dir);
        assertThat(c.remains().get(0).recovery()).isEmpty();
        assertThat(c.remains().get(1).recovery()).isPresent();
    }

    private void fails(String message) {
        assertThatThrownBy(() -> ContextReader.read(dir)).isInstanceOf(InputFormatException.class).hasMessage(message);
    }

    @Test
    void aLossLatitudeWithoutLongitudeIsNamed() throws IOException {
        write("missing_persons.csv", MISSING_HEADER + MP1.replace("107.18,", ","));
        fails("missing_persons.csv:2: loss_lon: give both loss_lat and loss_lon or neither");
    }

    @Test
    void coordinatesWithoutPrecisionAreNamed() throws IOException {
        write("missing_persons.csv", MISSING_HEADER + MP1.replace(",5000,", ",,"));
        fails("missing_persons.csv:2: loss_precision_m: required when coordinates are given");
    }

    @Test
    void aLatitudeOutOfRangeIsNamed() throws IOException {
        write("missing_persons.csv", MISSING_HEADER + MP1.replace("16.75", "96.75"));
        fails("missing_persons.csv:2: loss_lat: expected a decimal number in [-90, 90]: '96.75'");
    }

    @Test
    void aBirthAfterTheLossIsNamed() throws IOException {
        write("missing_persons.csv", MISSING_HEADER + MP1.replace(",1950,", ",1971,"));
        fails("missing_persons.csv:2: birth_date: after loss_date: '1971'");
    }

    @Test
    void aMalformedDateIsNamed() throws IOException {
        write("missing_persons.csv", MISSING_HEADER + MP1.replace(",1970-03,", ",1970-3,"));
        fails("missing_persons.csv:2: loss_date: not a date (YYYY, YYYY-MM or YYYY-MM-DD): '1970-3'");
    }

    @Test
    void aDayThatDoesNotExistIsNamed() throws IOException {
        write("missing_persons.csv", MISSING_HEADER + MP1.replace(",1970-03,", ",1970-02-30,"));
        fails("missing_persons.csv:2: loss_date: not a date (YYYY, YYYY-MM or YYYY-MM-DD): '1970-02-30'");
    }

    @Test
    void aYearOutOfRangeIsNamed() throws IOException {
        write("missing_persons.csv", MISSING_HEADER + MP1.replace(",1950,", ",1750,"));
        fails("missing_persons.csv:2: birth_date: year must be between 1850 and 2100: '1750'");
    }

    @Test
    void anUnknownSiteIsNamed() throws IOException {
        write("remains.csv", REMAINS_HEADER + R1 + R2.replace("S-2", "S-9"));
        fails("remains.csv:3: site_id: unknown site 'S-9'");
    }

    @Test
    void anAgeRangeTheWrongWayRoundIsNamed() throws IOException {
        write("remains.csv", REMAINS_HEADER + R1.replace(",18,25,", ",25,18,"));
        fails("remains.csv:2: age_max: less than age_min 25: '18'");
    }

    @Test
    void anUnknownSexEstimateIsNamed() throws IOException {
        write("remains.csv", REMAINS_HEADER + R1.replace(",M,18", ",X,18"));
        fails("remains.csv:2: sex_estimate: expected M, F or U: 'X'");
    }

    @Test
    void anUnknownSiteKindIsNamed() throws IOException {
        write("sites.csv", SITES.replace("GRAVE", "TOMB"));
        fails("sites.csv:3: kind: expected GRAVE, CEMETERY, CRASH_SITE or BATTLE_SITE: 'TOMB'");
    }
}
