package org.homecoming.server.archive;

import jakarta.validation.Valid;
import java.io.IOException;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.web.NotFoundException;
import org.homecoming.server.web.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The browser pages of artifacts: the list, the form, an artifact with photos, return, links and sharing. */
@Controller
class ArtifactController {

    static final String LIST_VIEW = "archive/artifacts";
    static final String DETAIL_VIEW = "archive/artifact";
    static final String FORM_VIEW = "archive/artifactForm";

    private final ArtifactService artifacts;
    private final ArchiveAccess access;
    private final LinkLabels labels;
    private final CurrentUsers currentUsers;

    ArtifactController(ArtifactService artifacts, ArchiveAccess access, LinkLabels labels, CurrentUsers currentUsers) {
        this.artifacts = artifacts;
        this.access = access;
        this.labels = labels;
        this.currentUsers = currentUsers;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("canCatalogue", access.isCataloguer(currentUsers.get()));
        model.addAttribute("canExchange", access.isExchanger(currentUsers.get()));
        model.addAttribute("mySide", currentUsers.get().side());
        model.addAttribute("returnStatuses", ReturnStatus.values());
        model.addAttribute("classifications", Classification.values());
    }

    @GetMapping("/archive/artifacts")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        Page.check(page, 50);
        model.addAttribute("artifacts", artifacts.list(page * 50, 50));
        model.addAttribute("page", page);
        return LIST_VIEW;
    }

    @GetMapping("/archive/artifacts/new")
    String initCreationForm(Model model) {
        model.addAttribute("artifactForm", new ArtifactForm(null, null, null, null, null, "HELD", "RESTRICTED"));
        return FORM_VIEW;
    }

    @PostMapping("/archive/artifacts/new")
    String processCreationForm(@Valid @ModelAttribute("artifactForm") ArtifactForm artifactForm, BindingResult result) {
        if (!result.hasErrors()) {
            try {
                return "redirect:/archive/artifacts/" + artifacts.create(artifactForm).id();
            } catch (IllegalArgumentException e) {
                result.reject("archive.invalid", e.getMessage());
            }
        }
        return FORM_VIEW;
    }

    @GetMapping("/archive/artifacts/{id}")
    String show(@PathVariable long id, Model model) {
        ArtifactService.ArtifactView v = artifacts.view(id);
        model.addAttribute("v", v);
        model.addAttribute("linkLabels", labels.of(v.links()));
        return DETAIL_VIEW;
    }

    @PostMapping("/archive/artifacts/{id}/photos")
    String addPhoto(@PathVariable long id, @RequestParam MultipartFile photo,
            @RequestParam(required = false) String caption) throws IOException {
        artifacts.addPhoto(id, photo.getBytes(), caption);
        return "redirect:/archive/artifacts/" + id;
    }

    @GetMapping("/archive/artifacts/{id}/photos/{sha}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable String sha) {
        ArchiveService.Scan s = artifacts.photo(id, sha).orElseThrow(() -> new NotFoundException("photo of artifact", id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(s.mediaType())).body(s.content());
    }

    @PostMapping("/archive/artifacts/{id}/return")
    String updateReturn(@PathVariable long id, @RequestParam String returnStatus,
            @RequestParam(required = false) String custodian, @RequestParam int version) {
        artifacts.updateReturn(id, custodian, ReturnStatus.parse(returnStatus), version);
        return "redirect:/archive/artifacts/" + id;
    }

    @PostMapping("/archive/artifacts/{id}/links")
    String link(@PathVariable long id, @RequestParam String targetType, @RequestParam(required = false) Long targetId,
            @RequestParam(required = false) String targetText, @RequestParam(required = false) String note) {
        artifacts.link(id, targetType, targetId, targetText, note);
        return "redirect:/archive/artifacts/" + id;
    }

    @PostMapping("/archive/artifacts/{id}/share")
    String share(@PathVariable long id, @RequestParam String basis) {
        artifacts.share(id, basis);
        return "redirect:/archive/artifacts/" + id;
    }
}
