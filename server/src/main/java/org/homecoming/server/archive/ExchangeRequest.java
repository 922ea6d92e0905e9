package org.homecoming.server.archive;

import java.time.OffsetDateTime;
import java.util.List;
import org.homecoming.server.security.Side;

/**
 * What one side asks of the other: the subject, about whom (a registry person, or words such as a
 * unit or a place), the details, where it stands, and the answers given so far.
 *
 * <pre>{@code
 * ExchangeRequest r = requests.find(3).orElseThrow();
 * r.status(); // OPEN, IN_PROGRESS, ANSWERED, CLOSED or DECLINED
 * }</pre>
 */
public record ExchangeRequest(long id, Side fromSide, Side toSide, String subject, Long personId, String personName,
        String about, String details, String status, String requestedBy, OffsetDateTime requestedAt, int version,
        List<Answer> answers) {

    public static final List<String> STATUSES = List.of("OPEN", "IN_PROGRESS", "ANSWERED", "CLOSED", "DECLINED");

    public ExchangeRequest {
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("request status must be one of " + STATUSES + ": " + status);
        }
        answers = List.copyOf(answers);
    }

    /** One answer: its text, the package that carried the material if any, who gave it and when. */
    public record Answer(long id, String text, String packageSha256, String answeredBy, OffsetDateTime answeredAt) {
    }

    /** The same request with its answers. */
    public ExchangeRequest withAnswers(List<Answer> list) {
        return new ExchangeRequest(id, fromSide, toSide, subject, personId, personName, about, details, status,
                requestedBy, requestedAt, version, list);
    }
}
