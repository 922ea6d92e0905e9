package org.homecoming.simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.homecoming.simulator.people.AmericanNames;
import org.homecoming.simulator.people.Name;
import org.homecoming.simulator.people.VietnameseNameGenerator;

/**
 * The objects found with remains, now and then one that bears a name.
 *
 * <p>{@code new Artifacts(victims).draw(casualty, rng)} gives e.g. {@code [dép cao su, bi đông]} or
 * {@code [lọ penicillin có giấy ghi tên Nguyễn Văn An]}.
 *
 * <p>Up to three ordinary objects. A named object with {@value #VN_NAMED} of Vietnamese remains (a penicillin vial
 * holding a slip with a name, as soldiers carried) and {@value #US_NAMED} of US remains (a dog tag, written as its
 * embossing reads: {@code dog tag SMITH JOHN R}). The name is the person's own in {@value #VN_OWN} (Vietnamese)
 * and {@value #US_OWN} (US) of these, otherwise a comrade's: another person lost in the same province when there
 * is one among the remains (a slip or a tag carried for a friend, or picked up), else a name of the same side.
 */
final class Artifacts {

    static final double VN_NAMED = 0.04;
    static final double US_NAMED = 0.05;
    static final double VN_OWN = 0.8;
    static final double US_OWN = 0.9;
    static final String VIAL = "lọ penicillin có giấy ghi tên ";
    static final String DOG_TAG = "dog tag ";
    private static final List<String> VN_OBJECTS = List.of("dép cao su", "bi đông", "cúc áo", "khóa thắt lưng",
            "mũ cối", "bát sắt", "đồng xu", "lược", "bút máy");
    private static final List<String> US_OBJECTS = List.of("flight suit fragment", "parachute hardware",
            "aircraft wreckage", "boot sole", "wristwatch", "survival radio fragment");

    /** The names of the persons among the remains, by side and province of loss. */
    private final Map<String, List<Name>> comrades = new HashMap<>();

    Artifacts(List<Victim> victims) {
        for (Victim v : victims) {
            Casualty c = v.casualty();
            comrades.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c.name());
        }
    }

    List<String> draw(Casualty c, SplittableRandom rng) {
        List<String> pool = c.us() ? US_OBJECTS : VN_OBJECTS;
        List<String> found = new ArrayList<>();
        int n = rng.nextInt(4);
        for (int i = 0; i < n; i++) {
            String a = pool.get(rng.nextInt(pool.size()));
            if (!found.contains(a)) {
                found.add(a);
            }
        }
        if (rng.nextDouble() < (c.us() ? US_NAMED : VN_NAMED)) {
            Name name = rng.nextDouble() < (c.us() ? US_OWN : VN_OWN) ? c.name() : comrade(c, rng);
            found.add(c.us() ? DOG_TAG + dogTag(name) : VIAL + name.full());
        }
        return found;
    }

    private Name comrade(Casualty c, SplittableRandom rng) {
        List<Name> others = comrades.getOrDefault(key(c), List.of()).stream().filter(n -> n != c.name()).toList();
        if (!others.isEmpty()) {
            return others.get(rng.nextInt(others.size()));
        }
        return c.us() ? AmericanNames.draw(rng, true) : VietnameseNameGenerator.draw(rng, true);
    }

    /** {@code SMITH JOHN R}: family name, given name, middle initial, in capitals without punctuation. */
    static String dogTag(Name n) {
        String middle = n.middle().replace(".", "");
        return (n.family() + " " + n.given() + (middle.isEmpty() ? "" : " " + middle)).toUpperCase(Locale.ROOT);
    }

    private static String key(Casualty c) {
        return (c.us() ? "US" : "VN") + c.lossProvince().code();
    }
}
