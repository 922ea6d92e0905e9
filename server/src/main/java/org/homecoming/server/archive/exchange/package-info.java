/**
 * Signed exchange packages between installations, without Spring:
 * {@link org.homecoming.server.archive.exchange.PackageWriter} builds a ZIP of
 * {@code manifest.json}, {@code signature}, {@code records/*.json} and {@code files/...};
 * {@link org.homecoming.server.archive.exchange.PackageVerifier} refuses unsigned, altered or
 * untrusted ones ({@link org.homecoming.server.archive.exchange.InvalidPackageException}) and opens
 * the rest as a {@link org.homecoming.server.archive.exchange.VerifiedPackage};
 * {@link org.homecoming.server.archive.exchange.InstallationKeys} holds this installation's Ed25519
 * key pair and {@link org.homecoming.server.archive.exchange.TrustedKeys} the keys of the others.
 */
package org.homecoming.server.archive.exchange;
