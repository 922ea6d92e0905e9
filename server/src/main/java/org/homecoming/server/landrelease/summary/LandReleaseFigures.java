package org.homecoming.server.landrelease.summary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.server.geo.ProvinceMap;
import org.homecoming.server.landrelease.DeviceCategory;
import org.homecoming.server.security.CurrentUsers;
import org.springframework.stereotype.Service;

/**
 * The land-release figures the current user may see (own side's rows and the other side's shared rows),
 * filtered by province and year, each computed from the same {@link Contribution}s that
 * {@link #sources} lists.
 *
 * <pre>{@code
 * LandReleaseSummary s = figures.summary("Quảng Trị", 2024);
 * Sources behind = figures.sources(Figure.CLEARED, "Quảng Trị", 2024);  // behind.total() == s.clearedM2()
 * }</pre>
 */
@Service
public class LandReleaseFigures {

    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private final SummaryRepository rows;
    private final ProvinceMap provinces;
    private final CurrentUsers currentUsers;

    public LandReleaseFigures(SummaryRepository rows, ProvinceMap provinces, CurrentUsers currentUsers) {
        this.rows = rows;
        this.provinces = provinces;
        this.currentUsers = currentUsers;
    }

    /** The summary of the API for {@code province} (blank: all) and {@code year} (null: all years). */
    public LandReleaseSummary summary(String province, Integer year) {
        List<Contribution> released = contributions(Figure.CLEARED, province, year);
        Map<String, Long> ordnance = new LinkedHashMap<>();
        Map<String, Long> byCategory = new LinkedHashMap<>();
        for (Contribution c : contributions(Figure.ORDNANCE, province, year)) {
            byCategory.merge(c.group(), c.amount().longValue(), Long::sum);
        }
        for (DeviceCategory d : DeviceCategory.values()) {
            long n = byCategory.getOrDefault(d.name(), 0L);
            if (n != 0) {
                ordnance.put(d.name(), n);
            }
        }
        // A category stored outside the enum is still counted, after the known ones.
        byCategory.forEach(ordnance::putIfAbsent);
        List<Contribution> casualties = contributions(Figure.CASUALTIES, province, year);
        return new LandReleaseSummary(total(released, Figure.CANCELLED), total(released, Figure.REDUCED),
                total(released, Figure.CLEARED), ordnance, new LandReleaseSummary.Casualties(
                        count(casualties, "KILLED"), count(casualties, "INJURED")));
    }

    /** The rows behind one figure and their total. */
    public Sources sources(Figure figure, String province, Integer year) {
        List<Contribution> list = contributions(figure, province, year).stream()
                .filter(c -> c.figure() == figure).toList();
        return new Sources(figure, list.stream().map(Contribution::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                list);
    }

    /**
     * The visible contributions of the kind of {@code figure} (all three released methods for any of them)
     * in {@code province} and {@code year}; remaining contamination ignores the year: it is today's.
     */
    List<Contribution> contributions(Figure figure, String province, Integer year) {
        if (year != null && (year < 1 || year >= LAST.getYear())) {
            throw new IllegalArgumentException("year: out of range " + year);
        }
        ProvinceQuery where = ProvinceQuery.parse(province, provinces);
        String side = currentUsers.get().side().name();
        LocalDate from = year == null ? FIRST : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? LAST : LocalDate.of(year + 1, 1, 1);
        List<Contribution> all = switch (figure) {
            case CANCELLED, REDUCED, CLEARED -> rows.released(side, from, to);
            case ORDNANCE -> rows.ordnance(side, from, to);
            case CASUALTIES -> rows.casualties(side, from, to);
            case EDUCATION -> rows.education(side, from, to);
            case REMAINING -> rows.remaining(side);
        };
        List<Contribution> kept = new ArrayList<>();
        for (Contribution c : all) {
            if (where.matches(c, provinces)) {
                kept.add(c);
            }
        }
        return kept;
    }

    /** The present-day province a contribution counts in, named as in the province list; null when unknown. */
    String todayOf(Contribution c) {
        return provinces.today(c.province()).orElse(c.province());
    }

    /** Today's 34 provinces, for the filter. */
    List<String> provinces() {
        return provinces.todays();
    }

    private static BigDecimal total(List<Contribution> list, Figure figure) {
        return list.stream().filter(c -> c.figure() == figure).map(Contribution::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static long count(List<Contribution> list, String outcome) {
        return list.stream().filter(c -> c.group().equals(outcome)).count();
    }
}
