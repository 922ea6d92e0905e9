package org.homecoming.server.registry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores samples, their chain of custody, STR calls and lineage haplotypes. */
@Repository
public class GeneticsRepository {

    private final JdbcClient jdbc;

    GeneticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertSample(Sample s) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sample (ref, subject_type, remains_id, family_member_id, kit, degraded, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(s.ref(), s.subjectType(), s.remainsId(), s.familyMemberId(), s.kit(), s.degraded(),
                        OffsetDateTime.now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Sample> sample(long id) {
        return jdbc.sql("SELECT * FROM sample WHERE id = ?").param(id).query((rs, n) -> new Sample(rs.getLong("id"),
                rs.getString("ref"), rs.getString("subject_type"), rs.getObject("remains_id", Long.class),
                rs.getObject("family_member_id", Long.class), rs.getString("kit"), rs.getBoolean("degraded")))
                .optional();
    }

    /** Samples of remains ({@code subjectType} {@code REMAINS}) or else of a family member, by id; each kind has its own fixed SQL. */
    public List<Sample> samplesOf(String subjectType, long subjectId) {
        String sql = "REMAINS".equals(subjectType) ? "SELECT * FROM sample WHERE remains_id = ? ORDER BY id"
                : "SELECT * FROM sample WHERE family_member_id = ? ORDER BY id";
        return jdbc.sql(sql).param(subjectId)
                .query((rs, n) -> new Sample(rs.getLong("id"), rs.getString("ref"), rs.getString("subject_type"),
                        rs.getObject("remains_id", Long.class), rs.getObject("family_member_id", Long.class),
                        rs.getString("kit"), rs.getBoolean("degraded")))
                .list();
    }

    public void addCustody(long sampleId, CustodyEvent e) {
        jdbc.sql("INSERT INTO custody_event (sample_id, at, actor, place, action) VALUES (?, ?, ?, ?, ?)")
                .params(sampleId, e.at(), e.actor(), e.place(), e.action()).update();
    }

    public List<CustodyEvent> custody(long sampleId) {
        return jdbc.sql("SELECT * FROM custody_event WHERE sample_id = ? ORDER BY at, id").param(sampleId)
                .query((rs, n) -> new CustodyEvent(rs.getObject("at", OffsetDateTime.class), rs.getString("actor"),
                        rs.getString("place"), rs.getString("action")))
                .list();
    }

    public void addCall(long sampleId, GeneticProfile.StrCall c) {
        jdbc.sql("INSERT INTO str_call (sample_id, locus, allele1, allele2, quality) VALUES (?, ?, ?, ?, ?)")
                .params(sampleId, c.locus(), c.allele1(), c.allele2(), c.quality()).update();
    }

    public List<GeneticProfile.StrCall> calls(long sampleId) {
        return jdbc.sql("SELECT * FROM str_call WHERE sample_id = ? ORDER BY locus").param(sampleId)
                .query((rs, n) -> new GeneticProfile.StrCall(rs.getString("locus"), rs.getString("allele1"),
                        rs.getString("allele2"), rs.getString("quality")))
                .list();
    }

    public void addHaplotype(long sampleId, String markerType, String value) {
        jdbc.sql("INSERT INTO lineage_haplotype (sample_id, marker_type, haplotype) VALUES (?, ?, ?)")
                .params(sampleId, markerType, value).update();
    }

    public Optional<String> haplotype(long sampleId, String markerType) {
        return jdbc.sql("SELECT haplotype FROM lineage_haplotype WHERE sample_id = ? AND marker_type = ?")
                .params(sampleId, markerType).query(String.class).optional();
    }
}
