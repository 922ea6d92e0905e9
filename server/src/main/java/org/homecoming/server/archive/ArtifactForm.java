package org.homecoming.server.archive;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a user enters to catalogue an artifact; the side is the user's, the ref generated when blank.
 *
 * <pre>{@code
 * new ArtifactForm(null, "Nhật ký bìa xanh, 84 trang", "Đồi 31, Quảng Trị", "1968-02", "John A. Smith (veteran)",
 *         "HELD", "OPEN");
 * }</pre>
 */
public record ArtifactForm(@Size(max = 64) String ref, @NotBlank @Size(max = 4000) String description,
        @Size(max = 300) String foundPlace, String foundDate, @Size(max = 300) String custodian,
        @NotBlank String returnStatus, @NotBlank String classification) {
}
