package org.homecoming.server.registry;

import java.lang.reflect.RecordComponent;
import java.util.Objects;
import java.util.Set;

/**
 * Lists the fields that differ between two versions of a record, for the audit log.
 *
 * <pre>{@code
 * Changes.between(old, now); // "status: MISSING -> IDENTIFIED; unit: null -> Trung đoàn 9"
 * }</pre>
 */
final class Changes {

    private static final Set<String> IGNORED = Set.of("id", "version", "ref");

    private Changes() {
    }

    static String between(Record before, Record after) {
        StringBuilder sb = new StringBuilder();
        for (RecordComponent c : before.getClass().getRecordComponents()) {
            if (IGNORED.contains(c.getName())) {
                continue;
            }
            try {
                Object a = c.getAccessor().invoke(before);
                Object b = c.getAccessor().invoke(after);
                if (!Objects.equals(a, b)) {
                    if (!sb.isEmpty()) {
                        sb.append("; ");
                    }
                    sb.append(c.getName()).append(": ").append(a).append(" -> ").append(b);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read record component " + c.getName(), e);
            }
        }
        return sb.isEmpty() ? "no change" : sb.toString();
    }
}
