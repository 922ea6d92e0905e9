package org.homecoming.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code homecoming match} on a programme with two families of two missing brothers each (docs/formats.md,
 * "Several missing persons in one family"). One locus: alleles 10–13 and 15–18 at 0.1, 14 at 0.2.
 *
 * <p>F-1: parents 10/11 and 12/13, MP-1's wife 14/14 and son 10/14 typed; R-1 = 10/12 on MP-1 and R-2 =
 * 11/13 on MP-2 give 1/4 · 1/4 · 1/2 (the son's 10 from MP-1) against 0.02 · 0.02 · 1/4 (MP-1 passes
 * his father's 10 with 1/4): LR 312.5; swapped, MP-1 = 11/13 cannot be the son's father: LR 0. F-2:
 * only the parents 15/16 and 17/18 typed; R-3 = 15/17 and R-4 = 16/18 give 1/16 / 0.0004 = 156.25
 * both ways round. Single LRs (threshold 10 makes them identifications): R-1 is 25 for MP-1 (the son
 * leaves MP-1 10/12 or 10/13, 1/2 each, over 0.02) and 12.5 for MP-2; R-2 is 12.5 for MP-2 and 0 for
 * MP-1; are 12.5 for both brothers of F-2.
 */
class MatchJointTests extends CommandTests {

    private static final String FAMILY_COLUMNS = "id,family_id,missing_person_id,full_name,sex,birth_year,relationship,"
            + "father_id,mother_id,living,consent_dna,consent_share,consent_date,contact";

    @TempDir
    Path dir;
    Path programme;

    @BeforeEach
    void writeProgramme() throws IOException {
        programme = Files.createDirectory(dir.resolve("programme"));
        write("frequencies.txt", "L1", "10\t0.1", "11\t0.1", "12\t0.1", "13\t0.1", "14\t0.2", "15\t0.1", "16\t0.1",
                "17\t0.1", "18\t0.1");
        StringBuilder missing = new StringBuilder("id,side,full_name,family_name,middle_name,given_name,aliases,sex,"
                + "birth_date,home_commune,home_district,home_province,service_number,unit,rank,loss_date,loss_place,"
                + "loss_lat,loss_lon,loss_precision_m,circumstances,status,source");
        for (String id : List.of("MP-1", "MP-2", "MP-4", "MP-5")) {
            missing.append('\n').append(id).append(",VN,Nguyễn Văn ").append(id).append(",Nguyễn,Văn,").append(id)
                    .append(",,M,1948,,,,,,,1970,,,,,,MISSING,test");
        }
        write("missing_persons.csv", missing.toString());
        write("family_members.csv", FAMILY_COLUMNS,
                "FM-1,F-1,MP-1,,M,1920,FATHER,,,false,true,false,2000-01-01,",
                "FM-2,F-1,MP-1,,F,1924,MOTHER,,,false,true,false,2000-01-01,",
                "MP-2,F-1,MP-1,,M,1950,BROTHER,FM-1,FM-2,false,false,false,,",
                "FM-3,F-1,MP-1,,F,1950,SPOUSE,,,true,true,false,2020-01-01,",
                "FM-4,F-1,MP-1,,M,1969,SON,MP-1,FM-3,true,true,false,2020-01-01,",
                "FM-5,F-2,MP-4,,M,1920,FATHER,,,false,true,false,2000-01-01,",
                "FM-6,F-2,MP-4,,F,1924,MOTHER,,,false,true,false,2000-01-01,",
                "MP-5,F-2,MP-4,,M,1951,BROTHER,FM-5,FM-6,false,false,false,,");
        StringBuilder remains = new StringBuilder("id,site_id,recovery_date,recovery_lat,recovery_lon,precision_m,team,"
                + "sex_estimate,age_min,age_max,stature_cm,condition,artifacts,status");
        for (String id : List.of("R-1", "R-2", "R-3", "R-4")) {
            remains.append('\n').append(id).append(",S-1,2019,,,,K52,M,18,25,,POOR,,PROFILED");
        }
        write("remains.csv", remains.toString());
        write("profiles.csv", "sample_id,subject_type,subject_id,kit,locus,allele1,allele2,quality",
                "D-FM-1,FAMILY_MEMBER,FM-1,K,L1,10,11,OK", "D-FM-2,FAMILY_MEMBER,FM-2,K,L1,12,13,OK",
                "D-FM-3,FAMILY_MEMBER,FM-3,K,L1,14,14,OK", "D-FM-4,FAMILY_MEMBER,FM-4,K,L1,10,14,OK",
                "D-FM-5,FAMILY_MEMBER,FM-5,K,L1,15,16,OK", "D-FM-6,FAMILY_MEMBER,FM-6,K,L1,17,18,OK",
                "D-R-1,REMAINS,R-1,K,L1,10,12,OK", "D-R-2,REMAINS,R-2,K,L1,11,13,OK",
                "D-R-3,REMAINS,R-3,K,L1,15,17,OK", "D-R-4,REMAINS,R-4,K,L1,16,18,OK");
        write("truth.csv", "remains_id,missing_person_id,family_id,typed_references", "R-1,MP-1,F-1,4", "R-2,MP-2,F-1,4",
                "R-3,MP-4,F-2,2", "R-4,MP-5,F-2,2");
    }

    private void write(String file, String... lines) throws IOException {
        Files.writeString(programme.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private int match(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("match", programme.toString(), "--mutation", "none",
                "--threads", "1", "--quiet", "--out", dir.resolve("m.csv").toString()));
        args.addAll(List.of(extra));
        return execute(args.toArray(String[]::new));
    }

    @Test
    void theSonOfOneBrotherTellsTheBrothersApartAndParentsAloneCannot() throws IOException {
        Path joint = dir.resolve("joint.csv");
        assertThat(match("--threshold", "10", "--joint-out", joint.toString())).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(joint, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(JointReport.HEADER);
        assertThat(lines).hasSize(3);
        String[] f1 = lines.get(1).split(",");
        assertThat(List.of(f1[0], f1[1], f1[2], f1[3], f1[4], f1[6], f1[7]))
                .containsExactly("F-1", "R-1", "MP-1", "R-2", "MP-2", "-Infinity", "TOLD_APART");
        assertThat(Double.parseDouble(f1[5])).isCloseTo(Math.log10(312.5), within(1e-9));
        String[] f2 = lines.get(2).split(",");
        assertThat(List.of(f2[0], f2[1], f2[3], f2[7])).containsExactly("F-2", "R-3", "R-4", "INDISTINGUISHABLE");
        assertThat(Double.parseDouble(f2[5])).isCloseTo(Math.log10(156.25), within(1e-9));
        assertThat(Double.parseDouble(f2[6])).isCloseTo(Math.log10(156.25), within(1e-9));
        assertThat(out.toString()).contains("joint: F-1: R-1 is MP-1 and R-2 is MP-2: log10 LR 2.49; swapped -Infinity: TOLD_APART",
                "joint: 2 pairs of remains on two missing persons of one family: 1 told apart, 1 indistinguishable, "
                        + "0 fitting neither",
                "truth: 1 joint placements told apart the right way round, 0 the wrong way");
    }

    /** Seven identifications at threshold 10, three of them with the wrong brother. */
    @Test
    void anIdentificationWithTheWrongBrotherCountsAsFalse() {
        assertThat(match("--threshold", "10")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("truth: 7 identifications at LR >= 10: 4 true, 3 false");
    }

    @Test
    void atTheDefaultThresholdNoRemainsIsIdentifiedAndNothingIsCompared() throws IOException {
        Path joint = dir.resolve("joint.csv");
        assertThat(match("--joint-out", joint.toString())).as(err.toString()).isZero();
        assertThat(Files.readAllLines(joint, StandardCharsets.UTF_8)).containsExactly(JointReport.HEADER);
        assertThat(out.toString()).contains("joint: 0 pairs of remains on two missing persons of one family");
    }

    @Test
    void aProgrammeWithoutSeveralMissingPersonsInAFamilyPrintsNoJointLine() throws IOException {
        write("family_members.csv", FAMILY_COLUMNS, "FM-5,F-2,MP-4,,M,1920,FATHER,,,false,true,false,2000-01-01,",
                "FM-6,F-2,MP-4,,F,1924,MOTHER,,,false,true,false,2000-01-01,");
        write("profiles.csv", "sample_id,subject_type,subject_id,kit,locus,allele1,allele2,quality",
                "D-FM-5,FAMILY_MEMBER,FM-5,K,L1,15,16,OK", "D-FM-6,FAMILY_MEMBER,FM-6,K,L1,17,18,OK",
                "D-R-3,REMAINS,R-3,K,L1,15,17,OK");
        write("truth.csv", "remains_id,missing_person_id,family_id,typed_references", "R-3,MP-4,F-2,2");
        assertThat(match()).as(err.toString()).isZero();
        assertThat(out.toString()).doesNotContain("joint:");
    }
}
