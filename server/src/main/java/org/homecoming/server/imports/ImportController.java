package org.homecoming.server.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page: upload the CSV files of a programme, see every problem ({@code file:line:
 * field: problem}) before anything is written, then import all or nothing.
 */
@Controller
class ImportController {

    static final String VIEW = "imports/imports";
    private final ImportService imports;
    private final Path uploads;

    ImportController(ImportService imports, @Value("${homecoming.data-dir:./data}") String dataDir) {
        this.imports = imports;
        this.uploads = Path.of(dataDir, "uploads");
    }

    @GetMapping("/imports")
    String form() {
        return VIEW;
    }

    @PostMapping("/imports")
    String preview(@RequestParam("files") List<MultipartFile> files, Model model) throws IOException {
        String token = UUID.randomUUID().toString();
        Path dir = Files.createDirectories(uploads.resolve(token));
        for (MultipartFile f : files) {
            String name = Path.of(f.getOriginalFilename() == null ? "" : f.getOriginalFilename()).getFileName().toString();
            if (ImportReader.FILES.contains(name)) {
                try (InputStream in = f.getInputStream()) {
                    Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        model.addAttribute("token", token);
        model.addAttribute("preview", imports.preview(dir));
        return VIEW;
    }

    @PostMapping("/imports/{token}/commit")
    String commit(@PathVariable String token, Model model) {
        if (!token.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("token is not an upload: " + token);
        }
        Path dir = uploads.resolve(token);
        try {
            model.addAttribute("written", imports.commit(dir));
        } catch (ImportRejectedException e) {
            model.addAttribute("token", token);
            model.addAttribute("preview", e.preview());
        }
        return VIEW;
    }
}
