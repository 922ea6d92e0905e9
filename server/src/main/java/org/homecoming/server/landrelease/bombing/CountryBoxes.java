package org.homecoming.server.landrelease.bombing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * The bounding box of each target country of the THOR file ({@code landrelease/thor-country-boxes.csv},
 * sources in the file): a row whose target lies outside its country's box is rejected.
 *
 * <pre>{@code
 * boxes.boxFor("SOUTH VIETNAM").contains(106.7, 10.8); // true: Sài Gòn
 * }</pre>
 *
 * <p>A country not in the file (empty, {@code UNKNOWN}, sea areas) gets the {@code DEFAULT} box.
 */
@Component
public class CountryBoxes {

    static final String RESOURCE = "landrelease/thor-country-boxes.csv";
    private static final String DEFAULT = "DEFAULT";

    private final Map<String, GeoBox> boxes = new HashMap<>();
    private final GeoBox fallback;

    public CountryBoxes() {
        for (CSVRecord r : DataFiles.read(RESOURCE)) {
            boxes.put(r.get(0).toUpperCase(Locale.ROOT), new GeoBox(Double.parseDouble(r.get(1)),
                    Double.parseDouble(r.get(2)), Double.parseDouble(r.get(3)), Double.parseDouble(r.get(4))));
        }
        fallback = boxes.get(DEFAULT);
        if (fallback == null) {
            throw new IllegalStateException(RESOURCE + " has no DEFAULT box");
        }
    }

    public GeoBox boxFor(String country) {
        return country == null ? fallback : boxes.getOrDefault(country.strip().toUpperCase(Locale.ROOT), fallback);
    }
}
