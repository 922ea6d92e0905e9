package org.homecoming.server.archive;

import java.util.List;

/**
 * Everything shown about one document: its catalogue entry, pages, links and leads.
 *
 * <pre>{@code
 * DocumentView v = archive.view(7);
 * v.pages().size();
 * }</pre>
 */
public record DocumentView(ArchiveDocument document, List<DocumentPage> pages, List<Link> links, List<Lead> leads) {
}
