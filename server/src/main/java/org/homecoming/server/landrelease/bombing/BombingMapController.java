package org.homecoming.server.landrelease.bombing;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The bombing density map: a heat layer of the stored THOR missions over the province outlines, and for its
 * script the same GeoJSON as {@code /api/v1/bombing/density} under the signed-in session. The page is given
 * the grid's cell limit so that its script enlarges the cell to fit the view instead of asking for a grid the
 * server refuses; a refused request still answers JSON, which the script reports in the user's language.
 */
@Controller
class BombingMapController {

    static final String VIEW = "bombing/map";
    private final BombingDensity density;

    BombingMapController(BombingDensity density) {
        this.density = density;
    }

    @GetMapping("/bombing")
    String map(Model model) {
        model.addAttribute("maxCells", DensityGrid.MAX_CELLS);
        return VIEW;
    }

    @GetMapping(value = "/bombing/density.geojson", produces = "application/geo+json")
    @ResponseBody
    Map<String, Object> density(@RequestParam String bbox, @RequestParam double cell) {
        DensityGrid grid = DensityGrid.of(GeoBox.parse(bbox), cell);
        return DensityGeoJson.of(grid, density.cells(grid));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> refused(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", 400, "error", e.getMessage()));
    }
}
