package org.homecoming.server.identification;

import java.util.List;
import org.homecoming.server.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * "What to sample next" for the family liaison staff: families whose references cannot reach the
 * threshold, with the relative to ask. No genotype is shown, so liaison staff and case officers
 * may see it (SecurityConfig).
 */
@Controller
class NextSampleController {

    private final FamilyPowerService power;

    NextSampleController(FamilyPowerService power) {
        this.power = power;
    }

    @GetMapping("/identification/next-samples")
    String page(@RequestParam(defaultValue = "false") boolean all, Model model) {
        model.addAttribute("families", power.list(!all));
        model.addAttribute("all", all);
        return "identification/next-samples";
    }

    @PostMapping("/identification/next-samples")
    String compute() {
        power.submit(CurrentUser.get().username());
        return "redirect:/identification/next-samples";
    }

    @GetMapping("/api/v1/identification/next-samples")
    @ResponseBody
    List<FamilyPower> list(@RequestParam(defaultValue = "false") boolean all) {
        return power.list(!all);
    }

    @PostMapping("/api/v1/identification/next-samples")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ResponseBody
    void start() {
        power.submit(CurrentUser.get().username());
    }
}
