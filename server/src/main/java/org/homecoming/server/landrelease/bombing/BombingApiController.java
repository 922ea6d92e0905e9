package org.homecoming.server.landrelease.bombing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/bombing}: import of a THOR file ({@code POST imports}, multipart field {@code file}, for the
 * roles of {@code SecurityConfig}) and the density grid of the stored missions over a box
 * ({@code GET density?bbox=W,S,E,N&cell=M}) as GeoJSON, and the bombing around a point such as a hazard area's
 * centre or a recovery site ({@code GET around?lat=&lon=&radius=M}).
 */
@RestController
@RequestMapping("/api/v1/bombing")
class BombingApiController {

    private final ThorImporter importer;
    private final BombingDensity density;

    BombingApiController(ThorImporter importer, BombingDensity density) {
        this.importer = importer;
        this.density = density;
    }

    @PostMapping("/imports")
    ResponseEntity<ThorImportResult> importFile(@RequestParam("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload.csv"
                : Path.of(file.getOriginalFilename()).getFileName().toString();
        try (InputStream in = file.getInputStream()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(importer.importFile(name, in, ImportProgress.NONE));
        }
    }

    @GetMapping("/density")
    Map<String, Object> density(@RequestParam String bbox, @RequestParam double cell) {
        DensityGrid grid = DensityGrid.of(GeoBox.parse(bbox), cell);
        return DensityGeoJson.of(grid, density.cells(grid));
    }

    /** The missions, weapons and weighted weapons in the square of side {@code 2 · radius} m around a point. */
    @GetMapping("/around")
    Map<String, Object> around(@RequestParam double lat, @RequestParam double lon, @RequestParam double radius) {
        DensityCell c = density.around(lat, lon, radius);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("lat", lat);
        answer.put("lon", lon);
        answer.put("radius", radius);
        answer.put("missions", c.missions());
        answer.put("weapons", c.weapons());
        answer.put("weightedWeapons", c.weightedWeapons());
        return answer;
    }
}
