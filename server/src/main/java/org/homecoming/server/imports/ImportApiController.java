package org.homecoming.server.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/imports}: multipart upload of programme CSV files. With {@code dryRun=true}
 * only the preview is answered; otherwise the files are imported (201) or refused (422) with the
 * list of problems.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApiController {

    private final ImportService imports;

    ImportApiController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping
    ResponseEntity<Object> upload(@RequestParam("files") List<MultipartFile> files,
            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        Path dir = Files.createTempDirectory("homecoming-import");
        try {
            for (MultipartFile f : files) {
                String name = Path.of(f.getOriginalFilename() == null ? "" : f.getOriginalFilename()).getFileName().toString();
                if (ImportReader.FILES.contains(name) || name.equals(LineageReferenceReader.FILE)) {
                    try (InputStream in = f.getInputStream()) {
                        Files.copy(in, dir.resolve(name));
                    }
                }
            }
            ImportPreview preview = imports.preview(dir);
            if (dryRun || !preview.ok()) {
                return ResponseEntity.status(preview.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY).body(preview);
            }
            Map<String, Integer> written = imports.commit(dir);
            return ResponseEntity.status(HttpStatus.CREATED).body(written);
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }
}
