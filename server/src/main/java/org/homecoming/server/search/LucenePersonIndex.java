package org.homecoming.server.search;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Lucene implementation of {@link PersonIndex}: one index writer, near-real-time searchers, and
 * commits in the background.
 *
 * <pre>{@code
 * try (LucenePersonIndex index = LucenePersonIndex.inMemory()) {
 *     index.upsert(PersonDocument.of(1, "VN", "Nguyễn Văn Thành"));
 *     index.search(PersonQuery.text("nguyen van thanh")).total(); // 1
 * }
 * }</pre>
 *
 * <p>Every write is visible to the next search. Writes are committed every
 * {@link SearchSettings#commitInterval()}, after {@link #upsertAll} and {@link #rebuild}, and on
 * close. An index written with another field layout, or one that cannot be read, is replaced by an
 * empty one, which {@link SearchIndexInitializer} then fills from the registry. Hits with equal
 * scores come in id order.
 */
@Component
public class LucenePersonIndex implements PersonIndex, SealableIndex, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LucenePersonIndex.class);
    private static final Sort BEST_FIRST = new Sort(SortField.FIELD_SCORE, new SortField(PersonFields.ID, SortField.Type.LONG));

    private final String location;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService committer;
    private final ReentrantReadWriteLock rebuilding = new ReentrantReadWriteLock();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Optional<String> openingSeal;

    public LucenePersonIndex(SearchSettings settings) {
        this.location = settings.inMemory() ? "memory" : settings.indexDir().toString();
        try {
            this.directory = IndexStorage.open(settings);
            this.openingSeal = IndexStorage.seal(directory);
            this.writer = IndexStorage.writer(directory, location);
            writer.commit();
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open person index at " + location, e);
        }
        this.committer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "person-index-commit");
            t.setDaemon(true);
            return t;
        });
        long every = settings.commitInterval().toMillis();
        committer.scheduleWithFixedDelay(this::commitQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /** A fresh index held in memory. */
    public static LucenePersonIndex inMemory() {
        return new LucenePersonIndex(SearchSettings.memory());
    }

    @Override
    public void upsert(PersonDocument d) {
        write(() -> writer.updateDocument(PersonFields.idTerm(d.id()), PersonFields.toLucene(d)));
    }

    @Override
    public void upsertAll(Iterable<PersonDocument> docs) {
        write(() -> {
            for (PersonDocument d : docs) {
                writer.updateDocument(PersonFields.idTerm(d.id()), PersonFields.toLucene(d));
            }
            writer.commit();
        });
    }

    @Override
    public void delete(long id) {
        write(() -> writer.deleteDocuments(PersonFields.idTerm(id)));
    }

    @Override
    public void rebuild(Stream<PersonDocument> all) {
        rebuilding.writeLock().lock();
        try {
            writer.deleteAll();
            Iterator<PersonDocument> it = all.iterator();
            while (it.hasNext()) {
                PersonDocument d = it.next();
                writer.updateDocument(PersonFields.idTerm(d.id()), PersonFields.toLucene(d));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild person index at " + location, e);
        } finally {
            rebuilding.writeLock().unlock();
        }
    }

    @Override
    public PersonSearchResult search(PersonQuery q) {
        return withSearcher(s -> {
            PersonSearchResult strict = run(s, PersonQueryBuilder.build(q, false), q);
            if (strict.total() > 0 || !PersonQueryBuilder.canRelax(q)) {
                return strict;
            }
            return run(s, PersonQueryBuilder.build(q, true), q);
        });
    }

    @Override
    public long size() {
        return withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    /** The stored person with this id, if indexed. */
    public Optional<PersonDocument> find(long id) {
        return withSearcher(s -> {
            TopDocs top = s.search(new TermQuery(PersonFields.idTerm(id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(PersonFields.fromLucene(s.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    /** Makes every write so far durable now rather than at the next scheduled commit. */
    public void commit() {
        write(writer::commit);
    }

    @Override
    public String sealName() {
        return "persons";
    }

    @Override
    public Optional<String> openingSeal() {
        return openingSeal;
    }

    /** Waits for writes under way, commits with {@code seal} and releases the index. */
    @Override
    public void closeSealed(String seal) {
        close(seal);
    }

    /** Commits and releases the index; later calls fail. Calling it again does nothing. */
    @PreDestroy
    @Override
    public void close() {
        close(null);
    }

    private void close(String seal) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stopCommitter();
        rebuilding.writeLock().lock();
        try {
            if (seal != null) {
                IndexStorage.commitSealed(writer, seal);
            }
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close person index at " + location, e);
        } finally {
            rebuilding.writeLock().unlock();
        }
    }

    /** Runs {@code work} on a current searcher (package use: duplicate detection). */
    <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return work.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search person index at " + location, e);
        }
    }

    /** Work on a searcher that may fail with an I/O error. */
    @FunctionalInterface
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    @FunctionalInterface
    private interface IndexWrite {
        void run() throws IOException;
    }

    private void write(IndexWrite w) {
        rebuilding.readLock().lock();
        try {
            w.run();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write person index at " + location, e);
        } finally {
            rebuilding.readLock().unlock();
        }
    }

    private static PersonSearchResult run(IndexSearcher s, Query query, PersonQuery q) throws IOException {
        int wanted = (int) Math.min((long) q.offset() + q.limit(), Math.max(1, s.getIndexReader().maxDoc()));
        TopDocs top = s.search(query, new TopFieldCollectorManager(BEST_FIRST, wanted, null, Integer.MAX_VALUE));
        List<PersonHit> items = new ArrayList<>();
        for (int i = q.offset(); i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = s.storedFields().document(sd.doc, Set.of(PersonFields.ID, PersonFields.FULL_NAME));
            float score = (Float) ((FieldDoc) sd).fields[0];
            items.add(new PersonHit(d.getField(PersonFields.ID).numericValue().longValue(), score,
                    d.get(PersonFields.FULL_NAME)));
        }
        return new PersonSearchResult(items, top.totalHits.value);
    }

    /**
     * Lets a background commit under way finish: interrupting it would close the file channel it is
     * writing, which invalidates the index's write lock.
     */
    private void stopCommitter() {
        committer.shutdown();
        try {
            committer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void commitQuietly() {
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Scheduled commit of person index at {} failed; will retry", location, e);
        }
    }
}
