package org.homecoming.server.archive.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homecoming.server.archive.ArchiveAccess;
import org.homecoming.server.archive.Artifact;
import org.homecoming.server.archive.ArtifactRepository;
import org.homecoming.server.archive.Classification;
import org.homecoming.server.archive.FileStore;
import org.homecoming.server.archive.ReturnStatus;
import org.homecoming.server.archive.exchange.InvalidPackageException;
import org.homecoming.server.archive.exchange.PackageWriter;
import org.homecoming.server.archive.exchange.VerifiedPackage;
import org.homecoming.server.archive.transfer.ExchangeRecords.ArtifactRecord;
import org.homecoming.server.archive.transfer.ExchangeRecords.PhotoRecord;
import org.homecoming.server.security.Side;
import org.homecoming.server.web.StaleVersionException;
import org.springframework.stereotype.Component;

/**
 * Artifacts in exchange packages: the ones this side has shared go out with their photos
 * ({@code files/<sha256>}); received ones are written as decided (IMPORT or REPLACE), with their
 * photos, and made visible to this side under the package's consent basis.
 *
 * <pre>{@code
 * w.records("artifacts", artifactTransfer.records(w, Side.US));
 * artifactTransfer.apply(verified, decisions, items, context);
 * }</pre>
 */
@Component
class ArtifactTransfer {

    static final String ARTIFACT = "ARTIFACT";

    private final ArtifactRepository artifacts;
    private final FileStore files;
    private final ArchiveAccess access;
    private final ExchangeLog log;

    ArtifactTransfer(ArtifactRepository artifacts, FileStore files, ArchiveAccess access, ExchangeLog log) {
        this.artifacts = artifacts;
        this.files = files;
        this.access = access;
        this.log = log;
    }

    List<ArtifactRecord> records(PackageWriter w, Side to) {
        List<ArtifactRecord> out = new ArrayList<>();
        for (Artifact a : artifacts.sharedWith(to)) {
            List<PhotoRecord> photos = new ArrayList<>();
            for (ArtifactRepository.Photo p : artifacts.photos(a.id())) {
                String file = "files/" + p.sha256();
                if (!w.has(file)) {
                    w.file(file, files.get(p.sha256()).orElseThrow(() -> new IllegalStateException(
                            "photo " + p.sha256() + " of " + a.ref() + " is missing from the file store")));
                }
                photos.add(new PhotoRecord(file, p.mediaType(), p.caption()));
            }
            out.add(new ArtifactRecord(a.ref(), a.side().name(), a.description(), a.foundPlace(), a.foundDate(),
                    a.custodian(), a.returnStatus().name(), a.classification().name(), photos));
        }
        return out;
    }

    void apply(VerifiedPackage p, Map<String, String> decisions, Map<String, ImportItem> items, PersonImport.Context c) {
        for (ArtifactRecord r : p.records("artifacts", ArtifactRecord.class)) {
            String decision = decisions.get(ARTIFACT + ":" + r.ref());
            long id;
            if ("IMPORT".equals(decision)) {
                id = artifacts.insert(artifact(r, 0, 0));
                access.share(ARTIFACT, id, c.ourSide(), "received from " + c.installationId() + " (" + c.consentBasis()
                        + ")", c.user());
            } else if ("REPLACE".equals(decision)) {
                id = items.get(ARTIFACT + ":" + r.ref()).localId();
                Artifact old = artifacts.find(id).orElseThrow();
                if (!artifacts.update(artifact(r, id, old.version()), old.version())) {
                    throw new StaleVersionException("artifact", id, old.version());
                }
            } else {
                continue;
            }
            photos(p, r, id);
            log.recordOrigin(ARTIFACT, id, c.installationId(), r.ref(), ImportPlanner.hash(r));
        }
    }

    private void photos(VerifiedPackage p, ArtifactRecord r, long id) {
        List<String> have = artifacts.photos(id).stream().map(ArtifactRepository.Photo::sha256).toList();
        for (PhotoRecord ph : r.photos() == null ? List.<PhotoRecord>of() : r.photos()) {
            byte[] b = p.file(ph.file()).orElseThrow(() -> new InvalidPackageException("a photo of artifact " + r.ref()
                    + " names " + ph.file() + ", which the package does not hold"));
            String sha = files.put(b);
            if (!have.contains(sha)) {
                artifacts.addPhoto(id, ph.mediaType(), sha, ph.caption());
            }
        }
    }

    private static Artifact artifact(ArtifactRecord r, long id, int version) {
        return new Artifact(id, r.ref(), Side.parse(r.side()), r.description(), r.foundPlace(), r.foundDate(),
                r.custodian(), ReturnStatus.parse(r.returnStatus()), Classification.parse(r.classification()), version);
    }
}
