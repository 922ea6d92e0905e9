package org.homecoming.server.archive;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.homecoming.server.web.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The JSON API of artifacts.
 *
 * <pre>{@code
 * POST /api/v1/archive/artifacts                  {"description":"…","foundPlace":"…","returnStatus":"HELD",…}
 * POST /api/v1/archive/artifacts/4/photos         multipart: photo, caption
 * POST /api/v1/archive/artifacts/4/return         {"custodian":"…","returnStatus":"IN_TRANSIT","version":0}
 * POST /api/v1/archive/artifacts/4/links          {"targetType":"PERSON","targetId":42,"note":"name inside the cover"}
 * }</pre>
 */
@RestController
@RequestMapping("/api/v1/archive/artifacts")
class ArtifactApiController {

    record Return(String custodian, String returnStatus, int version) {
    }

    record LinkForm(String targetType, Long targetId, String targetText, String note) {
    }

    private final ArtifactService artifacts;

    ArtifactApiController(ArtifactService artifacts) {
        this.artifacts = artifacts;
    }

    @GetMapping
    List<Artifact> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Page.check(page, size);
        return artifacts.list(page * size, size);
    }

    @PostMapping
    Artifact create(@Valid @RequestBody ArtifactForm form) {
        return artifacts.create(form);
    }

    @GetMapping("/{id}")
    ArtifactService.ArtifactView show(@PathVariable long id) {
        return artifacts.view(id);
    }

    @PostMapping("/{id}/photos")
    Map<String, Object> photo(@PathVariable long id, @RequestPart MultipartFile photo,
            @RequestParam(required = false) String caption) throws IOException {
        artifacts.addPhoto(id, photo.getBytes(), caption);
        return Map.of("artifact", id, "photos", artifacts.view(id).photos().size());
    }

    @PostMapping("/{id}/return")
    Artifact updateReturn(@PathVariable long id, @RequestBody Return r) {
        return artifacts.updateReturn(id, r.custodian(), ReturnStatus.parse(r.returnStatus()), r.version());
    }

    @PostMapping("/{id}/links")
    Link link(@PathVariable long id, @RequestBody LinkForm l) {
        return artifacts.link(id, l.targetType(), l.targetId(), l.targetText(), l.note());
    }

    @PostMapping("/{id}/share")
    Map<String, Object> share(@PathVariable long id, @RequestBody Map<String, String> body) {
        artifacts.share(id, body.get("basis"));
        return Map.of("shared", true, "artifact", id);
    }
}
