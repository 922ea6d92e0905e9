/**
 * The archive of documents and artifacts shared between the two sides: the catalogue
 * ({@link org.homecoming.server.archive.ArchiveService}, {@link org.homecoming.server.archive.ArtifactService}),
 * who may see what ({@link org.homecoming.server.archive.ArchiveAccess}), full-text search of pages
 * ({@link org.homecoming.server.archive.PageIndex}), leads from passages to missing persons
 * ({@link org.homecoming.server.archive.LeadFinder}, {@link org.homecoming.server.archive.LeadService}),
 * requests between the sides ({@link org.homecoming.server.archive.RequestService}) and the web pages.
 *
 * <pre>{@code
 * ArchiveDocument d = archive.create(form);
 * archive.addPages(d.id(), uploads);
 * archive.search("nguyen van thanh 1948", 0, 20);
 * leads.confirm(leads.propose(d.id()).get(0).id());
 * }</pre>
 *
 * <p>The signed package format is in {@code archive.exchange}, export and import in
 * {@code archive.transfer}, PFIF 1.4 in {@code archive.pfif}; see {@code docs/archive.md}.
 */
package org.homecoming.server.archive;
