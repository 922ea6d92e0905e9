package org.homecoming.server.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.homecoming.server.search.SealableIndex;
import org.homecoming.server.security.Side;

/**
 * Full-text index of document pages: transcription, translation and the document's catalogue data,
 * searched without regard to case or Vietnamese diacritics, answered with marked passages.
 *
 * <pre>{@code
 * index.upsert(document, page);
 * index.search("nguyen van thanh", Side.US, allowed, sharedIds, 0, 20).items().get(0).passages();
 * }</pre>
 *
 * <p>Text is cut at Unicode word boundaries and folded by ICU (UTR #30), as in the person index, so
 * "Thành", "THANH" and "thanh" are the same word. The query language is Lucene's simple one:
 * every word must occur, {@code "quoted words"} form a phrase, {@code -word} excludes, {@code word*}
 * is a prefix. Visibility is a filter: pages of the user's side within the allowed classifications,
 * or of documents shared with the side.
 */
public final class PageIndex implements SealableIndex, AutoCloseable {

    static final String KEY = "key";
    static final String DOC = "doc";
    static final String DOC_POINT = "doc_point";
    static final String PAGE = "page";
    static final String REF = "ref";
    static final String TITLE = "title";
    static final String SIDE = "side";
    static final String CLASS = "class";
    static final String TRANSCRIPTION = "transcription";
    static final String TRANSLATION = "translation";
    static final String META = "meta";
    private static final String[] TEXT_FIELDS = {TRANSCRIPTION, TRANSLATION, META};
    private static final FieldType TEXT = textType();

