package org.homecoming.server.registry;

import java.util.List;

/**
 * Everything shown about one missing person: the record, aliases, the sources of its facts, the
 * status history, the family as the viewer may see it ({@link FamilyDisclosure}; no genetic data), remains identified as the person, records
 * merged into it, and a timeline.
 *
 * <pre>{@code
 * PersonDetails d = details.of(42);
 * d.family().size();
 * }</pre>
 */
public record PersonDetails(MissingPerson person, List<String> aliases, List<FactSource> sources,
        List<StatusChange> history, List<Relative> family, List<Remains> remains, List<MissingPerson> merged,
        List<TimelineEvent> timeline) {
}
