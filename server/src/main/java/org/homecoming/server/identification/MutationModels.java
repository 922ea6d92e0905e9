package org.homecoming.server.identification;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homecoming.kinship.mutation.MutationSpec;

/**
 * Names a mutation model the way a job record stores it ({@link MutationSpec#toString()}, e.g.
 * {@code proportional(rate=0.001)}) and reads such a name back, so a stored LR can be recomputed.
 */
final class MutationModels {

    private static final Pattern STORED = Pattern.compile("([a-z ]+)(?:\\(rate=([^,)]+)(?:, rate2=([^,)]+), range=([^)]+))?\\))?");

    private MutationModels() {
    }

    /** A model from a settings name (none, equal, proportional, stepwise) and a rate. */
    static MutationSpec parse(String name, double rate) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "none" -> MutationSpec.none();
            case "equal" -> MutationSpec.equal(rate);
            case "proportional" -> MutationSpec.proportional(rate);
            case "stepwise" -> MutationSpec.stepwise(rate, 0, 0.1);
            default -> throw new IllegalArgumentException(
                    "homecoming.identification.mutation must be none, equal, proportional or stepwise: " + name);
        };
    }

    /** The model a job record names. */
    static MutationSpec fromRecord(String stored) {
        Matcher m = STORED.matcher(stored.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a stored mutation model: '" + stored + "'");
        }
        String kind = m.group(1);
        if (kind.equals("none")) {
            return MutationSpec.none();
        }
        double rate = Double.parseDouble(m.group(2));
        return switch (kind) {
            case "equal" -> MutationSpec.equal(rate);
            case "proportional" -> MutationSpec.proportional(rate);
            case "stepwise" -> MutationSpec.stepwise(rate, Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)));
            case "extended stepwise" -> MutationSpec.extendedStepwise(rate, Double.parseDouble(m.group(3)),
                    Double.parseDouble(m.group(4)));
            default -> throw new IllegalArgumentException("not a stored mutation model: '" + stored + "'");
        };
    }
}
