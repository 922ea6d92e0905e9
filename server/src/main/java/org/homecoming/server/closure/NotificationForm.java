package org.homecoming.server.closure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a liaison officer enters to record that a family was notified (web form and API body alike).
 *
 * <pre>{@code
 * {"familyMemberId":7,"notifiedOn":"2026-03-02","method":"IN_PERSON","notifiedBy":"Trần Văn Nam","notes":"..."}
 * }</pre>
 */
public class NotificationForm {

    @NotNull
    private Long familyMemberId;
    @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate notifiedOn;
    @NotBlank @Pattern(regexp = "IN_PERSON|LETTER|PHONE", message = "must be IN_PERSON, LETTER or PHONE")
    private String method;
    @NotBlank @Size(max = 200)
    private String notifiedBy;
    @Size(max = 4000)
    private String notes;

    public Long getFamilyMemberId() { return familyMemberId; }
    public void setFamilyMemberId(Long v) { familyMemberId = v; }
    public LocalDate getNotifiedOn() { return notifiedOn; }
    public void setNotifiedOn(LocalDate v) { notifiedOn = v; }
    public String getMethod() { return method; }
    public void setMethod(String v) { method = v; }
    public String getNotifiedBy() { return notifiedBy; }
    public void setNotifiedBy(String v) { notifiedBy = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
}
