package org.homecoming.server.archive.transfer;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The exchange page: this installation's public key, the trusted keys of the other side, export of
 * a signed package, upload of a received one with its preview before anything is imported, and the
 * record of packages sent and received.
 */
@Controller
class ExchangeController {

    static final String EXCHANGE_VIEW = "archive/exchange";
    static final String PREVIEW_VIEW = "archive/preview";
    static final String RESULT_VIEW = "archive/imported";
    /** Form fields carrying a decision are named {@code decision:TYPE:ref}. */
    static final String DECISION = "decision:";

    private final InstallationTrust trust;
    private final PackageExporter exporter;
    private final PackageImporter importer;
    private final ExchangeLog log;
    private final PfifExchange pfif;

    ExchangeController(InstallationTrust trust, PackageExporter exporter, PackageImporter importer, ExchangeLog log,
            PfifExchange pfif) {
        this.pfif = pfif;
        this.trust = trust;
        this.exporter = exporter;
        this.importer = importer;
        this.log = log;
    }

    @GetMapping("/archive/exchange")
    String page(Model model) {
        model.addAttribute("installationId", trust.installationId());
        model.addAttribute("fingerprint", trust.ownFingerprint());
        model.addAttribute("publicKey", trust.ownPublicKey());
        model.addAttribute("trusted", trust.list());
        model.addAttribute("packages", log.packages());
        return EXCHANGE_VIEW;
    }

    @PostMapping("/archive/exchange/trusted")
    String trust(@RequestParam String installationId, @RequestParam String publicKeyPem) {
        trust.trust(installationId, publicKeyPem);
        return "redirect:/archive/exchange";
    }

    @PostMapping("/archive/exchange/trusted/revoke")
    String revoke(@RequestParam String fingerprint) {
        trust.revoke(fingerprint);
        return "redirect:/archive/exchange";
    }

    @PostMapping("/archive/exchange/export")
    ResponseEntity<byte[]> export(@RequestParam String consentBasis) {
        byte[] zip = exporter.export(consentBasis);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + trust.installationId()
                        + "-package.zip\"").body(zip);
    }

    @PostMapping("/archive/exchange/preview")
    String preview(@RequestParam("package") MultipartFile upload, Model model) throws IOException {
        model.addAttribute("preview", importer.receive(upload.getBytes()));
        model.addAttribute("importAction", "/archive/exchange/import");
        return PREVIEW_VIEW;
    }

    @PostMapping("/archive/exchange/import")
    String importPackage(@RequestParam String sha256, @RequestParam Map<String, String> form, Model model) {
        model.addAttribute("result", importer.importReceived(sha256, decisions(form)));
        return RESULT_VIEW;
    }

    @GetMapping("/archive/exchange/pfif")
    ResponseEntity<byte[]> pfif() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"persons-pfif-1.4.xml\"").body(pfif.export());
    }

    @PostMapping("/archive/exchange/pfif/preview")
    String pfifPreview(@RequestParam("pfif") MultipartFile upload, Model model) throws IOException {
        model.addAttribute("preview", pfif.receive(upload.getBytes()));
        model.addAttribute("importAction", "/archive/exchange/pfif/import");
        return PREVIEW_VIEW;
    }

    @PostMapping("/archive/exchange/pfif/import")
    String pfifImport(@RequestParam String sha256, @RequestParam Map<String, String> form, Model model) {
        model.addAttribute("result", pfif.importReceived(sha256, decisions(form)));
        return RESULT_VIEW;
    }

    private static Map<String, String> decisions(Map<String, String> form) {
        Map<String, String> decisions = new HashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith(DECISION)) {
                decisions.put(k.substring(DECISION.length()), v);
            }
        });
        return decisions;
    }
}
