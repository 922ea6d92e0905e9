package org.homecoming.server.archive.transfer;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of the exchange between installations: keys and trust, export of a signed package,
 * preview and import of a received one, and the record of packages sent and received.
 *
 * <pre>{@code
 * GET  /api/v1/archive/exchange/key                      this installation's public key
 * POST /api/v1/archive/exchange/trusted                  {"installationId":"us-dpaa","publicKeyPem":"-----BEGIN…"}
 * POST /api/v1/archive/exchange/export                   {"consentBasis":"agreement 2024-05"} → application/zip
 * POST /api/v1/archive/exchange/preview                  body: the package (application/zip) → preview
 * POST /api/v1/archive/exchange/import                   {"sha256":"…","decisions":{"PERSON:US-17":"SKIP"}}
 * GET  /api/v1/archive/exchange/packages                 what was sent and received
 * GET  /api/v1/archive/exchange/pfif                     persons as PFIF 1.4 XML
 * POST /api/v1/archive/exchange/pfif/preview             body: PFIF 1.4 XML → preview
 * POST /api/v1/archive/exchange/pfif/import              {"sha256":"…","decisions":{…}}
 * }</pre>
 */
@RestController
@RequestMapping("/api/v1/archive/exchange")
class ExchangeApiController {

    /** The body of an import: the previewed package and a decision per record where wanted. */
    record ImportRequest(String sha256, Map<String, String> decisions) {
    }

    private final InstallationTrust trust;
    private final PackageExporter exporter;
    private final PackageImporter importer;
    private final ExchangeLog log;
    private final PfifExchange pfif;

    ExchangeApiController(InstallationTrust trust, PackageExporter exporter, PackageImporter importer, ExchangeLog log,
            PfifExchange pfif) {
        this.pfif = pfif;
        this.trust = trust;
        this.exporter = exporter;
        this.importer = importer;
        this.log = log;
    }

    @GetMapping("/key")
    Map<String, String> key() {
        return Map.of("installationId", trust.installationId(), "fingerprint", trust.ownFingerprint(),
                "publicKeyPem", trust.ownPublicKey());
    }

    @GetMapping("/trusted")
    List<TrustedKeyRepository.Entry> trusted() {
        return trust.list();
    }

    @PostMapping("/trusted")
    Map<String, String> trust(@RequestBody Map<String, String> body) {
        return Map.of("fingerprint", trust.trust(body.get("installationId"), body.get("publicKeyPem")));
    }

    @PostMapping("/export")
    ResponseEntity<byte[]> export(@RequestBody Map<String, String> body) {
        byte[] zip = exporter.export(body.get("consentBasis"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + trust.installationId()
                        + "-package.zip\"").body(zip);
    }

    @PostMapping(path = "/preview", consumes = {"application/zip", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    TransferPreview preview(@RequestBody byte[] zip) {
        return importer.receive(zip);
    }

    @PostMapping("/import")
    ImportResult importPackage(@RequestBody ImportRequest body) {
        return importer.importReceived(body.sha256(), body.decisions() == null ? Map.of() : body.decisions());
    }

    @GetMapping("/packages")
    List<ExchangeLog.PackageEntry> packages() {
        return log.packages();
    }

    @GetMapping(path = "/pfif", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> pfif() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"persons-pfif-1.4.xml\"").body(pfif.export());
    }

    @PostMapping(path = "/pfif/preview", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    TransferPreview pfifPreview(@RequestBody byte[] xml) {
        return pfif.receive(xml);
    }

    @PostMapping("/pfif/import")
    ImportResult pfifImport(@RequestBody ImportRequest body) {
        return pfif.importReceived(body.sha256(), body.decisions() == null ? Map.of() : body.decisions());
    }
}
