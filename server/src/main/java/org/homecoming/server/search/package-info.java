/**
 * Full-text search of the missing-persons registry, on Lucene: one search box that finds a person
 * whatever the order, case, diacritics or small misspellings of the name.
 *
 * <p>Main types: {@link org.homecoming.server.search.PersonIndex} (implemented by
 * {@link org.homecoming.server.search.LucenePersonIndex}) with
 * {@link org.homecoming.server.search.PersonDocument}, {@link org.homecoming.server.search.PersonQuery}
 * and {@link org.homecoming.server.search.PersonSearchResult};
 * {@link org.homecoming.server.search.PersonDocumentSource}, implemented by the registry, from which
 * {@link org.homecoming.server.search.SearchIndexInitializer} rebuilds the index at startup unless
 * {@link org.homecoming.server.search.IndexSeals} proves it in step with the database (every
 * {@link org.homecoming.server.search.SealableIndex}, the archive's page index too, is sealed at a
 * clean shutdown);
 * {@link org.homecoming.server.search.DuplicateCandidates} for "possible duplicates";
 * {@link org.homecoming.server.search.VietnameseNames} to fold and split names. The analysis chain,
 * query construction and ranking rules are described in {@code docs/search.md}.
 *
 * <pre>{@code
 * PersonSearchResult r = index.search(PersonQuery.text("THANH, NGUYEN VAN").withSide("VN"));
 * }</pre>
 */
package org.homecoming.server.search;
