package org.homecoming.dioxin;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One dioxin-like congener: its usual name, CAS registry number, family and the other names laboratories use.
 *
 * <p>{@code new Congener("2,3,7,8-TCDD", "1746-01-6", CongenerGroup.PCDD, List.of("TCDD"))}
 *
 * <p>The catalogue of the 29 congeners is {@link Congeners#standard()}; records are compared by value.
 */
public record Congener(String name, String cas, CongenerGroup group, List<String> synonyms) {

    private static final Pattern CAS = Pattern.compile("\\d{2,7}-\\d{2}-\\d");

    public Congener {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("congener name must not be blank: " + name);
        }
        if (cas == null || !CAS.matcher(cas).matches()) {
            throw new IllegalArgumentException("CAS number must look like 1746-01-6: " + cas);
        }
        if (group == null) {
            throw new IllegalArgumentException("congener group must be given for " + name);
        }
        synonyms = List.copyOf(synonyms);
    }

    /** True for 2,3,7,8-TCDD, the reference compound whose TEF is 1 in every scheme. */
    public boolean isTcdd() {
        return "1746-01-6".equals(cas);
    }

    @Override
    public String toString() {
        return name;
    }
}
