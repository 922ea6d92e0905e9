package org.homecoming.server.assistance;

import java.util.Arrays;
import java.util.Optional;

/**
 * The six domains of the Washington Group Short Set on Functioning, with the question's wording as published, and
 * the JSON name the API uses.
 *
 * <pre>{@code
 * FunctioningDomain.byJsonName("selfCare"); // Optional[SELF_CARE]
 * }</pre>
 */
public enum FunctioningDomain {
    SEEING("seeing", "Do you have difficulty seeing, even if wearing glasses?"),
    HEARING("hearing", "Do you have difficulty hearing, even if using a hearing aid?"),
    WALKING("walking", "Do you have difficulty walking or climbing steps?"),
    REMEMBERING("remembering", "Do you have difficulty remembering or concentrating?"),
    SELF_CARE("selfCare", "Do you have difficulty (with self-care such as) washing all over or dressing?"),
    COMMUNICATING("communicating", "Using your usual (customary) language, do you have difficulty communicating, for"
            + " example understanding or being understood?");

    private final String jsonName;
    private final String question;

    FunctioningDomain(String jsonName, String question) {
        this.jsonName = jsonName;
        this.question = question;
    }

    public String jsonName() {
        return jsonName;
    }

    /** The Short Set's question in English, as the Washington Group publishes it. */
    public String question() {
        return question;
    }

    public static Optional<FunctioningDomain> byJsonName(String name) {
        return Arrays.stream(values()).filter(d -> d.jsonName.equals(name)).findFirst();
    }
}
