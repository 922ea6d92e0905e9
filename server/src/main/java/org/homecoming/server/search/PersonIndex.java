package org.homecoming.server.search;

import java.util.stream.Stream;

/**
 * The full-text index of missing persons, kept in step with the registry.
 *
 * <pre>{@code
 * index.upsert(PersonDocument.of(7, "VN", "Nguyễn Văn Thành").withBirthYear(1948));
 * PersonSearchResult r = index.search(PersonQuery.text("THANH, NGUYEN VAN"));
 * }</pre>
 *
 * <p>Writes are visible to the next search. Deleting an unknown id does nothing.
 */
public interface PersonIndex {

    /** Adds the person, or replaces the stored person with the same id. */
    void upsert(PersonDocument d);

    /** Adds or replaces each person, visible to searches once all are written. */
    void upsertAll(Iterable<PersonDocument> docs);

    /** Removes the person with this id, if indexed. */
    void delete(long id);

    /** Persons matching the query, best first, one page, with the exact total. */
    PersonSearchResult search(PersonQuery q);

    /** Number of persons indexed. */
    long size();

    /** Replaces the whole index by these persons. */
    void rebuild(Stream<PersonDocument> all);
}
