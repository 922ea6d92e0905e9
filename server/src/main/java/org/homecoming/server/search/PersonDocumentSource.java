package org.homecoming.server.search;

import java.util.stream.Stream;

/**
 * Where the index is rebuilt from: every missing person of the registry, implemented by the registry.
 *
 * <pre>{@code
 * index.rebuild(source.all());
 * }</pre>
 *
 * <p>The caller closes the stream returned by {@link #all()}.
 */
public interface PersonDocumentSource {

    /** Every missing person, as index documents. */
    Stream<PersonDocument> all();

    /** Number of missing persons {@link #all()} would return. */
    long count();
}
