package org.homecoming.server.imports;

import java.util.Map;
import java.util.Set;

/**
 * File ids already in the registry, so an import can refer to them and cannot reuse them;
 * {@code personFamilies} maps each missing person already in a family (as its first missing person
 * or as a row of it) to that family, since a missing person belongs to at most one family.
 *
 * <pre>{@code
 * new KnownRefs(Set.of("MP-1"), Set.of(), Set.of(), Set.of(), Set.of(), Map.of("MP-1", "F-1"));
 * }</pre>
 */
record KnownRefs(Set<String> persons, Set<String> members, Set<String> sites, Set<String> remains,
        Set<String> samples, Map<String, String> personFamilies) {

    static KnownRefs none() {
        return new KnownRefs(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Map.of());
    }
}
