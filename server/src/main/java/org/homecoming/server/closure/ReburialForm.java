package org.homecoming.server.closure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a liaison officer enters to record a reburial (web form and API body alike).
 *
 * <pre>{@code
 * {"place":"Nghĩa trang liệt sĩ Trường Sơn","reburiedOn":"2026-04-27","graveRef":"B-3-12"}
 * }</pre>
 */
public class ReburialForm {

    @NotBlank @Size(max = 300)
    private String place;
    @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reburiedOn;
    @Size(max = 100)
    private String graveRef;
    @Size(max = 4000)
    private String notes;

    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public LocalDate getReburiedOn() { return reburiedOn; }
    public void setReburiedOn(LocalDate v) { reburiedOn = v; }
    public String getGraveRef() { return graveRef; }
    public void setGraveRef(String v) { graveRef = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
}
