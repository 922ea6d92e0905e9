package org.homecoming.server.assistance;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One answer for each of the six Short Set domains, and what they identify: a person has a disability when at least
 * one domain is "a lot of difficulty" or "cannot do at all" (the Washington Group's recommended cut-off). The
 * identifier is computed here and nowhere typed.
 *
 * <pre>{@code
 * FunctioningAnswers a = FunctioningAnswers.parse(Map.of("seeing", 1, "hearing", 1, "walking", 3,
 *         "remembering", 1, "selfCare", 2, "communicating", 1));
 * a.disability();          // true
 * a.disabilityDomains();   // [WALKING]
 * }</pre>
 */
public record FunctioningAnswers(Map<FunctioningDomain, Difficulty> answers) {

    public FunctioningAnswers {
        for (FunctioningDomain d : FunctioningDomain.values()) {
            if (answers == null || answers.get(d) == null) {
                throw new IllegalArgumentException("answers." + d.jsonName() + ": missing (1 to 4 for every domain)");
            }
        }
        answers = Map.copyOf(new EnumMap<>(answers));
    }

    /** Reads the API's object of domain name to code; a missing, unknown or out-of-range answer names its domain. */
    public static FunctioningAnswers parse(Map<String, ?> raw) {
        if (raw == null) {
            throw new IllegalArgumentException("answers: missing (an object of the six domains, 1 to 4 each)");
        }
        for (String key : raw.keySet()) {
            if (FunctioningDomain.byJsonName(key).isEmpty()) {
                throw new IllegalArgumentException("answers." + key + ": no such domain (seeing, hearing, walking,"
                        + " remembering, selfCare, communicating)");
            }
        }
        Map<FunctioningDomain, Difficulty> out = new EnumMap<>(FunctioningDomain.class);
        for (FunctioningDomain d : FunctioningDomain.values()) {
            Object v = raw.get(d.jsonName());
            if (v == null) {
                throw new IllegalArgumentException("answers." + d.jsonName() + ": missing (1 to 4)");
            }
            out.put(d, Difficulty.of(code(d, v)));
        }
        return new FunctioningAnswers(out);
    }

    private static int code(FunctioningDomain d, Object v) {
        String text = v.toString().strip();
        if (!text.matches("[0-9]{1,3}")) {
            throw new IllegalArgumentException("answers." + d.jsonName() + ": must be a whole number 1 to 4: " + text);
        }
        int code = Integer.parseInt(text);
        if (code < 1 || code > 4) {
            throw new IllegalArgumentException("answers." + d.jsonName() + ": must be 1 to 4: " + code);
        }
        return code;
    }

    public Difficulty get(FunctioningDomain d) {
        return answers.get(d);
    }

    /** The Short Set disability identifier: at least one domain with a lot of difficulty or worse. */
    public boolean disability() {
        return !disabilityDomains().isEmpty();
    }

    /** The domains answered "a lot of difficulty" or "cannot do at all", in the questionnaire's order. */
    public List<FunctioningDomain> disabilityDomains() {
        return java.util.Arrays.stream(FunctioningDomain.values()).filter(d -> answers.get(d).countsAsDisability()).toList();
    }

    /** The answers as the API writes them: domain name to code. */
    @JsonValue
    public Map<String, Integer> codes() {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (FunctioningDomain d : FunctioningDomain.values()) {
            out.put(d.jsonName(), answers.get(d).code());
        }
        return out;
    }
}
