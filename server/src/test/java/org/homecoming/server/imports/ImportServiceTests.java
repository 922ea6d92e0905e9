package org.homecoming.server.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.search.PersonIndex;
import org.homecoming.server.search.PersonQuery;
import org.homecoming.server.security.LocalInstallation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@HomecomingTest
class ImportServiceTests {

    @Autowired
    ImportService imports;
    @Autowired
    LocalInstallation installation;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonIndex index;

    @Test
    void theFixtureIsImportedWithEveryRowAndIndexed() {
        Fixture.ensureImported(imports, installation, jdbc);
        assertThat(count("SELECT COUNT(*) FROM missing_person WHERE ref LIKE 'T-MP-%'")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM family_member WHERE ref LIKE 'T-FM-%'")).isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM str_call c JOIN sample s ON s.id = c.sample_id WHERE s.ref LIKE 'T-DNA-%'"))
                .isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM sample WHERE ref LIKE 'T-DNA-%'")).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT home_province_current FROM missing_person WHERE ref = 'T-MP-1'", String.class))
                .isEqualTo("Ninh Bình");
        assertThat(jdbc.queryForList("SELECT alias FROM person_alias a JOIN missing_person p ON p.id = a.person_id"
                + " WHERE p.ref = 'T-MP-1' ORDER BY a.id", String.class))
                .containsExactly("NGUYEN, THANH VAN", "Nguyen Van Thanh");
        long id = Fixture.id(jdbc, "missing_person", "T-MP-1");
        assertThat(index.search(PersonQuery.text("nguyen van thanh 1948 nam dinh")).items().get(0).id()).isEqualTo(id);
    }

    @Test
    void eachImportedPersonIsRegisteredWithItsRecordAsSourceAndAFirstStatusStep() {
        Fixture.ensureImported(imports, installation, jdbc);
        long id = Fixture.id(jdbc, "missing_person", "T-MP-1");
        assertThat(jdbc.queryForList("SELECT field || ': ' || reference FROM fact_source WHERE person_id = ?"
                + " AND source_kind = 'IMPORT'", String.class, id)).containsExactly("record: Sổ liệt sĩ huyện Hải Hậu");
        assertThat(jdbc.queryForList("SELECT status FROM status_change WHERE person_id = ? ORDER BY id", String.class, id))
                .first().isEqualTo("MISSING");
    }

    @Test
    void importingTheSameFilesAgainWritesNothingAndNamesEachDuplicate() {
        Fixture.ensureImported(imports, installation, jdbc);
        long before = count("SELECT COUNT(*) FROM missing_person");
        ImportPreview p = imports.preview(Fixture.dir());
        assertThat(p.ok()).isFalse();
        assertThat(p.problems()).contains("missing_persons.csv:2: id: duplicate id 'T-MP-1'",
                "sites.csv:2: id: duplicate id 'T-S-1'", "remains.csv:2: id: duplicate id 'T-R-1'",
                "profiles.csv:2: sample_id: sample 'T-DNA-R-1' is already in the registry");
        assertThatThrownBy(() -> imports.commit(Fixture.dir())).isInstanceOf(ImportRejectedException.class)
                .hasMessageStartingWith(p.problems().size() + " problem(s), nothing imported; first: missing_persons.csv:2:");
        assertThat(count("SELECT COUNT(*) FROM missing_person")).isEqualTo(before);
    }

    @Test
    void oneBadRowAnywhereLeavesTheWholeImportUnwritten(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("missing_persons.csv"), """
                id,side,full_name,family_name,middle_name,given_name,aliases,sex,birth_date,home_commune,home_district,home_province,service_number,unit,rank,loss_date,loss_place,loss_lat,loss_lon,loss_precision_m,circumstances,status,source
                X-MP-1,VN,Lò Văn Pọm,Lò,Văn,Pọm,,M,1950,,,Tỉnh Sơn La,,,,1970,,,,,,MISSING,test
                """);
        Files.writeString(dir.resolve("family_members.csv"), """
                id,family_id,missing_person_id,full_name,sex,birth_year,relationship,father_id,mother_id,living,consent_dna,consent_share,consent_date,contact
                X-FM-1,X-F-1,X-MP-1,Lò Thị Ún,F,1955,SISTER,,,maybe,false,false,,
                """);
        long before = count("SELECT COUNT(*) FROM missing_person");
        assertThat(imports.preview(dir).problems()).containsExactly(
                "family_members.csv:2: living: must be true or false: 'maybe'");
        assertThatThrownBy(() -> imports.commit(dir)).isInstanceOf(ImportRejectedException.class);
        assertThat(count("SELECT COUNT(*) FROM missing_person")).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM missing_person WHERE ref = 'X-MP-1'")).isZero();
    }

    @Test
    void aFamilyMayReferToAPersonAlreadyInTheRegistry(@TempDir Path dir) throws IOException {
        Fixture.ensureImported(imports, installation, jdbc);
        Files.writeString(dir.resolve("family_members.csv"), """
                id,family_id,missing_person_id,full_name,sex,birth_year,relationship,father_id,mother_id,living,consent_dna,consent_share,consent_date,contact
                Y-FM-1,Y-F-2,T-MP-2,Trần Văn Lộc,M,1955,BROTHER,,,true,false,false,,
                """);
        ImportPreview p = imports.preview(dir);
        assertThat(p.problems()).containsExactly("family_members.csv:2: row: 'Y-FM-1' is not connected to missing person"
                + " 'T-MP-2' through father_id/mother_id in family 'Y-F-2'");
        assertThat(p.rows()).containsEntry("family_members.csv", 1);
    }

    @Test
    void aPopulationSetInTheProgrammeIsStoredAsTheActiveLineageReferenceSetOrRefusedWithTheRest(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("missing_persons.csv"), """
                id,side,full_name,family_name,middle_name,given_name,aliases,sex,birth_date,home_commune,home_district,home_province,service_number,unit,rank,loss_date,loss_place,loss_lat,loss_lon,loss_precision_m,circumstances,status,source
                L-MP-1,VN,Hà Văn Lợi,Hà,Văn,Lợi,,M,1949,,,Tỉnh Hà Nam,,,,1969,,,,,,MISSING,test
                """);
        Files.writeString(dir.resolve("lineage_reference.csv"), """
                sample_id,marker_type,value
                LR-1,YSTR,"DYS19=14;DYS385=11,14"
                LR-2,MTDNA,16024-576:16223T 73G
                LR-2,MTDNA,16024-576:16223T
                """);
        long sets = count("SELECT COUNT(*) FROM lineage_reference_set");
        assertThat(imports.preview(dir).problems()).containsExactly(
                "lineage_reference.csv:4: marker_type: MTDNA given twice for sample 'LR-2'");
        assertThatThrownBy(() -> imports.commit(dir)).isInstanceOf(ImportRejectedException.class);
        assertThat(count("SELECT COUNT(*) FROM missing_person WHERE ref = 'L-MP-1'")).isZero();

        Files.writeString(dir.resolve("lineage_reference.csv"), """
                sample_id,marker_type,value
                LR-1,YSTR,"DYS19=14;DYS385=11,14"
                LR-2,MTDNA,16024-576:16223T 73G
                """);
        assertThat(installation.asSystem(() -> imports.commit(dir))).containsEntry("persons", 1)
                .containsEntry("lineageReference", 2);
        assertThat(count("SELECT COUNT(*) FROM lineage_reference_set")).isEqualTo(sets + 1);
        assertThat(jdbc.queryForList("SELECT h.sample_id || ' ' || h.marker_type || ' ' || h.haplotype FROM"
                + " lineage_reference_haplotype h WHERE h.set_id = (SELECT MAX(id) FROM lineage_reference_set) ORDER BY h.id",
                String.class)).containsExactly("LR-1 YSTR DYS19=14;DYS385=11,14", "LR-2 MTDNA 16024-576:16223T 73G");
    }

    @Test
    void aSimulatedProgrammeImportsWithoutProblem(@TempDir Path dir) {
        org.homecoming.simulator.ProgrammeSimulator.simulate(
                org.homecoming.simulator.SimulationSpec.of(40, 12, 3).withLoci(6), dir);
        ImportPreview p = imports.preview(dir);
        assertThat(p.problems()).isEmpty();
        assertThat(p.rows()).containsEntry("missing_persons.csv", 40).containsEntry("remains.csv", 12);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    static void copy(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
