package org.homecoming.server.landrelease.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.homecoming.server.landrelease.bombing.CountryBoxes;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** Each refusal of {@link AreaGeometry}, with the message that names it. */
class AreaGeometryTests {

    private final AreaGeometry geometry = new AreaGeometry(new CountryBoxes());
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode read(String s) throws Exception {
        return json.readTree(s.replace('\'', '"'));
    }

    private Geometry polygon(String coordinates) throws Exception {
        return geometry.polygon(read("{'type':'Polygon','coordinates':" + coordinates + "}"), false);
    }

    @Test
    void aSmallSquareInQuangTriIsAccepted() throws Exception {
        Geometry g = polygon("[[[107,16.8],[107.01,16.8],[107.01,16.81],[107,16.81],[107,16.8]]]");
        assertThat(g.getGeometryType()).isEqualTo("Polygon");
        assertThat(g.getNumPoints()).isEqualTo(5);
    }

    @Test
    void aMultiPolygonIsAccepted() throws Exception {
        Geometry g = geometry.polygon(read("{'type':'MultiPolygon','coordinates':["
                + "[[[107,16.8],[107.01,16.8],[107.01,16.81],[107,16.8]]],"
                + "[[[107.02,16.8],[107.03,16.8],[107.03,16.81],[107.02,16.8]]]]}"), false);
        assertThat(g.getNumGeometries()).isEqualTo(2);
    }

    @Test
    void aPointIsNotAPolygon() {
        assertThatThrownBy(() -> geometry.polygon(read("{'type':'Point','coordinates':[107,16.8]}"), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("geometry must be a GeoJSON Polygon or MultiPolygon, not Point");
    }

    @Test
    void twoDistinctVerticesAreTooFew() {
        assertThatThrownBy(() -> polygon("[[[107,16.8],[107.01,16.8],[107,16.8],[107.01,16.8],[107,16.8]]]"))
                .hasMessage("geometry: polygon, outer ring has 2 distinct vertices; a polygon needs at least 3");
    }

    @Test
    void anOpenRingIsRefused() {
        assertThatThrownBy(() -> polygon("[[[107,16.8],[107.01,16.8],[107.01,16.81],[107,16.81]]]"))
                .hasMessage("geometry: polygon, outer ring is not closed: its last position must repeat the first,"
                        + " 107.0000 16.8000");
    }

    /** A bow tie: the edges (107 16.8)–(107.01 16.81) and (107.01 16.8)–(107 16.81) cross at 107.005 16.805. */
    @Test
    void aSelfIntersectionIsNamedWithItsLocation() {
        assertThatThrownBy(() -> polygon("[[[107,16.8],[107.01,16.81],[107.01,16.8],[107,16.81],[107,16.8]]]"))
                .hasMessage("geometry: self-intersection at 107.0050 16.8050");
    }

    @Test
    void aHoleOutsideItsShellIsNamed() {
        assertThatThrownBy(() -> polygon("[[[107,16.8],[107.01,16.8],[107.01,16.81],[107,16.81],[107,16.8]],"
                + "[[107.02,16.8],[107.03,16.8],[107.03,16.81],[107.02,16.8]]]"))
                .hasMessage("geometry: hole lies outside shell at 107.0200 16.8000");
    }

    /** 0.1° of longitude at 16.8° N on a sphere of 6371.0088 km: 111.195 × cos 16.8° = 10.643 km. */
    @Test
    void aGapOverFiveKilometresNamesBothVerticesAndTheDistance() {
        assertThatThrownBy(() -> polygon("[[[107,16.8],[107.1,16.8],[107.1,16.81],[107,16.81],[107,16.8]]]"))
                .hasMessage("geometry: vertices 107.0000 16.8000 and 107.1000 16.8000 are 10.64 km apart;"
                        + " at most 5 km may separate two consecutive vertices");
    }

    @Test
    void aVertexOutsideVietNamIsRefusedUnlessTheRecordSaysSo() throws Exception {
        String laos = "{'type':'Polygon','coordinates':[[[101.9,20],[101.91,20],[101.91,20.01],[101.9,20]]]}";
        assertThatThrownBy(() -> geometry.polygon(read(laos), false))
                .hasMessageStartingWith("geometry: vertex 101.9000 20.0000 lies outside Viet Nam's box")
                .hasMessageContaining("outsideCountry");
        assertThat(geometry.polygon(read(laos), true).getNumPoints()).isEqualTo(4);
    }

    @Test
    void coordinatesThatAreNotNumbersAreNamed() {
        assertThatThrownBy(() -> polygon("[[[107,16.8],['x',16.8],[107.01,16.81],[107,16.8]]]"))
                .hasMessage("geometry: polygon, outer ring: position 2 must be [lon, lat] numbers: [\"x\",16.8]");
    }
}
