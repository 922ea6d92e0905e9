package org.homecoming.simulator.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.homecoming.kinship.evidence.GeoPoint;

/**
 * Vietnam's 63 provinces, their districts and communes as before the 2025 merger, with sample points inside each
 * province; loaded once from the simulator's resources (sources in {@code geo/SOURCE.txt}).
 *
 * <p>{@code Gazetteer.get().province("45").name()} is {@code "Tỉnh Quảng Trị"}
 */
public final class Gazetteer {

    /** A province with its districts, and points drawn inside it. */
    public record Province(String code, String name, List<District> districts, List<GeoPoint> points) {

        /** The name without its administrative prefix: {@code Quảng Trị}, {@code Hà Nội}. */
        public String shortName() {
            return name.replaceFirst("^(Tỉnh|Thành phố) ", "");
        }
    }

    /** A district with its communes (xã, phường, thị trấn). */
    public record District(String code, String name, List<String> communes) {
    }

    /** A commune in its district and province, as a record of the time writes it. */
    public record Place(String commune, String district, Province province) {
    }

    private static volatile Gazetteer instance;
    private final List<Province> provinces;
    private final Map<String, Province> byCode = new HashMap<>();

    private Gazetteer(List<Province> provinces) {
        this.provinces = List.copyOf(provinces);
        provinces.forEach(p -> byCode.put(p.code(), p));
    }

    public static Gazetteer get() {
        Gazetteer g = instance;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (instance == null) {
                    instance = load();
                }
                g = instance;
            }
        }
        return g;
    }

    public List<Province> provinces() {
        return provinces;
    }

    public Province province(String code) {
        Province p = byCode.get(code);
        if (p == null) {
            throw new IllegalArgumentException("no pre-2025 province with GSO code: " + code);
        }
        return p;
    }

    /** A commune of {@code province}; rural communes (xã) are preferred, as most soldiers came from them. */
    public Place commune(Province province, SplittableRandom rng) {
        Place place = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            District d = province.districts().get(rng.nextInt(province.districts().size()));
            place = new Place(d.communes().get(rng.nextInt(d.communes().size())), d.name(), province);
            if (place.commune().startsWith("Xã ")) {
                return place;
            }
        }
        return place;
    }

    /** A point inside {@code province}: one of its sample points moved by up to {@code jitterMetres}. */
    public GeoPoint pointIn(Province province, double jitterMetres, SplittableRandom rng) {
        GeoPoint p = province.points().get(rng.nextInt(province.points().size()));
        double r = jitterMetres * Math.sqrt(rng.nextDouble());
        double angle = rng.nextDouble() * 2 * Math.PI;
        return FlatEarth.offset(p, r * Math.cos(angle), r * Math.sin(angle));
    }

    private static Gazetteer load() {
        Map<String, List<GeoPoint>> points = new HashMap<>();
        for (String[] f : lines("geo/province-points.tsv")) {
            points.computeIfAbsent(f[0], k -> new ArrayList<>())
                    .add(new GeoPoint(Double.parseDouble(f[1]), Double.parseDouble(f[2])));
        }
        List<Province> provinces = new ArrayList<>();
        String code = null;
        String name = null;
        List<District> districts = new ArrayList<>();
        List<String> communes = null;
        for (String[] f : lines("geo/units-63-pre2025.tsv")) {
            switch (f[0]) {
                case "P" -> {
                    if (code != null) {
                        provinces.add(new Province(code, name, List.copyOf(districts), points.get(code)));
                    }
                    code = f[1];
                    name = f[2];
                    districts = new ArrayList<>();
                }
                case "D" -> {
                    communes = new ArrayList<>();
                    districts.add(new District(f[1], f[2], communes));
                }
                case "W" -> communes.add(f[2]);
                default -> throw new IllegalStateException("bad gazetteer line kind: " + f[0]);
            }
        }
        provinces.add(new Province(code, name, List.copyOf(districts), points.get(code)));
        return new Gazetteer(provinces);
    }

    private static List<String[]> lines(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("/org/homecoming/simulator/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("simulator resource missing: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
