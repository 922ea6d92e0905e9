package org.homecoming.server.registry;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/profiles} and {@code /api/v1/samples/{id}/profile}: genetic data, laboratory analysts only, audited. */
@RestController
@RequestMapping("/api/v1")
class GeneticsApiController {

    private final GeneticsService genetics;

    GeneticsApiController(GeneticsService genetics) {
        this.genetics = genetics;
    }

    @GetMapping("/samples/{id}/profile")
    GeneticProfile profile(@PathVariable long id) {
        return genetics.profile(id);
    }

    @GetMapping("/profiles")
    List<GeneticProfile> profiles(@RequestParam String subjectType, @RequestParam long subjectId) {
        return genetics.profilesOf(subjectType, subjectId);
    }

    @GetMapping("/samples/{id}/custody")
    List<CustodyEvent> custody(@PathVariable long id) {
        return genetics.custody(id);
    }
}
