package org.homecoming.server.archive;

import org.homecoming.programme.PartialDate;
import org.homecoming.server.security.Side;

/**
 * A belonging found with remains or returned by a veteran: what it is, where and when it was found,
 * who holds it now and how far its return has come.
 *
 * <pre>{@code
 * new Artifact(0, "ART-1", Side.US, "Nhật ký bìa xanh, 84 trang", "Đồi 31, Quảng Trị", "1968-02",
 *         "John A. Smith (veteran)", ReturnStatus.RETURN_REQUESTED, Classification.OPEN, 0);
 * }</pre>
 */
public record Artifact(long id, String ref, Side side, String description, String foundPlace, String foundDate,
        String custodian, ReturnStatus returnStatus, Classification classification, int version) {

    public Artifact {
        if (ref == null || ref.isBlank() || ref.length() > 64) {
            throw new IllegalArgumentException("ref must be 1 to 64 characters: " + ref);
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("description must not be blank: " + description);
        }
        String problem = PartialDate.problem(foundDate);
        if (problem != null) {
            throw new IllegalArgumentException("found date: " + problem);
        }
        if (side == null || returnStatus == null || classification == null) {
            throw new IllegalArgumentException("side, return status and classification are required: " + side + ", "
                    + returnStatus + ", " + classification);
        }
    }
}
