package org.homecoming.server.landrelease;

import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Land-release figures for people, in the reader's language: square metres whole with grouping, hectares to two
 * decimals, counts with grouping, dates in the language's medium style. Templates call it as {@code @land}.
 *
 * <pre>{@code
 * <td th:text="${@land.m2(a.remainingAreaM2)}">12,345 m²</td>   // vi: "12.345 m²"
 * <td th:text="${@land.ha(a.remainingAreaM2)}">1.23 ha</td>     // vi: "1,23 ha"
 * }</pre>
 */
@Component("land")
public class LandFormat {

    public String m2(Double squareMetres) {
        if (squareMetres == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getIntegerInstance(locale());
        return f.format(Math.round(squareMetres)) + " m²";
    }

    public String ha(Double squareMetres) {
        if (squareMetres == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(squareMetres / 10_000) + " ha";
    }

    /** A whole number with the reader's grouping. */
    public String count(Number n) {
        return n == null ? "" : NumberFormat.getIntegerInstance(locale()).format(n);
    }

    /** A day in the reader's language (medium style: "5 Dec 2026", "5 thg 12, 2026"). */
    public String date(java.time.LocalDate day) {
        return day == null ? "" : java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(locale()).format(day);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
