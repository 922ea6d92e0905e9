package org.homecoming.server.closure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a liaison officer enters to record the repatriation of a US person's remains.
 *
 * <pre>{@code
 * {"repatriatedOn":"2026-05-01","ceremonyPlace":"Da Nang International Airport","receivingAgency":"DPAA"}
 * }</pre>
 */
public class RepatriationForm {

    @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate repatriatedOn;
    @NotBlank @Size(max = 300)
    private String ceremonyPlace;
    @NotBlank @Size(max = 200)
    private String receivingAgency;
    @Size(max = 4000)
    private String notes;

    public LocalDate getRepatriatedOn() { return repatriatedOn; }
    public void setRepatriatedOn(LocalDate v) { repatriatedOn = v; }
    public String getCeremonyPlace() { return ceremonyPlace; }
    public void setCeremonyPlace(String v) { ceremonyPlace = v; }
    public String getReceivingAgency() { return receivingAgency; }
    public void setReceivingAgency(String v) { receivingAgency = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
}
