package org.homecoming.server.imports;

import java.util.Set;

/**
 * File ids already in the registry, so an import can refer to them and cannot reuse them.
 *
 * <pre>{@code
 * new KnownRefs(Set.of("MP-1"), Set.of(), Set.of(), Set.of(), Set.of());
 * }</pre>
 */
record KnownRefs(Set<String> persons, Set<String> members, Set<String> sites, Set<String> remains,
        Set<String> samples) {

    static KnownRefs none() {
        return new KnownRefs(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }
}
