package org.homecoming.server.cooperation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The programme's activities as IATI reports them, each with the indicators linked to it as results (type 1,
 * output): a manual indicator's typed periods with their targets and actuals; a computed indicator's one period from
 * the start of its baseline year (or the activity's start) to the day of the report, its target and the actual the
 * source pillar counts that day.
 *
 * <pre>{@code
 * List<IatiActivity> report = results.withResults(activities.list(null), LocalDate.now());
 * }</pre>
 */
@Component
class IatiResults {

    private final IndicatorService indicators;

    IatiResults(IndicatorService indicators) {
        this.indicators = indicators;
    }

    List<IatiActivity> withResults(List<IatiActivity> activities, LocalDate asOf) {
        List<IatiActivity> out = new ArrayList<>();
        for (IatiActivity a : activities) {
            List<IatiActivity.Result> results = indicators.ofActivity(a.identifier(), asOf).stream()
                    .map(i -> result(a, i, asOf)).toList();
            out.add(new IatiActivity(a.identifier(), a.reportingOrg(), a.titleVi(), a.titleEn(), a.descriptionVi(),
                    a.descriptionEn(), a.participants(), a.status(), a.plannedStart(), a.actualStart(), a.plannedEnd(),
                    a.actualEnd(), a.province(), a.provinceBefore(), a.sectorCode(), a.area(), a.budgets(),
                    a.transactions(), a.related(), a.documents(), results));
        }
        return out;
    }

    private static IatiActivity.Result result(IatiActivity a, Indicator i, LocalDate asOf) {
        List<IatiActivity.ResultPeriod> periods;
        if (i.source().computed()) {
            LocalDate start = i.baselineYear() != null ? LocalDate.of(i.baselineYear(), 1, 1)
                    : a.actualStart() != null ? a.actualStart() : a.plannedStart() != null ? a.plannedStart() : asOf;
            periods = List.of(new IatiActivity.ResultPeriod(start.isAfter(asOf) ? asOf : start, asOf, i.target(),
                    i.actual()));
        } else {
            periods = i.periods().stream().map(p -> new IatiActivity.ResultPeriod(p.start(), p.end(), p.target(),
                    p.actual())).toList();
        }
        return new IatiActivity.Result(1, i.nameVi(), i.nameEn(), List.of(new IatiActivity.ResultIndicator(i.nameVi(),
                i.nameEn(), i.baselineYear(), i.baseline(), periods)));
    }
}
