package org.homecoming.server.registry;

import java.util.EnumSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's programme-wide counts that other pillars report on (the cooperation pillar's indicators): remains
 * recovered (as {@code GET /api/v1/remains} totals them), and persons of either side whose status stands on an
 * identification or on a repatriation record.
 *
 * <pre>{@code
 * figures.remainsRecovered();
 * }</pre>
 */
@Service
public class RegistryFigures {

    private final RemainsRepository remains;
    private final PersonRepository persons;

    RegistryFigures(RemainsRepository remains, PersonRepository persons) {
        this.remains = remains;
        this.persons = persons;
    }

    @Transactional(readOnly = true)
    public long remainsRecovered() {
        return remains.count();
    }

    /** Persons identified: the DNA identification confirmed, and whatever followed it (notified, reburied, repatriated). */
    @Transactional(readOnly = true)
    public long identified() {
        return persons.countWithStatus(EnumSet.range(PersonStatus.IDENTIFIED, PersonStatus.REPATRIATED));
    }

    @Transactional(readOnly = true)
    public long repatriated() {
        return persons.countWithStatus(EnumSet.of(PersonStatus.REPATRIATED));
    }
}
