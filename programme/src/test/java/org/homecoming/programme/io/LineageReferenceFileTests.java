package org.homecoming.programme.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.homecoming.kinship.io.InputFormatException;
import org.homecoming.kinship.lineage.LineageReference;
import org.homecoming.kinship.lineage.MitoProfile;
import org.homecoming.kinship.lineage.YHaplotype;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The population reference set of a programme directory, {@code lineage_reference.csv}. */
class LineageReferenceFileTests {

    private static final String HEADER = "sample_id,marker_type,value\n";
    private static final String Y = "DYS19=14;DYS389I=13";
    private static final String MITO = "16024-576:16223T 73G";

    @TempDir
    Path dir;

    /** One missing son, his typed brother, one remains with a Y haplotype. */
    @BeforeEach
    void programme() throws IOException {
        write("frequencies.txt", "L1\n10\t0.5\n11\t0.5\n");
        write("missing_persons.csv", "id,side,full_name,family_name,middle_name,given_name,aliases,sex,birth_date,"
                + "home_commune,home_district,home_province,service_number,unit,rank,loss_date,loss_place,loss_lat,"
                + "loss_lon,loss_precision_m,circumstances,status,source\n"
                + "MP-1,VN,A,,,,,M,,,,,,,,,,,,,,MISSING,\n");
        write("family_members.csv", "id,family_id,missing_person_id,full_name,sex,birth_year,relationship,father_id,"
                + "mother_id,living,consent_dna,consent_share,consent_date,contact\n"
                + "FM-1,F-1,MP-1,B,M,,BROTHER,,,,,,,\n");
        write("remains.csv", "id,site_id,recovery_date,recovery_lat,recovery_lon,precision_m,team,sex_estimate,age_min,"
                + "age_max,stature_cm,condition,artifacts,status\n"
                + "R-1,,,,,,,,,,,,,\n");
        write("profiles.csv", "sample_id,subject_type,subject_id,kit,locus,allele1,allele2,quality\n"
                + "D-1,REMAINS,R-1,K,L1,10,11,OK\nD-2,FAMILY_MEMBER,FM-1,K,L1,10,10,OK\n");
        write("lineage.csv", "sample_id,subject_type,subject_id,marker_type,value\n"
                + "D-1,REMAINS,R-1,YSTR," + Y + "\nD-2,FAMILY_MEMBER,FM-1,YSTR," + Y + "\n");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Programme read() {
        return ProgrammeReader.read(dir, ProgrammeReader.Settings.defaults());
    }

    @Test
    void withoutTheFileThereIsNoReferenceSet() {
        assertThat(read().lineageReference()).isEmpty();
    }

    @Test
    void everyRowIsOneReferenceIndividualsHaplotype() throws IOException {
        write("lineage_reference.csv", HEADER + "P-1,YSTR," + Y + "\nP-1,MTDNA,\"" + MITO + "\"\nP-2,YSTR,DYS19=15;DYS389I=13\n");
        LineageReference r = read().lineageReference().orElseThrow();
        assertThat(r.y()).containsExactly(YHaplotype.parse(Y), YHaplotype.parse("DYS19=15;DYS389I=13"));
        assertThat(r.mito()).containsExactly(MitoProfile.parse("16024-576", "16223T 73G"));
    }

    @Test
    void aWrongHeaderIsReported() throws IOException {
        write("lineage_reference.csv", "sample,marker_type,value\nP-1,YSTR," + Y + "\n");
        assertThatThrownBy(this::read).isInstanceOf(InputFormatException.class)
                .hasMessage("lineage_reference.csv:1: header: expected column 1 'sample_id', found 'sample'");
    }

    @Test
    void aBadValueIsReportedWithFileLineAndField() throws IOException {
        write("lineage_reference.csv", HEADER + "P-1,YSTR," + Y + "\nP-2,MTDNA,16024-576:16304N\n");
        assertThatThrownBy(this::read).isInstanceOf(InputFormatException.class)
                .hasMessage("lineage_reference.csv:3: value: mtDNA variant 16304N: unknown base 'N' (expected A, C, G, T,"
                        + " an IUPAC two-base code R Y S W K M, or d or - for a deletion)");
    }

    @Test
    void anUnknownMarkerTypeIsReported() throws IOException {
        write("lineage_reference.csv", HEADER + "P-1,XSTR,DXS8378=10\n");
        assertThatThrownBy(this::read).isInstanceOf(InputFormatException.class)
                .hasMessage("lineage_reference.csv:2: marker_type: expected YSTR or MTDNA: 'XSTR'");
    }

    @Test
    void aSecondHaplotypeOfOneKindForOneIndividualIsReported() throws IOException {
        write("lineage_reference.csv", HEADER + "P-1,YSTR," + Y + "\nP-1,YSTR,DYS19=15;DYS389I=13\n");
        assertThatThrownBy(this::read).isInstanceOf(InputFormatException.class)
                .hasMessage("lineage_reference.csv:3: marker_type: YSTR given twice for sample 'P-1'");
    }

    @Test
    void aMissingSampleIdIsReported() throws IOException {
        write("lineage_reference.csv", HEADER + ",YSTR," + Y + "\n");
        assertThatThrownBy(this::read).isInstanceOf(InputFormatException.class)
                .hasMessage("lineage_reference.csv:2: sample_id: required value is empty");
    }
}