    static final Analyzer FOLDED = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ICUFoldingFilter(source));
        }

        @Override
        protected org.apache.lucene.analysis.TokenStream normalize(String fieldName,
                org.apache.lucene.analysis.TokenStream in) {
            return new ICUFoldingFilter(in);
        }
    };

    private static final String SEAL_KEY = "homecoming.seal";
    private final Directory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Optional<String> openingSeal;
    private final AtomicBoolean closed = new AtomicBoolean();

    public PageIndex(Directory dir) {
        try {
            this.dir = dir;
            this.openingSeal = DirectoryReader.indexExists(dir)
                    ? Optional.ofNullable(SegmentInfos.readLatestCommit(dir).getUserData().get(SEAL_KEY))
                    : Optional.empty();
            IndexWriterConfig c = new IndexWriterConfig(FOLDED).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            this.writer = new IndexWriter(dir, c);
            writer.setLiveCommitData(Map.<String, String>of().entrySet());
            writer.commit();
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the archive index", e);
        }
    }

    public static PageIndex inMemory() {
        return new PageIndex(new ByteBuffersDirectory());
    }

    /** Adds or replaces one page; visible to the next search. */
    public void upsert(ArchiveDocument d, DocumentPage p) {
        upsertAll(d, List.of(p));
    }

    public void upsertAll(ArchiveDocument d, Collection<DocumentPage> pages) {
        try {
            for (DocumentPage p : pages) {
                writer.updateDocument(new Term(KEY, key(d.id(), p.pageNo())), document(d, p));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the archive index", e);
        }
    }

    /** Removes every page and starts again from {@code pages} (each with its document). */
    public void rebuild(Iterable<Map.Entry<ArchiveDocument, DocumentPage>> pages) {
        try {
            writer.deleteAll();
            for (var e : pages) {
                writer.addDocument(document(e.getKey(), e.getValue()));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the archive index", e);
        }
    }

    public long size() {
        return writer.getDocStats().numDocs;
    }

    /**
     * Pages matching {@code text} that a user of {@code side} may see.
     *
     * @param allowed classifications of own-side documents the user may see
     * @param shared ids of other-side documents shared with {@code side}
     */
    public PageSearchResult search(String text, Side side, Set<Classification> allowed, Collection<Long> shared,
            int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 200) {
            throw new IllegalArgumentException("offset must be >= 0 and limit in [1, 200]: " + offset + ", " + limit);
        }
        Query words = parse(text);
        Query q = new BooleanQuery.Builder().add(words, Occur.MUST).add(visible(side, allowed, shared), Occur.FILTER)
                .build();
        try {
            IndexSearcher s = searchers.acquire();
            try {
                TopDocs top = s.search(q, offset + limit);
                return new PageSearchResult(hits(s, words, top, offset), top.totalHits.value);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the archive index", e);
        }
    }

    static Query parse(String text) {
        if (text == null || text.isBlank()) {
            return new MatchNoDocsQuery();
        }
        SimpleQueryParser p = new SimpleQueryParser(FOLDED, Map.of(TRANSCRIPTION, 1f, TRANSLATION, 1f, META, 0.5f));
        p.setDefaultOperator(Occur.MUST);
        Query q = p.parse(text.length() > 500 ? text.substring(0, 500) : text);
        return q == null ? new MatchNoDocsQuery() : q;
    }

    private static Query visible(Side side, Set<Classification> allowed, Collection<Long> shared) {
        BooleanQuery.Builder own = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SIDE, side.name())), Occur.FILTER)
                .add(new TermInSetQuery(CLASS, allowed.stream().map(c -> new BytesRef(c.name())).toList()), Occur.FILTER);
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(own.build(), Occur.SHOULD);
        if (!shared.isEmpty()) {
            any.add(LongPoint.newSetQuery(DOC_POINT, shared), Occur.SHOULD);
        }
        return any.setMinimumNumberShouldMatch(1).build();
    }

    private List<PageHit> hits(IndexSearcher s, Query words, TopDocs top, int offset) throws IOException {
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length), top.scoreDocs.length);
        TopDocs slice = new TopDocs(top.totalHits, page);
        UnifiedHighlighter h = UnifiedHighlighter.builder(s, FOLDED)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxNoHighlightPassages(0).build();
        Map<String, String[]> marked = h.highlightFields(TEXT_FIELDS, words, slice, new int[] {2, 2, 1});
        List<PageHit> out = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document d = s.storedFields().document(page[i].doc);
            List<String> passages = new ArrayList<>();
            for (String f : TEXT_FIELDS) {
                String m = marked.get(f)[i];
                if (m != null && !m.isBlank()) {
                    passages.add(m);
                }
            }
            out.add(new PageHit(d.getField(DOC).numericValue().longValue(), d.get(REF), d.get(TITLE),
                    d.getField(PAGE).numericValue().intValue(), page[i].score, passages));
        }
        return out;
    }

    private static Document document(ArchiveDocument d, DocumentPage p) {
        Document doc = new Document();
        doc.add(new StringField(KEY, key(d.id(), p.pageNo()), Field.Store.NO));
        doc.add(new StoredField(DOC, d.id()));
        doc.add(new LongPoint(DOC_POINT, d.id()));
        doc.add(new StoredField(PAGE, p.pageNo()));
        doc.add(new StoredField(REF, d.ref()));
        doc.add(new StoredField(TITLE, d.title()));
        doc.add(new StringField(SIDE, d.side().name(), Field.Store.NO));
        doc.add(new StringField(CLASS, d.classification().name(), Field.Store.NO));
        text(doc, TRANSCRIPTION, p.transcription());
        text(doc, TRANSLATION, p.translation());
        text(doc, META, String.join(" · ", nonNull(d.title(), d.type().name(), d.holdingArchive(),
                d.archiveReference(), d.description())));
        return doc;
    }

    private static void text(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new Field(field, value, TEXT));
        }
    }

    private static List<String> nonNull(String... values) {
        return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String key(long doc, int page) {
        return doc + ":" + page;
    }

    private static FieldType textType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    @Override
    public String sealName() {
        return "archive-pages";
    }

    @Override
    public Optional<String> openingSeal() {
        return openingSeal;
    }

    @Override
    public synchronized void closeSealed(String seal) {
        if (closed.get()) {
            return;
        }
        try {
            writer.setLiveCommitData(Map.of(SEAL_KEY, seal).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot seal the archive index", e);
        }
        close();
    }

    @Override
    public synchronized void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            searchers.close();
            writer.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the archive index", e);
        }
    }
}
