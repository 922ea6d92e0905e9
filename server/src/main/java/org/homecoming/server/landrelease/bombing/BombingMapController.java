package org.homecoming.server.landrelease.bombing;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The bombing density map: a heat layer of the stored THOR missions over the province outlines, and for its
 * script the same GeoJSON as {@code /api/v1/bombing/density} under the signed-in session.
 */
@Controller
class BombingMapController {

    static final String VIEW = "bombing/map";
    private final BombingDensity density;

    BombingMapController(BombingDensity density) {
        this.density = density;
    }

    @GetMapping("/bombing")
    String map() {
        return VIEW;
    }

    @GetMapping(value = "/bombing/density.geojson", produces = "application/geo+json")
    @ResponseBody
    Map<String, Object> density(@RequestParam String bbox, @RequestParam double cell) {
        DensityGrid grid = DensityGrid.of(GeoBox.parse(bbox), cell);
        return DensityGeoJson.of(grid, density.cells(grid));
    }
}
