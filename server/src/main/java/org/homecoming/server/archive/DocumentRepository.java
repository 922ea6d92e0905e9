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
 * Stores documents and their pages.
 *
 * <pre>{@code
 * long id = documents.insert(doc);
 * documents.savePage(new DocumentPage(id, 1, "image/png", sha, "…", "…", "en"));
 * }</pre>
 */
@Repository
public class DocumentRepository {

    /** Rows a user of {@code side} may see: own side within the classifications allowed, or shared. */
    static final String VISIBLE = "((side = :side AND classification IN (:allowed)) OR id IN (SELECT record_id FROM"
            + " archive_share WHERE record_type = :type AND to_side = :side AND revoked_at IS NULL))";

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(ArchiveDocument d) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO archive_document (ref, side, doc_type, title, doc_date, language, holding_archive,"
                        + " archive_reference, classification, description, version, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
                .params(d.ref(), d.side().name(), d.type().name(), d.title(), d.date(), d.language(),
                        d.holdingArchive(), d.archiveReference(), d.classification().name(), d.description(),
                        OffsetDateTime.now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Changes classification and description if the stored version is {@code seen}; false otherwise. */
    public boolean update(ArchiveDocument d, int seen) {
        return jdbc.sql("UPDATE archive_document SET doc_type = ?, title = ?, doc_date = ?, language = ?,"
                        + " holding_archive = ?, archive_reference = ?, classification = ?, description = ?,"
                        + " version = version + 1 WHERE id = ? AND version = ?")
                .params(d.type().name(), d.title(), d.date(), d.language(), d.holdingArchive(), d.archiveReference(),
                        d.classification().name(), d.description(), d.id(), seen)
                .update() == 1;
    }

    public Optional<ArchiveDocument> find(long id) {
        return jdbc.sql("SELECT * FROM archive_document WHERE id = ?").param(id).query(DocumentRepository::map)
                .optional();
    }

    public Optional<ArchiveDocument> findByRef(String ref) {
        return jdbc.sql("SELECT * FROM archive_document WHERE ref = ?").param(ref).query(DocumentRepository::map)
                .optional();
    }

    /** The documents a user of {@code side} may see, newest first. */
    public List<ArchiveDocument> visible(Side side, Set<Classification> allowed, int offset, int limit) {
        return jdbc.sql("SELECT * FROM archive_document WHERE " + VISIBLE + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("side", side.name()).param("allowed", names(allowed)).param("type", "DOCUMENT")
                .param("limit", limit).param("offset", offset).query(DocumentRepository::map).list();
    }

    public long countVisible(Side side, Set<Classification> allowed) {
        return jdbc.sql("SELECT COUNT(*) FROM archive_document WHERE " + VISIBLE).param("side", side.name())
                .param("allowed", names(allowed)).param("type", "DOCUMENT").query(Long.class).single();
    }

    /** Every document of {@code side} shared with the other side, for an exchange package. */
    public List<ArchiveDocument> sharedWith(Side toSide) {
        return jdbc.sql("SELECT * FROM archive_document WHERE side <> :side AND id IN (SELECT record_id FROM"
                        + " archive_share WHERE record_type = 'DOCUMENT' AND to_side = :side AND revoked_at IS NULL)"
                        + " ORDER BY id").param("side", toSide.name()).query(DocumentRepository::map).list();
    }

    /** Inserts or replaces a page. */
    public void savePage(DocumentPage p) {
        jdbc.sql("DELETE FROM archive_page WHERE document_id = ? AND page_no = ?").params(p.documentId(), p.pageNo())
                .update();
        jdbc.sql("INSERT INTO archive_page (document_id, page_no, media_type, scan_sha256, transcription, translation,"
                        + " translation_language) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(p.documentId(), p.pageNo(), p.mediaType(), p.scanSha256(), p.transcription(), p.translation(),
                        p.translationLanguage())
                .update();
    }

    public List<DocumentPage> pages(long documentId) {
        return jdbc.sql("SELECT * FROM archive_page WHERE document_id = ? ORDER BY page_no").param(documentId)
                .query(DocumentRepository::mapPage).list();
    }

    public Optional<DocumentPage> page(long documentId, int pageNo) {
        return jdbc.sql("SELECT * FROM archive_page WHERE document_id = ? AND page_no = ?").params(documentId, pageNo)
                .query(DocumentRepository::mapPage).optional();
    }

    /** Every page, for rebuilding the index (the caller closes the stream). */
    public java.util.stream.Stream<DocumentPage> allPages() {
        return jdbc.sql("SELECT * FROM archive_page ORDER BY document_id, page_no").query(DocumentRepository::mapPage)
                .stream();
    }

    public long countPages() {
        return jdbc.sql("SELECT COUNT(*) FROM archive_page").query(Long.class).single();
    }

    static List<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    static ArchiveDocument map(ResultSet rs, int n) throws SQLException {
        return new ArchiveDocument(rs.getLong("id"), rs.getString("ref"), Side.valueOf(rs.getString("side")),
                DocumentType.valueOf(rs.getString("doc_type")), rs.getString("title"), rs.getString("doc_date"),
                rs.getString("language"), rs.getString("holding_archive"), rs.getString("archive_reference"),
                Classification.valueOf(rs.getString("classification")), rs.getString("description"),
                rs.getInt("version"));
    }

    static DocumentPage mapPage(ResultSet rs, int n) throws SQLException {
        return new DocumentPage(rs.getLong("document_id"), rs.getInt("page_no"), rs.getString("media_type"),
                rs.getString("scan_sha256"), rs.getString("transcription"), rs.getString("translation"),
                rs.getString("translation_language"));
    }
}
