package org.homecoming.server.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An administrator's correction of a person's status: the right status, why (mandatory, at least
 * {@value #MIN_REASON} characters) and the version seen.
 *
 * <pre>{@code
 * {"status":"MISSING","reason":"set IDENTIFIED by mistake in the 2019 paper register import","version":4}
 * }</pre>
 */
public class StatusCorrectionForm {

    static final int MIN_REASON = 20;

    @NotBlank @Pattern(regexp = "MISSING|REMAINS_RECOVERED|UNDER_IDENTIFICATION|IDENTIFIED|FAMILY_NOTIFIED|REBURIED|REPATRIATED",
            message = "is not a status")
    private String status;
    @NotBlank @Size(min = MIN_REASON, max = 1000, message = "must be between 20 and 1000 characters")
    private String reason;
    @NotNull
    private Integer version;

    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }
}
