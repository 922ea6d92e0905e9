package org.homecoming.server.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which stored family powers {@link FamilyPowerRepository#list} shows: VN families MP-WEAK (0.2 at
 * the threshold, two candidates), MP-STRONG (0.9) and MP-DONE (0.1, identified), and US family
 * MP-US (0.3). Run on H2 ({@link FamilyPowerRepositoryOnH2Tests}) and PostgreSQL
 * ({@link FamilyPowerRepositoryOnPostgresTests}): the below-threshold filter is a bound boolean.
 */
@Transactional // rolled back after each test: on a contract's inherited methods the slice's own @Transactional is not seen
abstract class FamilyPowerRepositoryContract {

    @Autowired
    FamilyPowerRepository powers;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void rows() {
        RegistryRows rows = new RegistryRows(jdbc);
        long table = rows.frequencyTable("sha-power");
        store(rows.person("MP-WEAK", "MISSING"), 0.2, table,
                List.of(new CandidatePower("FM-B", null, null, 0.4, 3.5), new CandidatePower("FM-A", null, null, 0.6, 4.0)));
        store(rows.person("MP-STRONG", "MISSING"), 0.9, table, List.of());
        store(rows.person("MP-DONE", "IDENTIFIED"), 0.1, table, List.of());
        long us = rows.person("MP-US", "MISSING");
        jdbc.sql("UPDATE missing_person SET side = 'US' WHERE id = ?").param(us).update();
        store(us, 0.3, table, List.of());
    }

    private void store(long person, double p, long table, List<CandidatePower> candidates) {
        powers.store(new FamilyPowerRepository.Row(person, "F-" + person, 1, 2.0, 0.5, p, 4, null, null, null, 50, 7,
                table, "hash"), candidates);
    }

    @Test
    void allOpenFamiliesOfASideWeakestFirst() {
        assertThat(powers.list("VN", false)).extracting(FamilyPower::personRef).containsExactly("MP-WEAK", "MP-STRONG");
        assertThat(powers.list("US", false)).extracting(FamilyPower::personRef).containsExactly("MP-US");
    }

    @Test
    void onlyThoseBelowTheThresholdWhenAsked() {
        List<FamilyPower> below = powers.list("VN", true);
        assertThat(below).extracting(FamilyPower::personRef).containsExactly("MP-WEAK");
        assertThat(below.get(0).probabilityAtThreshold()).isEqualTo(0.2);
        assertThat(below.get(0).candidates()).extracting(CandidatePower::memberRef).containsExactly("FM-A", "FM-B");
    }

    @Test
    void countBelowCountsOpenFamiliesOfBothSides() {
        assertThat(powers.countBelow()).isEqualTo(2);
    }
}
