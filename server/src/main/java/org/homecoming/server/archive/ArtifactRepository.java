package org.homecoming.server.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homecoming.server.security.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores artifacts and their photos.
 *
 * <pre>{@code
 * long id = artifacts.insert(artifact);
 * artifacts.addPhoto(id, "image/jpeg", sha, "mặt trước");
 * }</pre>
 */
@Repository
public class ArtifactRepository {

    /** A photo of an artifact, stored in the file store under its SHA-256. */
    public record Photo(String mediaType, String sha256, String caption) {
    }

    private final JdbcClient jdbc;

    ArtifactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Artifact a) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO archive_artifact (ref, side, description, found_place, found_date, custodian,"
                        + " return_status, classification, version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
                .params(a.ref(), a.side().name(), a.description(), a.foundPlace(), a.foundDate(), a.custodian(),
                        a.returnStatus().name(), a.classification().name(), OffsetDateTime.now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Replaces the catalogue data if the stored version is {@code seen}; false otherwise. */
    public boolean update(Artifact a, int seen) {
        return jdbc.sql("UPDATE archive_artifact SET description = ?, found_place = ?, found_date = ?, custodian = ?,"
                        + " return_status = ?, classification = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(a.description(), a.foundPlace(), a.foundDate(), a.custodian(), a.returnStatus().name(),
                        a.classification().name(), a.id(), seen)
                .update() == 1;
    }

    /** Records a custodian or return-status change if the stored version is {@code seen}. */
    public boolean updateReturn(long id, String custodian, ReturnStatus status, int seen) {
        return jdbc.sql("UPDATE archive_artifact SET custodian = ?, return_status = ?, version = version + 1"
                + " WHERE id = ? AND version = ?").params(custodian, status.name(), id, seen).update() == 1;
    }

    public Optional<Artifact> find(long id) {
        return jdbc.sql("SELECT * FROM archive_artifact WHERE id = ?").param(id).query(ArtifactRepository::map)
                .optional();
    }

    public Optional<Artifact> findByRef(String ref) {
        return jdbc.sql("SELECT * FROM archive_artifact WHERE ref = ?").param(ref).query(ArtifactRepository::map)
                .optional();
    }

    public List<Artifact> visible(Side side, Set<Classification> allowed, int offset, int limit) {
        return jdbc.sql("SELECT * FROM archive_artifact WHERE " + DocumentRepository.VISIBLE
                        + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("side", side.name()).param("allowed", DocumentRepository.names(allowed))
                .param("type", "ARTIFACT").param("limit", limit).param("offset", offset)
                .query(ArtifactRepository::map).list();
    }

    public List<Artifact> sharedWith(Side toSide) {
        return jdbc.sql("SELECT * FROM archive_artifact WHERE side <> :side AND id IN (SELECT record_id FROM"
                        + " archive_share WHERE record_type = 'ARTIFACT' AND to_side = :side AND revoked_at IS NULL)"
                        + " ORDER BY id").param("side", toSide.name()).query(ArtifactRepository::map).list();
    }

    public void addPhoto(long artifactId, String mediaType, String sha256, String caption) {
        jdbc.sql("INSERT INTO archive_photo (artifact_id, media_type, sha256, caption) VALUES (?, ?, ?, ?)")
                .params(artifactId, mediaType, sha256, caption).update();
    }

    public List<Photo> photos(long artifactId) {
        return jdbc.sql("SELECT * FROM archive_photo WHERE artifact_id = ? ORDER BY id").param(artifactId)
                .query((rs, n) -> new Photo(rs.getString("media_type"), rs.getString("sha256"), rs.getString("caption")))
                .list();
    }

    static Artifact map(ResultSet rs, int n) throws SQLException {
        return new Artifact(rs.getLong("id"), rs.getString("ref"), Side.valueOf(rs.getString("side")),
                rs.getString("description"), rs.getString("found_place"), rs.getString("found_date"),
                rs.getString("custodian"), ReturnStatus.valueOf(rs.getString("return_status")),
                Classification.valueOf(rs.getString("classification")), rs.getInt("version"));
    }
}
