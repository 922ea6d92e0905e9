package org.homecoming.kinship.mutation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The named parameters of a mutation model, as Familias and pedmut state them, kept so a result
 * can state and reproduce its model.
 *
 * <p>{@code MutationSpec.stepwise(0.002, 1e-6, 0.1)}
 *
 * <p>{@code rate} is the total rate of the model (for stepwise models: the rate of whole-repeat
 * mutations), {@code rate2} the rate of mutations between an integer allele and a microvariant
 * (stepwise models only, else 0), {@code range} the ratio of the probabilities of an (n+1)-step and
 * an n-step mutation (stepwise models only, else 0). A {@code CUSTOM} spec carries no parameters;
 * its matrix comes from elsewhere (e.g. a Familias file).
 *
 * <p>{@link #text()} is the one stable text form of a model, stored with search jobs and read back
 * by {@link #parse(String)} to recompute their LRs: {@code none}, {@code equal(rate=0.001)},
 * {@code proportional(rate=0.001)}, {@code stepwise(rate=0.002, rate2=1.0E-6, range=0.1)},
 * {@code extended stepwise(rate=0.002, rate2=1.0E-6, range=0.1)} and {@code custom}; numbers are
 * written as {@link Double#toString(double)} writes them, so they read back exactly. A custom model
 * is named but cannot be parsed: its matrix is not in the text. {@link #fromSetting} reads the short
 * names a setting or command-line option gives ({@code none}, {@code equal}, {@code proportional},
 * {@code stepwise}) with one rate.
 */
public record MutationSpec(Kind kind, double rate, double rate2, double range) implements Serializable {

    /** The models Familias and pedmut share. */
    public enum Kind {
        /** No mutation: the identity matrix. */
        NONE("none"),
        /** pedmut "equal": stay with 1 − rate, any other allele with rate / (n − 1). */
        EQUAL("equal"),
        /** pedmut "proportional": M = (1 − a)I + a·1pᵀ with a = rate / Σ p(1 − p). */
        PROPORTIONAL("proportional"),
        /** pedmut "stepwise" (Familias "Stepwise"): rate, rate2 for microvariant steps, range. */
        STEPWISE("stepwise"),
        /** Familias "Extended stepwise": read by pedFamilias into pedmut's stepwise matrix. */
        EXTENDED_STEPWISE("extended stepwise"),
        /** A matrix given entry by entry. */
        CUSTOM("custom");

        private final String textName;

        Kind(String textName) {
            this.textName = textName;
        }

        /** The name that opens the model's {@link MutationSpec#text() text}; stable, stored in databases. */
        public String textName() {
            return textName;
        }

        /** The parameters the text form writes, in order: none, {@code rate}, or rate, rate2 and range. */
        List<String> parameters() {
            return switch (this) {
                case NONE, CUSTOM -> List.of();
                case EQUAL, PROPORTIONAL -> List.of("rate");
                case STEPWISE, EXTENDED_STEPWISE -> List.of("rate", "rate2", "range");
            };
        }
    }

    /** The kinds a setting may name with one rate ({@link #fromSetting}); stepwise has no rate2 and range 0.1. */
    private static final List<Kind> SETTING_KINDS = List.of(Kind.NONE, Kind.EQUAL, Kind.PROPORTIONAL, Kind.STEPWISE);

    public MutationSpec {
        if (kind == null) {
            throw new IllegalArgumentException("mutation model kind must not be null");
        }
        checkUnit("mutation rate", rate);
        checkUnit("mutation rate2", rate2);
        if (kind == Kind.STEPWISE || kind == Kind.EXTENDED_STEPWISE) {
            if (!(range > 0) || Double.isInfinite(range)) {
                throw new IllegalArgumentException("mutation range must be positive: " + range);
            }
            if (rate + rate2 > 1) {
                throw new IllegalArgumentException("mutation rate + rate2 must be in [0, 1]: " + (rate + rate2));
            }
        } else if (!(range >= 0) || Double.isInfinite(range)) {
            throw new IllegalArgumentException("mutation range must be non-negative: " + range);
        }
    }

    private static void checkUnit(String what, double x) {
        if (!(x >= 0 && x <= 1)) {
            throw new IllegalArgumentException(what + " must be in [0, 1]: " + x);
        }
    }

    /** No mutation. */
    public static MutationSpec none() {
        return new MutationSpec(Kind.NONE, 0, 0, 0);
    }

    /** pedmut's "equal" model with the given total rate. */
    public static MutationSpec equal(double rate) {
        return new MutationSpec(Kind.EQUAL, rate, 0, 0);
    }

    /** pedmut's "proportional" model with the given total rate. */
    public static MutationSpec proportional(double rate) {
        return new MutationSpec(Kind.PROPORTIONAL, rate, 0, 0);
    }

    /** pedmut's "stepwise" model. */
    public static MutationSpec stepwise(double rate, double rate2, double range) {
        return new MutationSpec(Kind.STEPWISE, rate, rate2, range);
    }

    /** Familias' "Extended stepwise" model (same matrix as {@link #stepwise}). */
    public static MutationSpec extendedStepwise(double rate, double rate2, double range) {
        return new MutationSpec(Kind.EXTENDED_STEPWISE, rate, rate2, range);
    }

    /** A matrix given entry by entry. */
    public static MutationSpec custom() {
        return new MutationSpec(Kind.CUSTOM, 0, 0, 0);
    }

    /** True when the matrix can be rebuilt from these parameters for any allele list. */
    public boolean isParametric() {
        return kind != Kind.CUSTOM;
    }

    /**
     * A model named by a setting or command-line option ({@code none}, {@code equal},
     * {@code proportional} or {@code stepwise}, exactly) with one rate; stepwise gets no
     * microvariant rate and range 0.1. {@code setting} names the option in the error, e.g.
     * {@code "--mutation must be none, equal, proportional or stepwise: wobbly"}.
     */
    public static MutationSpec fromSetting(String setting, String name, double rate) {
        for (Kind k : SETTING_KINDS) {
            if (k.textName().equals(name)) {
                return switch (k) {
                    case EQUAL -> equal(rate);
                    case PROPORTIONAL -> proportional(rate);
                    case STEPWISE -> stepwise(rate, 0, 0.1);
                    default -> none();
                };
            }
        }
        List<String> names = SETTING_KINDS.stream().map(Kind::textName).toList();
        throw new IllegalArgumentException(setting + " must be " + String.join(", ", names.subList(0, names.size() - 1))
                + " or " + names.get(names.size() - 1) + ": " + name);
    }

    /**
     * The model a {@link #text()} names, e.g. {@code proportional(rate=0.001)}; surrounding blanks
     * are ignored. Refuses {@code custom} (its matrix is not in the text) and any other text with
     * an {@code IllegalArgumentException} that quotes it.
     */
    public static MutationSpec parse(String text) {
        String t = text.strip();
        int open = t.indexOf('(');
        String name = open < 0 ? t : t.substring(0, open);
        Kind kind = null;
        for (Kind k : Kind.values()) {
            if (k.textName().equals(name)) {
                kind = k;
            }
        }
        if (kind == null) {
            throw notAModel(text, "the name must be one of " + String.join(", ",
                    Arrays.stream(Kind.values()).map(Kind::textName).toList()));
        }
        if (kind == Kind.CUSTOM) {
            throw notAModel(text, "a custom model cannot be rebuilt from text, its matrix comes from a file");
        }
        double[] values = values(text, kind, open < 0 ? null : t.substring(open));
        try {
            return switch (kind) {
                case EQUAL -> equal(values[0]);
                case PROPORTIONAL -> proportional(values[0]);
                case STEPWISE -> stepwise(values[0], values[1], values[2]);
                case EXTENDED_STEPWISE -> extendedStepwise(values[0], values[1], values[2]);
                default -> none();
            };
        } catch (IllegalArgumentException e) {
            throw notAModel(text, e.getMessage());
        }
    }

    /** The numbers of {@code (rate=…, rate2=…, range=…)}, checked against the parameters {@code kind} writes. */
    private static double[] values(String text, Kind kind, String brackets) {
        List<String> expected = kind.parameters();
        String form = expected.isEmpty() ? kind.textName()
                : kind.textName() + "(" + String.join(", ", expected.stream().map(p -> p + "=NUMBER").toList()) + ")";
        if (expected.isEmpty() != (brackets == null)
                || brackets != null && !(brackets.startsWith("(") && brackets.endsWith(")"))) {
            throw notAModel(text, "expected " + form);
        }
        if (brackets == null) {
            return new double[0];
        }
        String[] parts = brackets.substring(1, brackets.length() - 1).split(", ", -1);
        if (parts.length != expected.size()) {
            throw notAModel(text, "expected " + form);
        }
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String prefix = expected.get(i) + "=";
            if (!parts[i].startsWith(prefix)) {
                throw notAModel(text, "expected " + form);
            }
            try {
                values[i] = Double.parseDouble(parts[i].substring(prefix.length()));
            } catch (NumberFormatException e) {
                throw notAModel(text, expected.get(i) + " is not a number");
            }
        }
        return values;
    }

    private static IllegalArgumentException notAModel(String text, String why) {
        return new IllegalArgumentException("not a mutation model: '" + text + "': " + why);
    }

    /**
     * The stable text form ({@code proportional(rate=0.001)}, see the class comment): stored with
     * search jobs, so it must not change; {@link #parse(String)} reads it back to an equal spec for
     * every model except {@code custom}.
     */
    public String text() {
        List<String> names = kind.parameters();
        if (names.isEmpty()) {
            return kind.textName();
        }
        double[] values = {rate, rate2, range};
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            parts.add(names.get(i) + "=" + values[i]);
        }
        return kind.textName() + "(" + String.join(", ", parts) + ")";
    }

    /** The {@link #text()}. */
    @Override
    public String toString() {
        return text();
    }
}
