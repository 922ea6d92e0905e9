package org.homecoming.server.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.homecoming.server.security.CurrentUsers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a person's page: record, aliases, sources, history, family, remains and timeline.
 *
 * <pre>{@code
 * PersonDetails d = details.of(42); // audited as a VIEW of person 42
 * }</pre>
 */
@Service
public class PersonDetailsService {

    private final PersonService persons;
    private final PersonRepository repository;
    private final FamilyRepository families;
    private final RemainsRepository remains;
    private final FamilyDisclosure disclosure;
    private final CurrentUsers currentUsers;

    PersonDetailsService(PersonService persons, PersonRepository repository, FamilyRepository families,
            RemainsRepository remains, FamilyDisclosure disclosure, CurrentUsers currentUsers) {
        this.persons = persons;
        this.repository = repository;
        this.families = families;
        this.remains = remains;
        this.disclosure = disclosure;
        this.currentUsers = currentUsers;
    }

    @Transactional
    public PersonDetails of(long id) {
        MissingPerson p = persons.view(id);
        List<StatusChange> history = repository.statusChanges(id);
        List<Remains> found = remains.identifiedAs(id);
        return new PersonDetails(p, repository.aliases(id), repository.factSources(id), history,
                disclosure.family(Viewer.of(currentUsers.get()), p, families.ofPerson(id), "person page"), found,
                repository.mergedInto(id), timeline(p, history, found));
    }

    /** The aliases of a person (for the edit form). */
    public List<String> aliases(long id) {
        return repository.aliases(id);
    }

    static List<TimelineEvent> timeline(MissingPerson p, List<StatusChange> history, List<Remains> found) {
        List<TimelineEvent> t = new ArrayList<>();
        if (p.birthDate() != null) {
            t.add(new TimelineEvent(p.birthDate(), "BIRTH", p.homePlace()));
        }
        if (p.lossDate() != null) {
            t.add(new TimelineEvent(p.lossDate(), "LOSS", p.lossPlace() == null ? "" : p.lossPlace()));
        }
        for (Remains r : found) {
            if (r.recoveryDate() != null) {
                t.add(new TimelineEvent(r.recoveryDate(), "RECOVERY", r.ref() + (r.team() == null ? "" : ", " + r.team())));
            }
        }
        for (StatusChange s : history) {
            t.add(new TimelineEvent(s.at().toLocalDate().toString(), "STATUS", s.status().name()));
        }
        t.sort(Comparator.comparing(TimelineEvent::date));
        return t;
    }
}
