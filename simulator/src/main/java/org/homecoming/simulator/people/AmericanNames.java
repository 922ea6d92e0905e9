package org.homecoming.simulator.people;

import java.util.List;
import java.util.SplittableRandom;

/**
 * English names of the 1940s–1950s United States, for US missing and their families.
 *
 * <p>{@code AmericanNames.draw(rng, true).full()} gives e.g. {@code "James R. Miller"}.
 */
public final class AmericanNames {

    private static final List<String> SURNAMES = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller",
            "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White",
            "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill",
            "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell",
            "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan",
            "Cooper", "Peterson", "Reed", "Bailey", "Kelly", "Howard", "Ward", "Brooks", "Garcia", "Martinez");
    private static final List<String> MALE = List.of("James", "John", "Robert", "Michael", "William", "David",
            "Richard", "Charles", "Joseph", "Thomas", "Ronald", "Gary", "Larry", "Donald", "Kenneth", "Paul",
            "Dennis", "Jerry", "Stephen", "Edward", "George", "Daniel", "Roger", "Frank", "Raymond", "Harold");
    private static final List<String> FEMALE = List.of("Mary", "Patricia", "Linda", "Barbara", "Susan", "Nancy",
            "Karen", "Carol", "Sharon", "Donna", "Judith", "Margaret", "Betty", "Janet", "Joyce", "Diane");
    private static final String INITIALS = "ABCDEFGHJKLMNPRSTW";

    private AmericanNames() {
    }

    public static Name draw(SplittableRandom rng, boolean male) {
        return withFamily(SURNAMES.get(rng.nextInt(SURNAMES.size())), rng, male);
    }

    public static Name withFamily(String family, SplittableRandom rng, boolean male) {
        List<String> given = male ? MALE : FEMALE;
        String middle = INITIALS.charAt(rng.nextInt(INITIALS.length())) + ".";
        return new Name(family, middle, given.get(rng.nextInt(given.size())), false);
    }
}
