package org.homecoming.server.landrelease.map;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A point layer as CSV (what a GPS, a spreadsheet or QGIS's "delimited text" layer reads): {@code lon,lat} then the
 * layer's properties, one row per feature, plain numbers.
 *
 * <pre>{@code
 * PointsCsv.write(features); // "lon,lat,id,ref,...\r\n107.05,16.75,3,ACC-2026-000003,..."
 * }</pre>
 */
final class PointsCsv {

    private PointsCsv() {
    }

    static String write(List<MapFeature> features) {
        List<String> columns = new ArrayList<>(GeoPackageWriter.columns(features).keySet());
        List<String> header = new ArrayList<>(List.of("lon", "lat"));
        header.addAll(columns);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                .get())) {
            for (MapFeature f : features) {
                List<Object> row = new ArrayList<>(List.of(f.lon(), f.lat()));
                columns.forEach(c -> row.add(f.properties().get(c)));
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
