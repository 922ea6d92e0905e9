package org.homecoming.server.archive;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.security.Side;
import org.homecoming.server.web.Nfc;
import org.homecoming.server.web.NotFoundException;
import org.homecoming.server.web.StaleVersionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Catalogues artifacts (belongings found with remains or returned by veterans), their photos, the
 * progress of their return, and shares them with the other side, under the same access rules as
 * documents.
 *
 * <pre>{@code
 * Artifact a = artifacts.create(form);
 * artifacts.addPhoto(a.id(), jpegBytes, "mặt trước");
 * artifacts.updateReturn(a.id(), "Bảo tàng Quảng Trị", ReturnStatus.DEPOSITED, a.version());
 * }</pre>
 */
@Service
public class ArtifactService {

    static final String ARTIFACT = "ARTIFACT";

    private final ArtifactRepository artifacts;
    private final LinkRepository links;
    private final FileStore files;
    private final ArchiveAccess access;
    private final AuditLog audit;
    private final CurrentUsers currentUsers;

    ArtifactService(ArtifactRepository artifacts, LinkRepository links, FileStore files, ArchiveAccess access,
            AuditLog audit, CurrentUsers currentUsers) {
        this.artifacts = artifacts;
        this.links = links;
        this.files = files;
        this.access = access;
        this.audit = audit;
        this.currentUsers = currentUsers;
    }

    /** An artifact with its photos and links. */
    public record ArtifactView(Artifact artifact, List<ArtifactRepository.Photo> photos, List<Link> links) {
    }

    @Transactional
    public Artifact create(ArtifactForm f) {
        CurrentUser u = currentUsers.get();
        access.requireCataloguer(u);
        String ref = Nfc.clean(f.ref()) == null ? "ART-" + UUID.randomUUID().toString().substring(0, 13) : Nfc.clean(f.ref());
        if (artifacts.findByRef(ref).isPresent()) {
            throw new IllegalArgumentException("ref is already used by another artifact: " + ref);
        }
        Artifact a = new Artifact(0, ref, u.side(), Nfc.clean(f.description()), Nfc.clean(f.foundPlace()),
                Nfc.clean(f.foundDate()), Nfc.clean(f.custodian()), ReturnStatus.parse(f.returnStatus()),
                Classification.parse(f.classification()), 0);
        long id = artifacts.insert(a);
        audit.record(AuditAction.CREATE, ARTIFACT, id, a.description());
        return artifacts.find(id).orElseThrow();
    }

    public Artifact visible(long id) {
        Artifact a = artifacts.find(id).orElseThrow(() -> new NotFoundException("artifact", id));
        if (!access.canSee(currentUsers.get(), ARTIFACT, id, a.side(), a.classification())) {
            throw new NotFoundException("artifact", id);
        }
        return a;
    }

    @Transactional
    public ArtifactView view(long id) {
        Artifact a = visible(id);
        audit.record(AuditAction.VIEW, ARTIFACT, id, null);
        return new ArtifactView(a, artifacts.photos(id), links.of(ARTIFACT, id));
    }

    public List<Artifact> list(int offset, int limit) {
        CurrentUser u = currentUsers.get();
        return artifacts.visible(u.side(), access.allowed(u), offset, limit);
    }

    @Transactional
    public void addPhoto(long id, byte[] photo, String caption) {
        CurrentUser u = currentUsers.get();
        access.requireCataloguer(u);
        ownSide(visible(id), u, "photos can be added");
        String type = ScanType.of(photo);
        artifacts.addPhoto(id, type, files.put(photo), Nfc.clean(caption));
        audit.record(AuditAction.UPDATE, ARTIFACT, id, "photo added");
    }

    /** A photo's bytes and media type, if the user may see the artifact and the photo is its own. */
    public Optional<ArchiveService.Scan> photo(long id, String sha256) {
        visible(id);
        return artifacts.photos(id).stream().filter(p -> p.sha256().equals(sha256)).findFirst()
                .flatMap(p -> files.get(p.sha256()).map(b -> new ArchiveService.Scan(p.mediaType(), b)));
    }

    @Transactional
    public Artifact updateReturn(long id, String custodian, ReturnStatus status, int seenVersion) {
        CurrentUser u = currentUsers.get();
        access.requireCataloguer(u);
        Artifact a = ownSide(visible(id), u, "its return can be updated");
        if (!artifacts.updateReturn(id, Nfc.clean(custodian), status, seenVersion)) {
            throw new StaleVersionException("artifact", id, seenVersion);
        }
        audit.record(AuditAction.UPDATE, ARTIFACT, id, a.returnStatus() + " -> " + status + ", custodian "
                + Nfc.clean(custodian));
        return artifacts.find(id).orElseThrow();
    }

    /** Records that the artifact mentions or belonged to a person, unit, place or site. */
    @Transactional
    public Link link(long id, String targetType, Long targetId, String targetText, String note) {
        CurrentUser u = currentUsers.get();
        access.requireCataloguer(u);
        visible(id);
        Link l = links.insert(ARTIFACT, id, null, Nfc.clean(note), targetType, targetId, Nfc.clean(targetText),
                u.username());
        audit.record(AuditAction.UPDATE, ARTIFACT, id, "linked to " + targetType + " " + (targetId != null ? targetId
                : targetText));
        return l;
    }

    @Transactional
    public void share(long id, String basis) {
        CurrentUser u = currentUsers.get();
        access.requireExchanger(u);
        Artifact a = ownSide(visible(id), u, "it can be shared");
        if (a.classification() == Classification.CONFIDENTIAL) {
            throw new IllegalArgumentException("artifact " + a.ref() + " is CONFIDENTIAL: reclassify it before sharing");
        }
        Side to = u.side().other();
        access.share(ARTIFACT, id, to, basis, u.username());
        audit.record(AuditAction.SHARE, ARTIFACT, id, "to " + to + ": " + basis);
    }

    private static Artifact ownSide(Artifact a, CurrentUser u, String what) {
        if (a.side() != u.side()) {
            throw new IllegalArgumentException("artifact " + a.ref() + " is of side " + a.side() + ": only on one's own"
                    + " side " + what);
        }
        return a;
    }
}
