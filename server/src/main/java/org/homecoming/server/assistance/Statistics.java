package org.homecoming.server.assistance;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures funders ask for, for one province (after the merger; all when null) and year (all years when null),
 * counting only people whose consent to be counted stands on {@code asOf}: people reached by sex, age group and
 * functioning domain, services delivered by category, follow-up of completed services, and people reached by
 * province. Small cells are suppressed ({@link SmallCells}).
 *
 * <pre>{@code
 * Statistics s = statistics.of("Quảng Trị", 2025, LocalDate.now());
 * s.cells().get(0).count();
 * }</pre>
 */
public record Statistics(String province, Integer year, LocalDate asOf,
        @JsonInclude(JsonInclude.Include.ALWAYS) Integer reached, List<StatisticsCell> cells, FollowUp followUp,
        List<ProvinceCount> provinces) {

    public Statistics {
        cells = List.copyOf(cells);
        provinces = List.copyOf(provinces);
    }

    /** Completed services and how many of them had a follow-up visit that reached the person. */
    public record FollowUp(@JsonInclude(JsonInclude.Include.ALWAYS) Integer completed,
            @JsonInclude(JsonInclude.Include.ALWAYS) Integer followedUp, boolean suppressed) {
    }

    /** People reached in one province, and of them those the Short Set identifies as having a disability. */
    public record ProvinceCount(String province, @JsonInclude(JsonInclude.Include.ALWAYS) Integer reached,
            @JsonInclude(JsonInclude.Include.ALWAYS) Integer withDisability, boolean suppressed) {
    }

    /** The cells of one block ({@code reached}, {@code disability}, a domain, or a service category). */
    public List<StatisticsCell> block(String name) {
        return cells.stream().filter(c -> name.equals(c.domain()) || name.equals(c.service())).toList();
    }
}
