package org.homecoming.server.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportReaderTests {

    static final String PERSONS = "id,side,full_name,family_name,middle_name,given_name,aliases,sex,birth_date,home_commune,"
            + "home_district,home_province,service_number,unit,rank,loss_date,loss_place,loss_lat,loss_lon,"
            + "loss_precision_m,circumstances,status,source\n";
    static final String GOOD_PERSON = "MP-1,VN,Lê Văn An,Lê,Văn,An,,M,1948,,,Tỉnh Nam Định,,,,1968,,,,,,MISSING,register\n";
    static final String MEMBERS = "id,family_id,missing_person_id,full_name,sex,birth_year,relationship,father_id,"
            + "mother_id,living,consent_dna,consent_share,consent_date,contact\n";
    static final String SITES = "id,kind,name,province,lat,lon,wkt\n";
    static final String REMAINS = "id,site_id,recovery_date,recovery_lat,recovery_lon,precision_m,team,sex_estimate,"
            + "age_min,age_max,stature_cm,condition,artifacts,status\n";
    static final String PROFILES = "sample_id,subject_type,subject_id,kit,locus,allele1,allele2,quality\n";
    static final String LINEAGE = "sample_id,subject_type,subject_id,marker_type,value\n";

    @TempDir
    Path dir;

    List<String> problems(String file, String content) throws IOException {
        Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
        return ImportReader.read(dir, KnownRefs.none()).problems().stream().map(ImportProblem::toString).toList();
    }

    @Nested
    class Persons {

        @Test
        void aGoodRowHasNoProblem() throws IOException {
            assertThat(problems("missing_persons.csv", PERSONS + GOOD_PERSON)).isEmpty();
        }

        @Test
        void aWrongHeaderIsReportedOnLineOne() throws IOException {
            assertThat(problems("missing_persons.csv", PERSONS.replace("full_name", "name") + GOOD_PERSON))
                    .containsExactly("missing_persons.csv:1: header: expected column 3 'full_name', found 'name'");
        }

        @Test
        void eachBadFieldIsReportedWithItsLine() throws IOException {
            String bad = "MP-2,XX,Trần Văn Bình,Trần,Văn,Bình,,Z,1968-13,,,,,,,1960,,16.5,,,,LOST,register\n";
            assertThat(problems("missing_persons.csv", PERSONS + GOOD_PERSON + bad)).containsExactly(
                    "missing_persons.csv:3: side: must be one of US, VN: 'XX'",
                    "missing_persons.csv:3: sex: must be one of F, M: 'Z'",
                    "missing_persons.csv:3: birth_date: not a date (YYYY, YYYY-MM or YYYY-MM-DD): '1968-13'",
                    "missing_persons.csv:3: status: must be one of FAMILY_NOTIFIED, IDENTIFIED, MISSING, REBURIED,"
                            + " REMAINS_RECOVERED, REPATRIATED, UNDER_IDENTIFICATION: 'LOST'",
                    "missing_persons.csv:3: loss_lon: both or neither of loss_lat, loss_lon");
        }

        @Test
        void lossBeforeBirthCoordinatesWithoutPrecisionAndRepatriatedAreRefused() throws IOException {
            String bad = "MP-2,VN,Trần Văn Bình,Trần,Văn,Bình,,M,1950-05,,,,,,,1950-02,,16.5,107.1,,,REPATRIATED,register\n";
            assertThat(problems("missing_persons.csv", PERSONS + bad)).containsExactly(
                    "missing_persons.csv:2: loss_precision_m: required when coordinates are given",
                    "missing_persons.csv:2: loss_date: must be after birth_date 1950-05: '1950-02'",
                    "missing_persons.csv:2: status: REPATRIATED is set only by a repatriation record recorded in the"
                            + " registry; import the person as MISSING, REMAINS_RECOVERED or UNDER_IDENTIFICATION and"
                            + " record the evidence there");
        }

        @Test
        void eachStatusThatStandsOnEvidenceIsRefusedWithItsLine() throws IOException {
            String rows = GOOD_PERSON.replace("MISSING", "IDENTIFIED")
                    + GOOD_PERSON.replace("MP-1", "MP-2").replace("MISSING", "FAMILY_NOTIFIED")
                    + GOOD_PERSON.replace("MP-1", "MP-3").replace("MISSING", "REBURIED")
                    + GOOD_PERSON.replace("MP-1", "MP-4").replace("MISSING", "UNDER_IDENTIFICATION");
            String tail = " recorded in the registry; import the person as MISSING, REMAINS_RECOVERED or"
                    + " UNDER_IDENTIFICATION and record the evidence there";
            assertThat(problems("missing_persons.csv", PERSONS + rows)).containsExactly(
                    "missing_persons.csv:2: status: IDENTIFIED is set only by a DNA identification confirmed by two"
                            + " analysts" + tail,
                    "missing_persons.csv:3: status: FAMILY_NOTIFIED is set only by a family notification record" + tail,
                    "missing_persons.csv:4: status: REBURIED is set only by a reburial record" + tail);
        }

        @Test
        void duplicateIdsMissingRequiredFieldsAndShortRowsAreReported() throws IOException {
            String rows = GOOD_PERSON + GOOD_PERSON.replace("Lê Văn An", "") + "MP-3,VN,x\n";
            assertThat(problems("missing_persons.csv", PERSONS + rows)).containsExactly(
                    "missing_persons.csv:3: id: duplicate id 'MP-1'",
                    "missing_persons.csv:3: full_name: required",
                    "missing_persons.csv:4: row: 3 fields, expected 23");
        }

        @Test
        void coordinatesOutOfRangeAreRefused() throws IOException {
            String bad = "MP-2,VN,Trần Văn Bình,Trần,Văn,Bình,,M,,,,,,,,,,96.1,107.1,10,,MISSING,register\n";
            assertThat(problems("missing_persons.csv", PERSONS + bad))
                    .containsExactly("missing_persons.csv:2: loss_lat: must be a decimal in [-90.0, 90.0]: 96.1");
        }
    }

    @Nested
    class Families {

        @Test
        void unknownPersonsWrongSexesAndCyclesAreReported() throws IOException {
            Files.writeString(dir.resolve("missing_persons.csv"), PERSONS + GOOD_PERSON);
            String rows = "FM-1,F-1,MP-1,Bố,F,1920,FATHER,,,false,false,false,,\n"
                    + "FM-2,F-1,MP-1,Mẹ,F,1922,MOTHER,,,false,false,false,,\n"
                    + "FM-3,F-1,MP-1,Em,M,1952,BROTHER,FM-1,FM-2,true,true,false,,\n"
                    + "FM-4,F-1,MP-9,Con,M,1970,SON,,,true,false,false,,\n"
                    + "FM-5,F-1,MP-1,Cháu,M,1990,NEPHEW,FM-6,FM-2,true,false,false,,\n"
                    + "FM-6,F-1,MP-1,X,M,1960,OTHER,FM-5,FM-2,true,false,false,,\n";
            assertThat(problems("family_members.csv", MEMBERS + rows)).containsExactly(
                    "family_members.csv:4: consent_date: required when consent_dna is true",
                    "family_members.csv:4: father_id: father 'FM-1' has sex F",
                    "family_members.csv:5: missing_person_id: unknown missing person 'MP-9'",
                    "family_members.csv:6: father_id: 'FM-5' is their own ancestor",
                    "family_members.csv:7: father_id: 'FM-6' is their own ancestor");
        }

        @Test
        void aRelativeLinkedToNoOneIsNotConnected() throws IOException {
            Files.writeString(dir.resolve("missing_persons.csv"), PERSONS + GOOD_PERSON);
            String rows = "FM-1,F-1,MP-1,Chú,M,1930,UNCLE,,,false,false,false,,\n";
            assertThat(problems("family_members.csv", MEMBERS + rows)).containsExactly("family_members.csv:2: row: 'FM-1'"
                    + " is not connected to missing person 'MP-1' through father_id/mother_id in family 'F-1'");
        }

        @Test
        void oneParentWithoutTheOtherIsRefused() throws IOException {
            Files.writeString(dir.resolve("missing_persons.csv"), PERSONS + GOOD_PERSON);
            String rows = "FM-1,F-1,MP-1,Con,M,1970,SON,MP-1,,true,false,false,,\n";
            assertThat(problems("family_members.csv", MEMBERS + rows))
                    .containsExactly("family_members.csv:2: mother_id: both or neither of father_id, mother_id");
        }

        @Test
        void aSecondFatherIsRefused() throws IOException {
            Files.writeString(dir.resolve("missing_persons.csv"), PERSONS + GOOD_PERSON);
            String rows = "FM-1,F-1,MP-1,A,M,1920,FATHER,,,false,false,false,,\n"
                    + "FM-2,F-1,MP-1,B,M,1921,FATHER,,,false,false,false,,\n";
            assertThat(problems("family_members.csv", MEMBERS + rows))
                    .containsExactly("family_members.csv:3: relationship: FATHER appears more than once in family 'F-1'");
        }
    }

    @Nested
    class SitesAndRemains {

        @Test
        void remainsInAStatusThatStandsOnEvidenceAreRefused() throws IOException {
            Files.writeString(dir.resolve("sites.csv"), SITES + "S-1,BATTLE_SITE,Đồi 1,Quảng Trị,16.7,106.9,\n",
                    StandardCharsets.UTF_8);
            assertThat(problems("remains.csv", REMAINS + "R-1,S-1,1995,,,,team,M,20,30,,POOR,,IDENTIFIED\n"))
                    .containsExactly("remains.csv:2: status: IDENTIFIED is set only by a DNA identification confirmed"
                            + " by two analysts (and the reburial or repatriation record of its person) recorded in the"
                            + " registry; import the remains as RECOVERED, SAMPLED, PROFILED or UNDER_IDENTIFICATION");
        }

        @Test
        void anInvalidOutlineAndAnUnknownSiteAreReported() throws IOException {
            Files.writeString(dir.resolve("sites.csv"), SITES
                    + "S-1,CEMETERY,Nghĩa trang,Tỉnh Quảng Trị,16.9,106.8,\"POLYGON ((0 0, 1 1, 0 1, 1 0, 0 0))\"\n"
                    + "S-2,CASTLE,x,,16.9,106.8,\n");
            List<String> p = problems("remains.csv", REMAINS
                    + "R-1,S-77,2019,,,,K52,M,30,20,165,POOR,,PROFILED\n");
            assertThat(p).hasSize(4);
            assertThat(p.get(0)).startsWith("sites.csv:2: wkt: not a valid geometry: Self-intersection");
            assertThat(p.subList(1, 4)).containsExactly(
                    "sites.csv:3: kind: must be one of BATTLE_SITE, CEMETERY, CRASH_SITE, GRAVE: 'CASTLE'",
                    "remains.csv:2: site_id: unknown site 'S-77'",
                    "remains.csv:2: age_max: must be at least age_min 30: 20");
        }
    }

    @Nested
    class Dna {

        @Test
        void unknownSubjectsMixedKitsRepeatedLociAndBadHaplotypesAreReported() throws IOException {
            Files.writeString(dir.resolve("sites.csv"), SITES + "S-1,GRAVE,Mộ,,16.9,106.8,\n");
            Files.writeString(dir.resolve("remains.csv"), REMAINS + "R-1,S-1,2019,,,,K52,M,20,30,,POOR,,PROFILED\n");
            Files.writeString(dir.resolve("profiles.csv"), PROFILES
                    + "D-1,REMAINS,R-1,PPF6C,D3S1358,15,16,OK\n"
                    + "D-1,REMAINS,R-1,GlobalFiler,vWA,17,x,OK\n"
                    + "D-1,REMAINS,R-1,PPF6C,D3S1358,15,16,OK\n"
                    + "D-2,REMAINS,R-9,PPF6C,D3S1358,15,16,OK\n");
            List<String> p = problems("lineage.csv", LINEAGE + "D-1,REMAINS,R-1,YSTR,DYS19:14\n");
            assertThat(p).containsExactly(
                    "profiles.csv:3: allele2: not an allele label (integer or microvariant like 9.3): 'x'",
                    "profiles.csv:3: kit: sample 'D-1' was typed with kit 'PPF6C': 'GlobalFiler'",
                    "profiles.csv:4: locus: locus 'D3S1358' called twice for sample 'D-1'",
                    "profiles.csv:5: subject_id: unknown remains 'R-9'",
                    "lineage.csv:2: value: Y-STR haplotype entry must read LOCUS=ALLELES: DYS19:14");
        }

        /** The engine's reading of lineage values, the same rule as match: IUPAC heteroplasmy accepted, N refused. */
        @Test
        void heteroplasmyIsAcceptedAndAnUnreadBaseIsRefusedAsTheEngineDoes() throws IOException {
            Files.writeString(dir.resolve("sites.csv"), SITES + "S-1,GRAVE,Mộ,,16.9,106.8,\n");
            Files.writeString(dir.resolve("remains.csv"), REMAINS
                    + "R-1,S-1,2019,,,,K52,M,20,30,,POOR,,PROFILED\n"
                    + "R-2,S-1,2019,,,,K52,M,20,30,,POOR,,PROFILED\n");
            List<String> p = problems("lineage.csv", LINEAGE
                    + "D-1,REMAINS,R-1,MTDNA,16024-576:16304C 16519C 73G 195Y\n"
                    + "D-2,REMAINS,R-2,MTDNA,16024-576:16304N 73G\n"
                    + "D-2,REMAINS,R-2,YSTR,\"DYS19=14;DYS389I=13;DYS385=11,14\"\n");
            assertThat(p).containsExactly("lineage.csv:3: value: mtDNA variant 16304N: unknown base 'N' (expected A, C, G, T,"
                    + " an IUPAC two-base code R Y S W K M, or d or - for a deletion)");
        }
    }

    /** Two brothers both missing: the second stands in the first one's family by a row with his own id. */
    @Nested
    class SeveralMissingInOneFamily {

        static final String BROTHER = "MP-2,VN,Lê Văn Bình,Lê,Văn,Bình,,M,1950,,,Tỉnh Nam Định,,,,1970,,,,,,MISSING,register\n";
        static final String COUSIN = "MP-3,VN,Lê Văn Cư,Lê,Văn,Cư,,M,1951,,,Tỉnh Nam Định,,,,1971,,,,,,MISSING,register\n";
        static final String PARENTS = "FM-1,F-1,MP-1,Bố,M,1920,FATHER,,,false,false,false,,\n"
                + "FM-2,F-1,MP-1,Mẹ,F,1922,MOTHER,,,false,false,false,,\n";

        List<String> read(String rows, KnownRefs known) throws IOException {
            Files.writeString(dir.resolve("missing_persons.csv"), PERSONS + GOOD_PERSON + BROTHER + COUSIN);
            Files.writeString(dir.resolve("family_members.csv"), MEMBERS + rows);
            return ImportReader.read(dir, known).problems().stream().map(ImportProblem::toString).toList();
        }

        @Test
        void theSecondBrotherIsARowOfTheFirstOnesFamilyMarkedMissing() throws IOException {
            String rows = PARENTS + "MP-2,F-1,MP-1,Lê Văn Bình,M,1950,BROTHER,FM-1,FM-2,false,false,false,,\n"
                    + "FM-3,F-1,MP-1,Cháu,M,1975,NEPHEW,MP-2,FM-4,true,true,false,2024-05-02,\n"
                    + "FM-4,F-1,MP-1,Vợ,F,1952,IN_LAW,,,true,false,false,,\n";
            assertThat(read(rows, KnownRefs.none())).isEmpty();
            var members = ImportReader.read(dir, KnownRefs.none()).data().members;
            assertThat(members).extracting(m -> m.member().ref() + ":" + m.personRef() + ":" + m.missing())
                    .containsExactly("FM-1:MP-1:false", "FM-2:MP-1:false", "MP-2:MP-1:true", "FM-3:MP-1:false",
                            "FM-4:MP-1:false");
        }

        @Test
        void aMissingPersonsRowMayNotBeLivingNorConsentNorDifferInSex() throws IOException {
            String rows = PARENTS + "MP-2,F-1,MP-1,Lê Văn Bình,F,1950,SISTER,FM-1,FM-2,true,true,true,2024-05-02,\n";
            assertThat(read(rows, KnownRefs.none())).containsExactly(
                    "family_members.csv:4: living: must be false for missing person 'MP-2'",
                    "family_members.csv:4: consent_dna: must be false for missing person 'MP-2'",
                    "family_members.csv:4: consent_share: must be false for missing person 'MP-2'",
                    "family_members.csv:4: sex: missing person 'MP-2' has sex M in missing_persons.csv");
        }

        @Test
        void aMissingPersonInTwoFamiliesIsRefusedOnTheSecond() throws IOException {
            String rows = PARENTS + "MP-2,F-1,MP-1,Lê Văn Bình,M,1950,BROTHER,FM-1,FM-2,false,false,false,,\n"
                    + "FM-7,F-3,MP-3,Bố Cư,M,1921,FATHER,,,false,false,false,,\n"
                    + "MP-2,F-3,MP-3,Lê Văn Bình,M,1950,COUSIN,,,false,false,false,,\n"
                    + "FM-8,F-2,MP-2,Con Bình,M,1972,SON,MP-2,FM-9,true,false,false,,\n"
                    + "FM-9,F-2,MP-2,Vợ Bình,F,1951,SPOUSE,,,true,false,false,,\n";
            assertThat(read(rows, KnownRefs.none())).containsExactly(
                    "family_members.csv:6: id: missing person 'MP-2' already belongs to family 'F-1'",
                    "family_members.csv:7: missing_person_id: missing person 'MP-2' already belongs to family 'F-1'",
                    "family_members.csv:8: missing_person_id: missing person 'MP-2' already belongs to family 'F-1'");
        }

        @Test
        void aMissingPersonAlreadyInAFamilyOfTheRegistryIsRefused() throws IOException {
            KnownRefs known = new KnownRefs(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Map.of("MP-2", "F-OLD"));
            String rows = PARENTS + "MP-2,F-1,MP-1,Lê Văn Bình,M,1950,BROTHER,FM-1,FM-2,false,false,false,,\n";
            assertThat(read(rows, known)).containsExactly(
                    "family_members.csv:4: id: missing person 'MP-2' already belongs to family 'F-OLD'");
        }

        @Test
        void aMissingPersonsRowTakesNoDnaOfItsOwn() throws IOException {
            String rows = PARENTS + "MP-2,F-1,MP-1,Lê Văn Bình,M,1950,BROTHER,FM-1,FM-2,false,false,false,,\n";
            Files.writeString(dir.resolve("profiles.csv"), PROFILES + "D-1,FAMILY_MEMBER,MP-2,GlobalFiler,D3S1358,15,16,OK\n");
            assertThat(read(rows, KnownRefs.none()))
                    .containsExactly("profiles.csv:2: subject_id: unknown family member 'MP-2'");
        }
    }

    @Test
    void aDirectoryWithoutProgrammeFilesIsReported() {
        assertThat(ImportReader.read(dir, KnownRefs.none()).problems()).extracting(ImportProblem::toString)
                .containsExactly(dir.getFileName() + ":0: files: none of missing_persons.csv, family_members.csv,"
                        + " sites.csv, remains.csv, profiles.csv, lineage.csv found");
    }

    @Test
    void idsAlreadyInTheRegistryCannotBeReused() throws IOException {
        Files.writeString(dir.resolve("missing_persons.csv"), PERSONS + GOOD_PERSON);
        var r = ImportReader.read(dir, new KnownRefs(Set.of("MP-1"), Set.of(), Set.of(), Set.of(), Set.of(), Map.of()));
        assertThat(r.problems()).extracting(ImportProblem::toString)
                .containsExactly("missing_persons.csv:2: id: duplicate id 'MP-1'");
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws IOException {
        Files.write(dir.resolve("missing_persons.csv"), (PERSONS + "MP-1,VN,L\u00ea").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(ImportReader.read(dir, KnownRefs.none()).problems()).extracting(ImportProblem::toString)
                .containsExactly("missing_persons.csv:0: file: not UTF-8 text");
    }
}
