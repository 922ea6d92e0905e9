package org.homecoming.server.registry;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The consent page's form: one grant or withdrawal of one scope, from a date, on a basis.
 *
 * <pre>{@code
 * ConsentForm f = new ConsentForm(); f.setScope("CONTACT"); f.setGranted(true);
 * }</pre>
 */
public class ConsentForm {

    private String scope = ConsentScope.RECORD.name();
    private boolean granted = true;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveOn = LocalDate.now();
    private String basis;

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public boolean isGranted() {
        return granted;
    }

    public void setGranted(boolean granted) {
        this.granted = granted;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }
}
