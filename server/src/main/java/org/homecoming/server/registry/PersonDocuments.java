package org.homecoming.server.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.homecoming.server.search.PersonDocument;
import org.homecoming.server.search.PersonDocumentSource;
import org.homecoming.server.search.PersonIndex;
import org.springframework.stereotype.Component;

/**
 * The registry seen by the search index: each active (not merged) missing person as a
 * {@link PersonDocument}, with its aliases and the names of the records merged into it.
 *
 * <pre>{@code
 * index.rebuild(documents.all());
 * documents.refresh(42); // after a change: upsert, or delete when merged away or gone
 * }</pre>
 */
@Component
public class PersonDocuments implements PersonDocumentSource {

    private final PersonRepository persons;
    private final PersonIndex index;

    PersonDocuments(PersonRepository persons, PersonIndex index) {
        this.persons = persons;
        this.index = index;
    }

    /** Streams every active person; the stream holds a database connection until closed. */
    @Override
    public Stream<PersonDocument> all() {
        Map<Long, List<String>> aliases = persons.allAliases();
        for (MissingPerson m : persons.merged()) {
            List<String> names = aliases.computeIfAbsent(m.mergedInto(), k -> new ArrayList<>());
            names.add(m.fullName());
            names.addAll(aliases.getOrDefault(m.id(), List.of()));
        }
        return persons.streamActive().map(p -> document(p, aliases.getOrDefault(p.id(), List.of())));
    }

    @Override
    public long count() {
        return persons.countActive();
    }

    /** Brings the index in step with the stored person {@code id} once the transaction commits. */
    public void refresh(long id) {
        AfterCommit.run(() -> {
            var p = persons.find(id);
            if (p.isEmpty() || p.get().mergedInto() != null) {
                index.delete(id);
            } else {
                index.upsert(document(p.get()));
            }
        });
    }

    /** The document of one person with its aliases and the full names merged into it. */
    PersonDocument document(MissingPerson p) {
        List<String> names = new ArrayList<>(persons.aliases(p.id()));
        for (MissingPerson m : persons.mergedInto(p.id())) {
            names.add(m.fullName());
            names.addAll(persons.aliases(m.id()));
        }
        return document(p, names);
    }

    static PersonDocument document(MissingPerson p, List<String> aliases) {
        String home = p.homeProvinceCurrent() == null ? p.homePlace() : p.homePlace() + ", " + p.homeProvinceCurrent();
        return new PersonDocument(p.id(), p.side().name(), p.fullName(), p.familyName(), p.middleName(),
                p.givenName(), aliases, p.status().name(), p.homeProvince(), p.unit(), p.birthYear(), p.lossYear(),
                home, p.lossPlace());
    }
}
