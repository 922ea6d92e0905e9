package org.homecoming.server.identification;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Writes registry rows for repository tests with plain SQL, so what a repository reads back is
 * checked against rows it did not write itself.
 *
 * <pre>{@code
 * RegistryRows rows = new RegistryRows(jdbc);
 * long p = rows.person("MP-1", "MISSING");
 * long m = rows.member("FM-1", p, true);
 * rows.call(rows.memberSample("SM-1", m), "D3S1358", "15", "16", "OK");
 * }</pre>
 */
record RegistryRows(JdbcClient jdbc) {

    long person(String ref, String status) {
        return key(jdbc.sql("INSERT INTO missing_person (ref, side, full_name, sex, status, source, version, created_at,"
                + " updated_at) VALUES (?, 'VN', ?, 'M', ?, 'test', 0, ?, ?)").params(ref, ref, status, now(), now()));
    }

    void merge(long person, long into) {
        jdbc.sql("UPDATE missing_person SET merged_into = ? WHERE id = ?").params(into, person).update();
    }

    long member(String ref, long person, boolean consentDna) {
        return key(jdbc.sql("INSERT INTO family_member (ref, family_ref, person_id, full_name, sex, relationship, living,"
                + " consent_dna, consent_share, version) VALUES (?, ?, ?, ?, 'M', 'FATHER', TRUE, ?, TRUE, 0)")
                .params(ref, "F-" + person, person, ref, consentDna));
    }

    void withdraw(long member) {
        jdbc.sql("UPDATE family_member SET consent_withdrawn = DATE '2024-01-01' WHERE id = ?").param(member).update();
    }

    void represents(long member, long person) {
        jdbc.sql("UPDATE family_member SET represents_person_id = ? WHERE id = ?").params(person, member).update();
    }

    long site(String ref) {
        return key(jdbc.sql("INSERT INTO site (ref, kind, name, lat, lon, version) VALUES (?, 'GRAVE', ?, 16.5, 106.7, 0)")
                .params(ref, ref));
    }

    long remains(String ref, long site, String status) {
        return key(jdbc.sql("INSERT INTO remains (ref, site_id, sex_estimate, condition, status, version)"
                + " VALUES (?, ?, 'M', 'GOOD', ?, 0)").params(ref, site, status));
    }

    long remainsSample(String ref, long remains) {
        return key(jdbc.sql("INSERT INTO sample (ref, subject_type, remains_id, degraded, created_at)"
                + " VALUES (?, 'REMAINS', ?, FALSE, ?)").params(ref, remains, now()));
    }

    long memberSample(String ref, long member) {
        return key(jdbc.sql("INSERT INTO sample (ref, subject_type, family_member_id, degraded, created_at)"
                + " VALUES (?, 'FAMILY_MEMBER', ?, FALSE, ?)").params(ref, member, now()));
    }

    void call(long sample, String locus, String allele1, String allele2, String quality) {
        jdbc.sql("INSERT INTO str_call (sample_id, locus, allele1, allele2, quality) VALUES (?, ?, ?, ?, ?)")
                .params(sample, locus, allele1, allele2, quality).update();
    }

    void haplotype(long sample, String markerType, String haplotype) {
        jdbc.sql("INSERT INTO lineage_haplotype (sample_id, marker_type, haplotype) VALUES (?, ?, ?)")
                .params(sample, markerType, haplotype).update();
    }

    /** A frequency table row (its content is not parsed here), for jobs and power rows to refer to. */
    long frequencyTable(String sha256) {
        return key(jdbc.sql("INSERT INTO ident_frequency_db (name, sha256, content, created_by, created_at)"
                + " VALUES ('t', ?, 'Allele,D3S1358', 'test', ?)").params(sha256, now()));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.parse("2026-01-05T08:00:00Z");
    }

    private static long key(JdbcClient.StatementSpec insert) {
        var keys = new GeneratedKeyHolder();
        insert.update(keys, "id");
        return keys.getKey().longValue();
    }
}
