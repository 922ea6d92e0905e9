package org.homecoming.server.identification;

import java.util.List;
import org.homecoming.server.security.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * "What to sample next" for the family liaison staff: each family's chance of reaching the
 * threshold today and with each living relative's sample added, and the live progress of the
 * background job that keeps it current (htmx polls the progress fragment). No genotype is shown,
 * so liaison staff and case officers may see it (SecurityConfig).
 */
@Controller
class NextSampleController {

    static final String VIEW = "identification/next-samples";
    static final String PROGRESS_VIEW = "identification/next-samples :: progress";

    private final FamilyPowerService power;
    private final FamilyPowerJob job;
    private final CurrentUsers currentUsers;

    NextSampleController(FamilyPowerService power, FamilyPowerJob job, CurrentUsers currentUsers) {
        this.power = power;
        this.job = job;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/identification/next-samples")
    String page(@RequestParam(defaultValue = "false") boolean all, Model model) {
        model.addAttribute("families", power.list(!all));
        model.addAttribute("all", all);
        model.addAttribute("progress", job.progress());
        return VIEW;
    }

    /** The progress fragment htmx polls while the job runs. */
    @GetMapping("/identification/next-samples/progress")
    String progress(Model model) {
        model.addAttribute("progress", job.progress());
        return PROGRESS_VIEW;
    }

    @PostMapping("/identification/next-samples")
    String compute() {
        job.submitAll(currentUsers.get().username());
        return "redirect:/identification/next-samples";
    }

    @GetMapping("/api/v1/identification/next-samples")
    @ResponseBody
    List<FamilyPower> list(@RequestParam(defaultValue = "false") boolean all) {
        return power.list(!all);
    }

    @GetMapping("/api/v1/identification/next-samples/progress")
    @ResponseBody
    PowerProgress apiProgress() {
        return job.progress();
    }

    @PostMapping("/api/v1/identification/next-samples")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ResponseBody
    void start() {
        job.submitAll(currentUsers.get().username());
    }
}
