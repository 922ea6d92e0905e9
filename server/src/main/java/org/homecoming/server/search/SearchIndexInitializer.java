package org.homecoming.server.search;

import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the person index from the registry at startup when it is missing, empty or out of step.
 *
 * <pre>{@code
 * SearchIndexInitializer.of(index, source).synchronize(); // true if it rebuilt
 * }</pre>
 *
 * <p>"Out of step" means the index holds a different number of persons than the registry: after a
 * crash between a database commit and an index commit, or after the index directory was deleted.
 * Without a {@link PersonDocumentSource} bean nothing is done.
 */
@Component
public class SearchIndexInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

    private final PersonIndex index;
    private final ObjectProvider<PersonDocumentSource> source;

    public SearchIndexInitializer(PersonIndex index, ObjectProvider<PersonDocumentSource> source) {
        this.index = index;
        this.source = source;
    }

    /** For use without Spring: always checks against {@code source}. */
    public static SearchIndexInitializer of(PersonIndex index, PersonDocumentSource source) {
        return new SearchIndexInitializer(index, new FixedProvider(source));
    }

    @Override
    public void run(ApplicationArguments args) {
        synchronize();
    }

    /** Rebuilds the index if its size differs from the registry's; returns whether it did. */
    public boolean synchronize() {
        PersonDocumentSource s = source.getIfAvailable();
        if (s == null) {
            log.info("No person document source: the search index is not checked against the registry");
            return false;
        }
        long expected = s.count();
        long actual = index.size();
        if (expected == actual) {
            log.info("Search index holds {} persons, in step with the registry", actual);
            return false;
        }
        log.info("Search index holds {} persons, registry {}: rebuilding", actual, expected);
        long start = System.nanoTime();
        try (Stream<PersonDocument> all = s.all()) {
            index.rebuild(all);
        }
        log.info("Search index rebuilt: {} persons in {} ms", index.size(), (System.nanoTime() - start) / 1_000_000);
        return true;
    }

    /** An {@link ObjectProvider} always answering one object. */
    private record FixedProvider(PersonDocumentSource value) implements ObjectProvider<PersonDocumentSource> {
        @Override
        public PersonDocumentSource getObject(Object... args) {
            return value;
        }

        @Override
        public PersonDocumentSource getIfAvailable() {
            return value;
        }

        @Override
        public PersonDocumentSource getIfUnique() {
            return value;
        }

        @Override
        public PersonDocumentSource getObject() {
            return value;
        }
    }
}
