package org.homecoming.server.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.homecoming.server.security.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores requests between the sides and their answers.
 *
 * <pre>{@code
 * long id = requests.insert(Side.US, Side.VN, "Burial register of E48", 42L, null, "pages for March 1968", "liaison-us");
 * requests.answer(id, "Scans sent in package 3f0c…", "3f0c…", "liaison-vn");
 * }</pre>
 */
@Repository
public class RequestRepository {

    private static final String SELECT = "SELECT r.*, p.full_name FROM exchange_request r LEFT JOIN missing_person p"
            + " ON p.id = r.person_id";

    private final JdbcClient jdbc;

    RequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Side from, Side to, String subject, Long personId, String about, String details, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO exchange_request (from_side, to_side, subject, person_id, about, details, status,"
                        + " requested_by, requested_at, version) VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, 0)")
                .params(from.name(), to.name(), subject, personId, about, details, by, OffsetDateTime.now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A request received from another installation, kept as it was asked there. */
    public long insertReceived(ExchangeRequest r) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO exchange_request (from_side, to_side, subject, person_id, about, details, status,"
                        + " requested_by, requested_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(r.fromSide().name(), r.toSide().name(), r.subject(), r.personId(), r.about(), r.details(),
                        r.status(), r.requestedBy(), r.requestedAt())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** An answer received from another installation, with its own author and time. */
    public void answerReceived(long requestId, ExchangeRequest.Answer a) {
        jdbc.sql("INSERT INTO exchange_answer (request_id, text, package_sha256, answered_by, answered_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(requestId, a.text(), a.packageSha256(), a.answeredBy(), a.answeredAt()).update();
    }

    /** Every request, oldest first, for an exchange package. */
    public List<ExchangeRequest> all() {
        return jdbc.sql(SELECT + " ORDER BY r.id").query(RequestRepository::map).list().stream()
                .map(r -> r.withAnswers(answers(r.id()))).toList();
    }

    public Optional<ExchangeRequest> find(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(RequestRepository::map).optional()
                .map(r -> r.withAnswers(answers(id)));
    }

    /** Requests made by or to {@code side}, newest first, optionally of one status. */
    public List<ExchangeRequest> of(Side side, String status, int offset, int limit) {
        return jdbc.sql(SELECT + " WHERE (r.from_side = :side OR r.to_side = :side)"
                        + (status == null ? "" : " AND r.status = :status") + " ORDER BY r.id DESC LIMIT :limit OFFSET :offset")
                .param("side", side.name()).param("status", status == null ? "" : status).param("limit", limit)
                .param("offset", offset).query(RequestRepository::map).list();
    }

    /** Requests about one person, for the person's page. */
    public List<ExchangeRequest> about(long personId) {
        return jdbc.sql(SELECT + " WHERE r.person_id = ? ORDER BY r.id DESC").param(personId)
                .query(RequestRepository::map).list();
    }

    /** Changes the status if the stored version is {@code seen}; false otherwise. */
    public boolean setStatus(long id, String status, int seen) {
        return jdbc.sql("UPDATE exchange_request SET status = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(status, id, seen).update() == 1;
    }

    public void answer(long requestId, String text, String packageSha256, String by) {
        jdbc.sql("INSERT INTO exchange_answer (request_id, text, package_sha256, answered_by, answered_at)"
                + " VALUES (?, ?, ?, ?, ?)").params(requestId, text, packageSha256, by, OffsetDateTime.now()).update();
    }

    private List<ExchangeRequest.Answer> answers(long requestId) {
        return jdbc.sql("SELECT * FROM exchange_answer WHERE request_id = ? ORDER BY id").param(requestId)
                .query((rs, n) -> new ExchangeRequest.Answer(rs.getLong("id"), rs.getString("text"),
                        rs.getString("package_sha256"), rs.getString("answered_by"),
                        rs.getObject("answered_at", OffsetDateTime.class))).list();
    }

    static ExchangeRequest map(ResultSet rs, int n) throws SQLException {
        return new ExchangeRequest(rs.getLong("id"), Side.valueOf(rs.getString("from_side")),
                Side.valueOf(rs.getString("to_side")), rs.getString("subject"), rs.getObject("person_id", Long.class),
                rs.getString("full_name"), rs.getString("about"), rs.getString("details"), rs.getString("status"),
                rs.getString("requested_by"), rs.getObject("requested_at", OffsetDateTime.class), rs.getInt("version"),
                List.of());
    }
}
