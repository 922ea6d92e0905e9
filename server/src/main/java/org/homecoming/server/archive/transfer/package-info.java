/**
 * Moving records between installations: {@link org.homecoming.server.archive.transfer.PackageExporter}
 * writes what this side has shared as a signed package,
 * {@link org.homecoming.server.archive.transfer.PackageImporter} verifies, previews
 * ({@link org.homecoming.server.archive.transfer.TransferPreview}) and imports one with the officer's
 * decisions, {@link org.homecoming.server.archive.transfer.InstallationTrust} keeps the keys trusted,
 * {@link org.homecoming.server.archive.transfer.ExchangeLog} records what was sent and received, and
 * {@link org.homecoming.server.archive.transfer.PfifExchange} reads and writes PFIF 1.4.
 *
 * <pre>{@code
 * byte[] zip = exporter.export("Agreement VN-US 2024-05");
 * TransferPreview p = importer.receive(zip); // on the other installation
 * importer.importReceived(p.sha256(), Map.of("PERSON:MP-1", "SKIP"));
 * }</pre>
 */
package org.homecoming.server.archive.transfer;
