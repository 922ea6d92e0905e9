package org.homecoming.server.dashboard;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.homecoming.server.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: totals and charts (status by province, recoveries and identifications by year). */
@Controller
class DashboardController {

    static final String VIEW = "dashboard/dashboard";

    private final DashboardRepository counts;
    private final CurrentUsers currentUsers;

    DashboardController(DashboardRepository counts, CurrentUsers currentUsers) {
        this.counts = counts;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        String side = currentUsers.get().side().name();
        model.addAttribute("totals", counts.totals(side));
        model.addAttribute("byProvince", chart(counts.statusByProvince(side)));
        model.addAttribute("recoveries", counts.recoveriesByYear());
        model.addAttribute("identifications", counts.identificationsByYear(side));
        return VIEW;
    }

    /** Chart.js data: province labels and one series per status. */
    static Map<String, Object> chart(List<DashboardRepository.ProvinceStatus> rows) {
        TreeSet<String> provinces = new TreeSet<>();
        rows.forEach(r -> provinces.add(r.province()));
        List<String> labels = List.copyOf(provinces);
        Map<String, long[]> series = new TreeMap<>();
        for (var r : rows) {
            series.computeIfAbsent(r.status(), k -> new long[labels.size()])[labels.indexOf(r.province())] = r.count();
        }
        return Map.of("labels", labels, "series", series);
    }
}
