package org.homecoming.server.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.homecoming.server.search.VietnameseNames;
import org.springframework.stereotype.Component;

/**
 * Maps a province as recorded before the 1 July 2025 merger (one of 63) to the province it lies in
 * today (one of 34), whatever the prefix, case or diacritics.
 *
 * <pre>{@code
 * provinces.current("Tỉnh Hà Giang");  // Optional["Tuyên Quang"]
 * provinces.current("quang tri");      // Optional["Quảng Trị"]
 * }</pre>
 *
 * <p>Data: {@code geo/vn-province-63-to-34.csv} (see {@code geo/SOURCES.txt}).
 */
@Component
public class ProvinceMap {

    private final Map<String, String> currentByKey = new HashMap<>();
    private final Map<String, String> todayByKey = new TreeMap<>();
    private final Map<String, String> formerByKey = new HashMap<>();

    public ProvinceMap() {
        try (InputStream in = ProvinceMap.class.getResourceAsStream("/geo/vn-province-63-to-34.csv")) {
            if (in == null) {
                throw new IllegalStateException("resource missing: /geo/vn-province-63-to-34.csv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                currentByKey.put(key(f[1]), f[3]);
                formerByKey.put(key(f[1]), f[1]);
                todayByKey.putIfAbsent(key(f[3]), f[3]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The present-day province of a pre-2025 province name; empty when the name is unknown. */
    public Optional<String> current(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(currentByKey.get(key(recorded)));
    }

    /** The pre-2025 province (one of 63, as the statistics office names it) that {@code recorded} names; empty when none. */
    public Optional<String> former(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(formerByKey.get(key(recorded)));
    }

    /** The present-day province (one of 34) that {@code name} names, whatever the prefix, case or diacritics. */
    public Optional<String> today(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(todayByKey.get(key(name)));
    }

    /** The present-day province {@code name} names, or the one a pre-2025 province {@code name} merged into. */
    public Optional<String> todayOrSuccessor(String name) {
        return today(name).or(() -> current(name));
    }

    /**
     * The present-day province a filter names (or the successor of a pre-2025 one); null for a blank filter, and an
     * error naming {@code field} for a name that is no province.
     */
    public String filter(String name, String field) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return todayOrSuccessor(name).orElseThrow(() -> new IllegalArgumentException(field
                + ": no province of Vietnam, before or after the 2025 merger: " + name));
    }

    /** The 34 present-day provinces, ordered by their names without prefix or diacritics. */
    public List<String> todays() {
        return List.copyOf(todayByKey.values());
    }

    /** Whether two recorded names name the same province, whatever the prefix, case or diacritics. */
    public boolean same(String a, String b) {
        return a != null && b != null && !a.isBlank() && key(a).equals(key(b));
    }

    /** Number of pre-2025 provinces known. */
    public int size() {
        return currentByKey.size();
    }

    static String key(String name) {
        String f = VietnameseNames.fold(name).replace('-', ' ').replaceAll("\\s+", " ").strip();
        for (String prefix : new String[] {"tinh ", "thanh pho ", "tp "}) {
            if (f.startsWith(prefix)) {
                f = f.substring(prefix.length());
            }
        }
        // Hoà/Hòa and Hóa/Hoá differ only in where the tone mark sits; folding already removed it.
        // Thừa Thiên Huế became Thành phố Huế in January 2025; records keep the old name.
        return f.equals("thua thien hue") ? "hue" : f;
    }
}
