package org.homecoming.server.archive;

/**
 * A confirmed link from a document passage to a person, as shown on the person's page: the
 * document it comes from and the link with its provenance.
 *
 * <pre>{@code
 * PersonSource s = leads.sourcesOf(42).get(0);
 * s.document().title(); s.link().passage(); s.link().linkedBy();
 * }</pre>
 */
public record PersonSource(ArchiveDocument document, Link link) {
}
