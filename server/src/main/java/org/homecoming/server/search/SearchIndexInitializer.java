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
 * <p>"Out of step" means the index was not sealed together with the database at a clean shutdown
 * ({@link IndexSeals}: after a crash, a restore or a new index directory), or it holds a different
 * number of persons than the registry. Without a {@link PersonDocumentSource} bean nothing is done;
 * without {@link IndexSeals} (use outside Spring) only the counts are compared.
 */
@Component
public class SearchIndexInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

    private final PersonIndex index;
    private final ObjectProvider<PersonDocumentSource> source;
    private final IndexSeals seals;

    public SearchIndexInitializer(PersonIndex index, ObjectProvider<PersonDocumentSource> source,
            ObjectProvider<IndexSeals> seals) {
        this.index = index;
        this.source = source;
        this.seals = seals.getIfAvailable();
    }

    /** For use without Spring: always checks the counts against {@code source}. */
    public static SearchIndexInitializer of(PersonIndex index, PersonDocumentSource source) {
        return new SearchIndexInitializer(index, new FixedProvider<>(source), new FixedProvider<>(null));
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
        boolean sealed = sealed();
        if (sealed && expected == actual) {
            log.info("Search index holds {} persons, in step with the registry", actual);
            confirmInStep();
            return false;
        }
        log.info("Search index holds {} persons, registry {}: rebuilding", actual, expected);
        long start = System.nanoTime();
        try (Stream<PersonDocument> all = s.all()) {
            index.rebuild(all);
        }
        log.info("Search index rebuilt: {} persons in {} ms", index.size(), (System.nanoTime() - start) / 1_000_000);
        confirmInStep();
        return true;
    }

    private void confirmInStep() {
        if (seals != null && index instanceof SealableIndex sealable) {
            seals.confirmInStep(sealable);
        }
    }

    private boolean sealed() {
        return seals == null || !(index instanceof SealableIndex sealable) || seals.trusted(sealable);
    }

    /** An {@link ObjectProvider} always answering one object (or none, when null). */
    private record FixedProvider<T>(T value) implements ObjectProvider<T> {
        @Override
        public T getObject(Object... args) {
            return value;
        }

        @Override
        public T getIfAvailable() {
            return value;
        }

        @Override
        public T getIfUnique() {
            return value;
        }

        @Override
        public T getObject() {
            return value;
        }
    }
}
