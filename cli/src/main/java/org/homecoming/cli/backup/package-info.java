/**
 * Backup and restore of a server's data directory: {@link org.homecoming.cli.backup.BackupCommand}
 * and {@link org.homecoming.cli.backup.RestoreCommand}, over
 * {@link org.homecoming.cli.backup.DataDirectory} (what is kept, whether a server holds it) and
 * {@link org.homecoming.cli.backup.BackupArchive} (the zip with its SHA-256 manifest). The CLI links
 * nothing of the server: the backup works at the file level on a stopped server.
 *
 * <pre>{@code
 * ./homecoming backup --data data/demo --out homecoming-2026-12-04.zip
 * ./homecoming restore homecoming-2026-12-04.zip --data data/restored
 * }</pre>
 */
package org.homecoming.cli.backup;
